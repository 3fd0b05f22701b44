// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).

/** Loads the built-in glyphs of one bucket (index: `builtinIconBucket(name)`), each a chunk of its own. */
export const ICON_GLYPH_CHUNKS = [
  () => import("./icons/glyphs-0"),
  () => import("./icons/glyphs-1"),
  () => import("./icons/glyphs-2"),
  () => import("./icons/glyphs-3"),
  () => import("./icons/glyphs-4"),
  () => import("./icons/glyphs-5"),
  () => import("./icons/glyphs-6"),
  () => import("./icons/glyphs-7"),
] as const;
