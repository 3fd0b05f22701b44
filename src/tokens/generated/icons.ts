// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).

import type { IconName } from "./tokens";
import glyphs0 from "./icons/glyphs-0";
import glyphs1 from "./icons/glyphs-1";
import glyphs2 from "./icons/glyphs-2";
import glyphs3 from "./icons/glyphs-3";
import glyphs4 from "./icons/glyphs-4";
import glyphs5 from "./icons/glyphs-5";
import glyphs6 from "./icons/glyphs-6";
import glyphs7 from "./icons/glyphs-7";

/** One SVG child element: tag and attributes (names valid both in SVG markup and as React props). */
export type IconNode = readonly [tag: string, attributes: Readonly<Record<string, string>>];
/** The children of a 24×24 SVG. */
export type IconGlyph = readonly IconNode[];

// Beside the glyphs for those who read them together; it lives with the eager tokens, which the Icon itself imports.
export { ICON_SVG_PROPS } from "./tokens";

/** Every built-in glyph, by name (the Icon loads them by bucket instead: `ICON_GLYPH_CHUNKS`). */
export const ICON_GLYPHS = { ...glyphs0, ...glyphs1, ...glyphs2, ...glyphs3, ...glyphs4, ...glyphs5, ...glyphs6, ...glyphs7 } as Record<IconName, IconGlyph>;
