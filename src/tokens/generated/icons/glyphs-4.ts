// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 4 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:file-text
  "document": [
    ["path",{"d":"M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"}],
    ["path",{"d":"M14 2v5a1 1 0 0 0 1 1h5"}],
    ["path",{"d":"M10 9H8"}],
    ["path",{"d":"M16 13H8"}],
    ["path",{"d":"M16 17H8"}],
  ],
  // lucide:ellipsis
  "dots-horizontal": [
    ["circle",{"cx":"12","cy":"12","r":"1"}],
    ["circle",{"cx":"19","cy":"12","r":"1"}],
    ["circle",{"cx":"5","cy":"12","r":"1"}],
  ],
  // lucide:flask-conical
  "lab": [
    ["path",{"d":"M14 2v6a2 2 0 0 0 .245.96l5.51 10.08A2 2 0 0 1 18 22H6a2 2 0 0 1-1.755-2.96l5.51-10.08A2 2 0 0 0 10 8V2"}],
    ["path",{"d":"M6.453 15h11.094"}],
    ["path",{"d":"M8.5 2h7"}],
  ],
  // lucide:lightbulb
  "lightbulb": [
    ["path",{"d":"M15 14c.2-1 .7-1.7 1.5-2.5 1-.9 1.5-2.2 1.5-3.5A6 6 0 0 0 6 8c0 1 .2 2.2 1.5 3.5.7.7 1.3 1.5 1.5 2.5"}],
    ["path",{"d":"M9 18h6"}],
    ["path",{"d":"M10 22h4"}],
  ],
  // lucide:rotate-cw
  "reload": [
    ["path",{"d":"M21 12a9 9 0 1 1-9-9c2.52 0 4.93 1 6.74 2.74L21 8"}],
    ["path",{"d":"M21 3v5h-5"}],
  ],
  // lucide:star (filled)
  "star-filled": [
    ["path",{"d":"M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z","fill":"currentColor"}],
  ],
  // lucide:briefcase
  "suitcase": [
    ["path",{"d":"M16 20V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16"}],
    ["rect",{"width":"20","height":"14","x":"2","y":"6","rx":"2"}],
  ],
  // lucide:square-pen
  "write": [
    ["path",{"d":"M12 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-7"}],
    ["path",{"d":"M18.375 2.625a1 1 0 0 1 3 3l-9.013 9.014a2 2 0 0 1-.853.505l-2.873.84a.5.5 0 0 1-.62-.62l.84-2.873a2 2 0 0 1 .506-.852z"}],
  ],
  // lucide:pencil
  "write-alt2": [
    ["path",{"d":"M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z"}],
    ["path",{"d":"m15 5 4 4"}],
  ],
};
export default glyphs;
