// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 7 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:calendar
  "calendar": [
    ["path",{"d":"M8 2v3"}],
    ["path",{"d":"M16 2v3"}],
    ["rect",{"x":"3","y":"3","width":"18","height":"18","rx":"2"}],
    ["path",{"d":"M3 9h18"}],
  ],
  // lucide:check
  "check": [
    ["path",{"d":"M20 6 9 17l-5-5"}],
  ],
  // lucide:compass
  "compass": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"m16.24 7.76-1.804 5.411a2 2 0 0 1-1.265 1.265L7.76 16.24l1.804-5.411a2 2 0 0 1 1.265-1.265z"}],
  ],
  // lucide:smartphone
  "mobile": [
    ["rect",{"width":"14","height":"20","x":"5","y":"2","rx":"2","ry":"2"}],
    ["path",{"d":"M12 18h.01"}],
  ],
  // lucide:phone
  "phone": [
    ["path",{"d":"M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384"}],
  ],
};
export default glyphs;
