export { Icon, iconVariants, ICON_DEFAULTS, hasIconGlyph, type IconProps } from "./Icon";
