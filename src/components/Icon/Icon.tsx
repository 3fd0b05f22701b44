import { isDevelopment } from "../../actions/devWarnings";
import { forwardRef, createElement, useEffect, useState, type Ref, type SVGAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { ICON_GLYPHS, ICON_SVG_PROPS, ICON_SIZES, type IconGlyph } from "../../tokens";
import { textColorClasses } from "../Text/textStyle";
import { loadLucideGlyph, lucideName, peekLucideGlyph } from "./lucideGlyphs";

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
  /**
   * A ChatKit icon name (`ICON_NAMES`), or `lucide:<name>` for any Lucide icon (`lucide:calendar-days`), whose glyph
   * loads on first use (an empty box of the icon's size stands in meanwhile). Unknown names render nothing.
   */
  name: string;
  /** xs 14 · sm 16 · md 18 · lg 20 · xl 22 · 2xl 24 · 3xl 32 px, or `inherit` for 1em. @default "md" */
  size?: IconVariants["size"];
  /** Text colour token; without it the icon takes the surrounding text colour (currentColor). */
  color?: IconVariants["color"];
  /** Accessible name. Without it the icon is decorative (`aria-hidden`). */
  label?: string;
}

const warnedNames = new Set<string>();

/** True when `name` is a built-in icon (`lucide:` names are checked when their chunk loads). */
export function hasIconGlyph(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(glyphs, name);
}

function warnMissing(name: string) {
  if (isDevelopment() && !warnedNames.has(name)) {
    warnedNames.add(name);
    console.warn(`chat-widgets: no icon named ${JSON.stringify(name)}; nothing is drawn.`);
  }
}

/** The glyph of a Lucide icon: `undefined` while its chunk loads, `null` when Lucide has no such icon. */
function useLucideGlyph(name: string): IconGlyph | null | undefined {
  const [, setLoaded] = useState<IconGlyph | null | undefined>(undefined);
  const glyph = peekLucideGlyph(name);
  useEffect(() => {
    if (glyph !== undefined) return;
    let live = true;
    loadLucideGlyph(name).then(
      (loadedGlyph) => live && setLoaded(() => loadedGlyph),
      () => live && setLoaded(null), // the chunk failed to load: draw nothing rather than an endless placeholder
    );
    return () => {
      live = false;
    };
  }, [name, glyph]);
  return glyph;
}

const LucideIcon = forwardRef<SVGSVGElement, IconProps & { lucide: string }>(function LucideIcon({ lucide, ...props }, ref) {
  const glyph = useLucideGlyph(lucide);
  if (glyph === null) {
    warnMissing(props.name);
    return null;
  }
  return <IconSvg {...props} svgRef={ref} glyph={glyph} />;
});

/** A 24×24 stroke icon drawn in currentColor. */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon(
  { name, size, color, label, className, ...rest },
  ref,
) {
  if (!hasIconGlyph(name)) {
    const lucide = lucideName(name);
    if (lucide !== undefined) return <LucideIcon ref={ref} lucide={lucide} name={name} size={size} color={color} label={label} className={className} {...rest} />;
    warnMissing(name);
    return null;
  }
  return <IconSvg svgRef={ref} glyph={glyphs[name]} name={name} size={size} color={color} label={label} className={className} {...rest} />;
});

/** The `<svg>` of an icon; an `undefined` glyph (still loading) draws an empty box of the same size. */
function IconSvg({
  svgRef,
  glyph,
  name,
  size,
  color,
  label,
  className,
  ...rest
}: IconProps & { svgRef: Ref<SVGSVGElement>; glyph: IconGlyph | undefined }) {
  return (
    <svg
      ref={svgRef}
      {...ICON_SVG_PROPS}
      focusable="false"
      className={cx(iconVariants({ size, color }), className)}
      data-icon={name}
      data-size={size ?? ICON_DEFAULTS.size}
      data-color={color ?? undefined}
      data-loading={glyph === undefined ? "" : undefined}
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      {...rest}
    >
      {glyph?.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
}
