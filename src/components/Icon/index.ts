export { Icon, iconVariants, ICON_DEFAULTS, hasIconGlyph, type IconProps } from "./Icon";
export { preloadIconGlyphs } from "./builtinGlyphs";
export { IconView } from "./Icon.view";
