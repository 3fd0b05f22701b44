// `lucide:<name>` glyphs, loaded on demand: Lucide's ~2,000 icons are split into LUCIDE_BUCKETS generated chunks
// (src/components/Icon/lucide/, `npm run lucide`), so a widget that uses none loads none, and one that uses a few
// loads a few 4–5 kB chunks.
import type { IconGlyph } from "../../tokens";
import { LUCIDE_CHUNKS } from "./lucide";
import { lucideBucket } from "./glyphBucket";

const loaded: (Record<string, IconGlyph> | undefined)[] = [];
const loading: (Promise<Record<string, IconGlyph>> | undefined)[] = [];

/**
 * The glyph of a Lucide icon (`name` without the prefix) if its chunk has loaded: the glyph, `null` when Lucide
 * has no such icon, `undefined` while the chunk is not loaded yet.
 */
export function peekLucideGlyph(name: string): IconGlyph | null | undefined {
  const chunk = loaded[lucideBucket(name)];
  if (!chunk) return undefined;
  return Object.prototype.hasOwnProperty.call(chunk, name) ? chunk[name]! : null;
}

/** Loads the chunk holding a Lucide icon; resolves to its glyph, or `null` when Lucide has no such icon. */
export function loadLucideGlyph(name: string): Promise<IconGlyph | null> {
  const bucket = lucideBucket(name);
  loading[bucket] ??= LUCIDE_CHUNKS[bucket]!().then(
    (module) => (loaded[bucket] = module.default),
    (error: unknown) => {
      loading[bucket] = undefined; // a failed chunk load (offline) may be retried by the next icon that needs it
      throw error;
    },
  );
  return loading[bucket]!.then(() => peekLucideGlyph(name) ?? null);
}
