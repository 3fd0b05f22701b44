// Which generated chunk holds a glyph: the built-in icons (scripts/build-tokens.ts) and the Lucide icons
// (scripts/build-lucide.ts) are both split by a hash of the name, shared by the generators and the loaders.

/** Number of lazily loaded chunks the Lucide glyphs are split into (about 60 glyphs, 4–5 kB gzipped, each). */
export const LUCIDE_BUCKETS = 32;

/** Number of chunks the built-in glyphs are split into (about 8 glyphs, ~0.5 kB gzipped, each). */
export const BUILTIN_ICON_BUCKETS = 8;

/** The chunk of `name` among `count`: FNV-1a of its UTF-16 code units, modulo `count`. */
export function nameBucket(name: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/** The chunk of a Lucide icon name (without the `lucide:` prefix). */
export const lucideBucket = (name: string): number => nameBucket(name, LUCIDE_BUCKETS);

/** The chunk of a built-in icon name. */
export const builtinIconBucket = (name: string): number => nameBucket(name, BUILTIN_ICON_BUCKETS);
