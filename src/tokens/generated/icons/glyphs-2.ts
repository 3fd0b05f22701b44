// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 2 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:globe
  "globe": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20"}],
    ["path",{"d":"M2 12h20"}],
  ],
  // lucide:square-text
  "square-text": [
    ["rect",{"width":"18","height":"18","x":"3","y":"3","rx":"2"}],
    ["path",{"d":"M7 8h8"}],
    ["path",{"d":"M7 12h10"}],
    ["path",{"d":"M7 16h6"}],
  ],
  // lucide:user
  "user": [
    ["path",{"d":"M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2"}],
    ["circle",{"cx":"12","cy":"7","r":"4"}],
  ],
  // lucide:award
  "wreath": [
    ["path",{"d":"m15.477 12.89 1.515 8.526a.5.5 0 0 1-.81.47l-3.58-2.687a1 1 0 0 0-1.197 0l-3.586 2.686a.5.5 0 0 1-.81-.469l1.514-8.526"}],
    ["circle",{"cx":"12","cy":"8","r":"6"}],
  ],
};
export default glyphs;
