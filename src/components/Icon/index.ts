export { Icon, iconVariants, ICON_DEFAULTS, hasIconGlyph, type IconProps } from "./Icon";
export { IconView } from "./Icon.view";
