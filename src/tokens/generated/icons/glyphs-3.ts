// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 3 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:chart-line
  "analytics": [
    ["path",{"d":"M3 3v16a2 2 0 0 0 2 2h16"}],
    ["path",{"d":"m19 9-5 5-4-4-3 3"}],
  ],
  // lucide:layers
  "batch": [
    ["path",{"d":"M12.83 2.18a2 2 0 0 0-1.66 0L2.6 6.08a1 1 0 0 0 0 1.83l8.58 3.91a2 2 0 0 0 1.66 0l8.58-3.9a1 1 0 0 0 0-1.83z"}],
    ["path",{"d":"M2 12a1 1 0 0 0 .58.91l8.6 3.91a2 2 0 0 0 1.65 0l8.58-3.9A1 1 0 0 0 22 12"}],
    ["path",{"d":"M2 17a1 1 0 0 0 .58.91l8.6 3.91a2 2 0 0 0 1.65 0l8.58-3.9A1 1 0 0 0 22 17"}],
  ],
  // lucide:book-open
  "book-open": [
    ["path",{"d":"M12 5v16"}],
    ["path",{"d":"M20.001 19A2 2 0 0022 17V5a2 2 0 00-1.999-2L16 3.002A5 5 0 0012 5a5 5 0 00-4-2H4a2 2 0 00-2 2v12a2 2 0 001.999 2H8a5 5 0 014 2 5 5 0 014-2z"}],
  ],
  // lucide:book
  "book-closed": [
    ["path",{"d":"M4 19.5v-15A2.5 2.5 0 0 1 6.5 2H19a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H6.5a1 1 0 0 1 0-5H20"}],
  ],
  // lucide:book + additions
  "book-clock": [
    ["path",{"d":"M4 19.5v-15A2.5 2.5 0 0 1 6.5 2H19a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H6.5a1 1 0 0 1 0-5H20"}],
    ["circle",{"cx":"12","cy":"9.5","r":"4"}],
    ["path",{"d":"M12 7.5v2l1.5 1"}],
  ],
  // lucide:chart-column
  "chart": [
    ["path",{"d":"M3 3v16a2 2 0 0 0 2 2h16"}],
    ["path",{"d":"M18 17V9"}],
    ["path",{"d":"M13 17V5"}],
    ["path",{"d":"M8 17v-3"}],
  ],
  // lucide:chevron-right
  "chevron-right": [
    ["path",{"d":"m9 18 6-6-6-6"}],
  ],
  // lucide:monitor
  "desktop": [
    ["rect",{"width":"20","height":"14","x":"2","y":"3","rx":"2"}],
    ["line",{"x1":"8","x2":"16","y1":"21","y2":"21"}],
    ["line",{"x1":"12","x2":"12","y1":"17","y2":"21"}],
  ],
  // lucide:images
  "images": [
    ["path",{"d":"m22 11-1.296-1.296a2.4 2.4 0 0 0-3.408 0L11 16"}],
    ["path",{"d":"M4 8a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2"}],
    ["circle",{"cx":"13","cy":"7","r":"1","fill":"currentColor"}],
    ["rect",{"x":"8","y":"2","width":"14","height":"14","rx":"2"}],
  ],
  // lucide:map-pin
  "map-pin": [
    ["path",{"d":"M20 10c0 4.993-5.539 10.193-7.399 11.799a1 1 0 0 1-1.202 0C9.539 20.193 4 14.993 4 10a8 8 0 0 1 16 0"}],
    ["circle",{"cx":"12","cy":"10","r":"3"}],
  ],
  // lucide:play
  "play": [
    ["path",{"d":"M5 5a2 2 0 0 1 3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 0 1 5 19z"}],
  ],
  // lucide:contact-round
  "profile-card": [
    ["path",{"d":"M16 2v2"}],
    ["path",{"d":"M17.915 21a6 6 0 10-12 0"}],
    ["path",{"d":"M8 2v2"}],
    ["circle",{"cx":"12","cy":"11","r":"4"}],
    ["rect",{"x":"3","y":"3","width":"18","height":"18","rx":"2"}],
  ],
};
export default glyphs;
