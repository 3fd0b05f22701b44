// The built-in icon glyphs (64 icons) in BUILTIN_ICON_BUCKETS chunks of their own, about 8 glyphs and 0.5 kB gzipped
// each: an icon loads the chunk of its name when it first draws, or earlier, as soon as the renderer has validated a
// widget that uses it (`preloadIconGlyphs(names)`). A widget with one icon loads one small chunk.
import { ICON_GLYPH_CHUNKS } from "../../tokens/generated/iconChunks";
import type { IconGlyph } from "../../tokens/generated/icons";
import { BUILTIN_ICON_BUCKETS, builtinIconBucket } from "./glyphBucket";

type Glyphs = Readonly<Record<string, IconGlyph>>;
const loaded: (Glyphs | undefined)[] = [];
const loading: (Promise<Glyphs> | undefined)[] = [];

/** The glyph of built-in icon `name` once its chunk has loaded; undefined before (and for names that are not built in). */
export function peekBuiltinGlyph(name: string): IconGlyph | undefined {
  const glyphs = loaded[builtinIconBucket(name)];
  return glyphs && Object.prototype.hasOwnProperty.call(glyphs, name) ? glyphs[name] : undefined;
}

function loadBucket(bucket: number): Promise<Glyphs> {
  loading[bucket] ??= ICON_GLYPH_CHUNKS[bucket]!().then(
    (module) => (loaded[bucket] = module.default),
    (error: unknown) => {
      loading[bucket] = undefined; // offline: the next icon that needs this chunk tries again
      throw error;
    },
  );
  return loading[bucket]!;
}

/**
 * Starts (or reuses) loading the chunks of the built-in glyphs `names` (every built-in glyph when no names are
 * given). Resolves when they are available; a failed load (offline) rejects, and the next call tries again.
 */
export function preloadIconGlyphs(names?: Iterable<string>): Promise<unknown> {
  const buckets = new Set<number>();
  if (names === undefined) for (let bucket = 0; bucket < BUILTIN_ICON_BUCKETS; bucket++) buckets.add(bucket);
  else for (const name of names) buckets.add(builtinIconBucket(name));
  return Promise.all([...buckets].map(loadBucket));
}
