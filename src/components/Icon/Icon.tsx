import { WarnOnceMemory } from "../../actions/devWarnings";
import { forwardRef, createElement, useEffect, useState, type SVGAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { ICON_NAMES, ICON_SIZES, ICON_SVG_PROPS } from "../../tokens/generated/tokens";
import type { IconGlyph } from "../../tokens/generated/icons";
import { peekBuiltinGlyph, preloadIconGlyphs } from "./builtinGlyphs";
import { textColorClasses } from "../Text/textStyle";
import { LUCIDE_NAME } from "./lucideName";

// The Lucide loader (and its table of glyph chunks) is itself loaded on the first `lucide:` icon, so widgets that
// use none pay nothing for it.
type LucideLoader = typeof import("./lucideGlyphs");
let lucideLoader: LucideLoader | undefined;
const loadLucideLoader = () => import("./lucideGlyphs").then((module) => (lucideLoader = module));

/** The Lucide name of a `lucide:<name>` icon name; undefined for other names and malformed Lucide names. */
function lucideName(iconName: string): string | undefined {
  if (!iconName.startsWith("lucide:")) return undefined;
  const name = iconName.slice("lucide:".length);
  return LUCIDE_NAME.test(name) ? name : undefined;
}

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
const BUILTIN_NAMES: ReadonlySet<string> = new Set<string>(ICON_NAMES);

export interface IconProps extends Omit<SVGAttributes<SVGSVGElement>, "color" | "children"> {
  /**
   * A ChatKit icon name (`ICON_NAMES`), or `lucide:<name>` for any Lucide icon (`lucide:calendar-days`). Glyphs load
   * on first use (the built-in ones in one chunk, Lucide's in chunks of ~70); an empty box of the icon's size stands
   * in meanwhile. `preloadIconGlyphs()` (or the renderer's `preloadBuiltinViews()`) loads the built-in ones up
   * front. Unknown names render nothing.
   */
  name: string;
  /** xs 14 · sm 16 · md 18 · lg 20 · xl 22 · 2xl 24 · 3xl 32 px, or `inherit` for 1em. @default "md" */
  size?: IconVariants["size"];
  /** Text colour token; without it the icon takes the surrounding text colour (currentColor). */
  color?: IconVariants["color"];
  /** Accessible name. Without it the icon is decorative (`aria-hidden`). */
  label?: string;
}

// Bounded: a stream of distinct unknown names cannot grow memory.
let warnedNames: WarnOnceMemory | undefined;

/** True when `name` is a built-in icon (`lucide:` names are checked when their chunk loads). */
export function hasIconGlyph(name: string): boolean {
  return BUILTIN_NAMES.has(name);
}

function warnMissing(name: string) {
  warnedNames ??= new WarnOnceMemory();
  if (warnedNames.remember(name)) {
    console.warn(`chat-widgets: no icon named ${JSON.stringify(name.slice(0, 80))}; nothing is drawn.`);
  }
}

/** The glyph of a built-in icon: `undefined` while its glyph chunk loads (or for no name). */
function useBuiltinGlyph(name: string | undefined): IconGlyph | undefined {
  const [, setLoaded] = useState<unknown>();
  const glyph = name === undefined ? undefined : peekBuiltinGlyph(name);
  useEffect(() => {
    if (name === undefined || glyph !== undefined) return;
    let live = true;
    // A chunk that fails to load (offline) leaves the empty box in place.
    preloadIconGlyphs([name]).then((loaded) => live && setLoaded(loaded), () => {});
    return () => {
      live = false;
    };
  }, [name, glyph]);
  return glyph;
}

/** The glyph of a Lucide icon: `undefined` while its chunk loads (or for no name), `null` when Lucide has no such icon. */
function useLucideGlyph(name: string | undefined): IconGlyph | null | undefined {
  const [, setLoaded] = useState<unknown>();
  const glyph = name === undefined ? undefined : lucideLoader?.peekLucideGlyph(name);
  useEffect(() => {
    if (name === undefined || glyph !== undefined) return;
    let live = true;
    loadLucideLoader()
      .then((loader) => loader.loadLucideGlyph(name))
      // A chunk that fails to load (offline) leaves the empty box in place.
      .then((loaded) => live && setLoaded(loaded), () => {});
    return () => {
      live = false;
    };
  }, [name, glyph]);
  return glyph;
}

/** A 24×24 stroke icon drawn in currentColor; an empty box of its size until its glyph's chunk has loaded. */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon(
  { name, size, color, label, className, ...rest },
  ref,
) {
  const builtin = hasIconGlyph(name);
  const lucide = builtin ? undefined : lucideName(name);
  const lucideGlyph = useLucideGlyph(lucide);
  const builtinGlyph = useBuiltinGlyph(builtin ? name : undefined);
  const glyph = builtin ? builtinGlyph : lucideGlyph;
  if (glyph === null || (!builtin && lucide === undefined)) {
    // Inline guard (see actions/devWarnings.ts): production builds drop the warning and its code.
    try {
      if (process.env.NODE_ENV !== "production") warnMissing(name);
    } catch {
      if (typeof process === "undefined") warnMissing(name); // an unbundled page
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
      data-loading={glyph === undefined ? "" : undefined}
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      {...rest}
    >
      {glyph?.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
});
