// The built-in icon glyphs (64 icons, ~4 kB gzipped), in a chunk of their own: loaded on the first icon a page draws,
// or as soon as the renderer has validated a widget that uses one (`preloadIconGlyphs`).
import type { IconGlyph } from "../../tokens/generated/icons";

type Glyphs = Readonly<Record<string, IconGlyph>>;
let glyphs: Glyphs | undefined;
let loading: Promise<Glyphs> | undefined;

/** The built-in glyphs once their chunk has loaded; undefined before. */
export function peekBuiltinGlyphs(): Glyphs | undefined {
  return glyphs;
}

/**
 * Starts (or reuses) loading the built-in icon glyphs. Resolves when they are available; a failed load (offline)
 * rejects, and the next call tries again.
 */
export function preloadIconGlyphs(): Promise<unknown> {
  loading ??= import("../../tokens/generated/icons").then(
    (module) => (glyphs = module.ICON_GLYPHS),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
