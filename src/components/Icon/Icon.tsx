import { isDevelopment, WarnOnceMemory } from "../../actions/devWarnings";
import { forwardRef, createElement, type SVGAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { ICON_GLYPHS, ICON_SVG_PROPS, ICON_SIZES, type IconGlyph } from "../../tokens";
import { textColorClasses } from "../Text/textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const ICON_DEFAULTS = { size: "md" } as const;

export const iconVariants = cva("cw-icon", {
  variants: {
    size: {
      ...(Object.fromEntries(ICON_SIZES.map((name) => [name, `cw-icon--size-${name}`])) as Record<(typeof ICON_SIZES)[number], string>),
      /** 1em: follows the surrounding font size (icons inside text and controls). */
      inherit: "cw-icon--size-inherit",
    },
    color: textColorClasses,
  },
  defaultVariants: ICON_DEFAULTS,
});

type IconVariants = VariantProps<typeof iconVariants>;
// Indexed by any string: names outside the generated set are looked up (and found missing) at runtime.
const glyphs: Readonly<Record<string, IconGlyph>> = ICON_GLYPHS;

export interface IconProps extends Omit<SVGAttributes<SVGSVGElement>, "color" | "children"> {
  /** A ChatKit icon name (`ICON_NAMES`). Unknown names render nothing. */
  name: string;
  /** xs 14 · sm 16 · md 18 · lg 20 · xl 22 · 2xl 24 · 3xl 32 px, or `inherit` for 1em. @default "md" */
  size?: IconVariants["size"];
  /** Text colour token; without it the icon takes the surrounding text colour (currentColor). */
  color?: IconVariants["color"];
  /** Accessible name. Without it the icon is decorative (`aria-hidden`). */
  label?: string;
}

// Bounded: a stream of distinct unknown names cannot grow memory.
const warnedNames = new WarnOnceMemory();

/** True when `name` has a glyph. */
export function hasIconGlyph(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(glyphs, name);
}

/** A 24×24 stroke icon drawn in currentColor. */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon(
  { name, size, color, label, className, ...rest },
  ref,
) {
  if (!hasIconGlyph(name)) {
    if (isDevelopment() && warnedNames.remember(name)) {
      console.warn(`chat-widgets: no icon named ${JSON.stringify(name.slice(0, 80))}; nothing is drawn.`);
    }
    return null;
  }
  return (
    <svg
      ref={ref}
      {...ICON_SVG_PROPS}
      focusable="false"
      className={cx(iconVariants({ size, color }), className)}
      data-icon={name}
      data-size={size ?? ICON_DEFAULTS.size}
      data-color={color ?? undefined}
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      {...rest}
    >
      {glyphs[name].map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
});
