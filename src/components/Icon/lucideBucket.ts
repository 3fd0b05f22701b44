// Which generated chunk holds a Lucide glyph. Shared by the loader and scripts/build-lucide.ts.

/** Number of lazily loaded chunks the Lucide glyphs are split into (about 60 glyphs, 4–5 kB gzipped, each). */
export const LUCIDE_BUCKETS = 32;

/** The chunk of a Lucide icon name (without the `lucide:` prefix): FNV-1a of its UTF-16 code units, modulo the chunk count. */
export function lucideBucket(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % LUCIDE_BUCKETS;
}
