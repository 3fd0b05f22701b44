// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 0 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:atom
  "atom": [
    ["circle",{"cx":"12","cy":"12","r":"1"}],
    ["path",{"d":"M20.2 20.2c2.04-2.03.02-7.36-4.5-11.9-4.54-4.52-9.87-6.54-11.9-4.5-2.04 2.03-.02 7.36 4.5 11.9 4.54 4.52 9.87 6.54 11.9 4.5Z"}],
    ["path",{"d":"M15.7 15.7c4.52-4.54 6.54-9.87 4.5-11.9-2.03-2.04-7.36-.02-11.9 4.5-4.52 4.54-6.54 9.87-4.5 11.9 2.03 2.04 7.36.02 11.9-4.5Z"}],
  ],
  // lucide:circle-question-mark
  "circle-question": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3"}],
    ["path",{"d":"M12 17h.01"}],
  ],
  // lucide:box
  "cube": [
    ["path",{"d":"M21 8a2 2 0 0 0-1-1.73l-7-4a2 2 0 0 0-2 0l-7 4A2 2 0 0 0 3 8v8a2 2 0 0 0 1 1.73l7 4a2 2 0 0 0 2 0l7-4A2 2 0 0 0 21 16Z"}],
    ["path",{"d":"m3.3 7 8.7 5 8.7-5"}],
    ["path",{"d":"M12 22V12"}],
  ],
  // drawn for chat-widgets
  "dot": [
    ["circle",{"cx":"12","cy":"12","r":"4","fill":"currentColor","stroke":"none"}],
  ],
  // lucide:life-buoy
  "lifesaver": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"m4.93 4.93 4.24 4.24"}],
    ["path",{"d":"m14.83 9.17 4.24-4.24"}],
    ["path",{"d":"m14.83 14.83 4.24 4.24"}],
    ["path",{"d":"m9.17 14.83-4.24 4.24"}],
    ["circle",{"cx":"12","cy":"12","r":"4"}],
  ],
  // lucide:notebook
  "notebook": [
    ["path",{"d":"M2 6h4"}],
    ["path",{"d":"M2 10h4"}],
    ["path",{"d":"M2 14h4"}],
    ["path",{"d":"M2 18h4"}],
    ["rect",{"width":"16","height":"20","x":"4","y":"2","rx":"2"}],
    ["path",{"d":"M16 2v20"}],
  ],
  // lucide:square-code
  "square-code": [
    ["path",{"d":"m10 9-3 3 3 3"}],
    ["path",{"d":"m14 15 3-3-3-3"}],
    ["rect",{"x":"3","y":"3","width":"18","height":"18","rx":"2"}],
  ],
};
export default glyphs;
