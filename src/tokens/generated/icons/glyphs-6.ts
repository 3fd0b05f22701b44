// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 6 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:bot
  "agent": [
    ["path",{"d":"M12 8V4H8"}],
    ["rect",{"width":"16","height":"12","x":"4","y":"8","rx":"2"}],
    ["path",{"d":"M2 14h2"}],
    ["path",{"d":"M20 14h2"}],
    ["path",{"d":"M15 13v2"}],
    ["path",{"d":"M9 13v2"}],
  ],
  // lucide:zap
  "bolt": [
    ["path",{"d":"M15.914 4a1.5 1.5 0 00-2.474-1.561l-9 9A1.5 1.5 0 005.5 14h4.002a.5.5 0 01.471.666L8.086 20a1.5 1.5 0 002.475 1.56l9-9A1.5 1.5 0 0018.5 10h-3.997a.5.5 0 01-.472-.667z"}],
  ],
  // lucide:circle-check
  "check-circle": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"m16 9-5.5 5.5L8 12"}],
  ],
  // lucide:chevron-left
  "chevron-left": [
    ["path",{"d":"m15 18-6-6 6-6"}],
  ],
  // lucide:ellipsis-vertical
  "dots-vertical": [
    ["circle",{"cx":"12","cy":"12","r":"1"}],
    ["circle",{"cx":"12","cy":"5","r":"1"}],
    ["circle",{"cx":"12","cy":"19","r":"1"}],
  ],
  // lucide:mail
  "mail": [
    ["path",{"d":"m22 7-8.991 5.727a2 2 0 0 1-2.009 0L2 7"}],
    ["rect",{"x":"2","y":"4","width":"20","height":"16","rx":"2"}],
  ],
  // lucide:map
  "maps": [
    ["path",{"d":"M14.106 5.553a2 2 0 0 0 1.788 0l3.659-1.83A1 1 0 0 1 21 4.619v12.764a1 1 0 0 1-.553.894l-4.553 2.277a2 2 0 0 1-1.788 0l-4.212-2.106a2 2 0 0 0-1.788 0l-3.659 1.83A1 1 0 0 1 3 19.381V6.618a1 1 0 0 1 .553-.894l4.553-2.277a2 2 0 0 1 1.788 0z"}],
    ["path",{"d":"M15 5.764v15"}],
    ["path",{"d":"M9 3.236v15"}],
  ],
  // lucide:id-card
  "name": [
    ["path",{"d":"M13 19a4 4 0 00-8 0"}],
    ["path",{"d":"M16 10h2"}],
    ["path",{"d":"M16 14h2"}],
    ["circle",{"cx":"9","cy":"12","r":"3"}],
    ["rect",{"x":"2","y":"5","width":"20","height":"14","rx":"2"}],
  ],
  // lucide:notebook-pen
  "notebook-pencil": [
    ["path",{"d":"M13.4 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7.4"}],
    ["path",{"d":"M2 6h4"}],
    ["path",{"d":"M2 10h4"}],
    ["path",{"d":"M2 14h4"}],
    ["path",{"d":"M2 18h4"}],
    ["path",{"d":"M21.378 5.626a1 1 0 1 0-3.004-3.004l-5.01 5.012a2 2 0 0 0-.506.854l-.837 2.87a.5.5 0 0 0 .62.62l2.87-.837a2 2 0 0 0 .854-.506z"}],
  ],
  // lucide:circle-user
  "profile": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["circle",{"cx":"12","cy":"10","r":"3"}],
    ["path",{"d":"M7 20.662V19a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v1.662"}],
  ],
  // lucide:image
  "square-image": [
    ["rect",{"width":"18","height":"18","x":"3","y":"3","rx":"2","ry":"2"}],
    ["circle",{"cx":"9","cy":"9","r":"2"}],
    ["path",{"d":"m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21"}],
  ],
  // lucide:sliders-horizontal
  "settings-slider": [
    ["path",{"d":"M10 5H3"}],
    ["path",{"d":"M12 19H3"}],
    ["path",{"d":"M14 3v4"}],
    ["path",{"d":"M16 17v4"}],
    ["path",{"d":"M21 12h-9"}],
    ["path",{"d":"M21 19h-5"}],
    ["path",{"d":"M21 5h-7"}],
    ["path",{"d":"M8 10v4"}],
    ["path",{"d":"M8 12H3"}],
  ],
  // lucide:pen-line
  "write-alt": [
    ["path",{"d":"M13 21h8"}],
    ["path",{"d":"M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z"}],
  ],
};
export default glyphs;
