// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 1 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:external-link
  "external-link": [
    ["path",{"d":"M15 3h6v6"}],
    ["path",{"d":"M10 14 21 3"}],
    ["path",{"d":"M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6"}],
  ],
  // lucide:star
  "star": [
    ["path",{"d":"M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z"}],
  ],
  // lucide:search
  "search": [
    ["path",{"d":"m21 21-4.34-4.34"}],
    ["circle",{"cx":"11","cy":"11","r":"8"}],
  ],
};
export default glyphs;
