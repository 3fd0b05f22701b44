// generated — do not edit.
// Source: tokens/*.json; regenerate with `npm run tokens` (scripts/build-tokens.ts).
// Glyph data from Lucide (https://lucide.dev, ISC licence) unless marked otherwise.

import type { IconGlyph } from "../icons";

/** The built-in glyphs whose names fall in bucket 5 (`builtinIconBucket`). */
const glyphs: Readonly<Record<string, IconGlyph>> = {
  // lucide:bug
  "bug": [
    ["path",{"d":"M12 20v-9"}],
    ["path",{"d":"M14 7a4 4 0 0 1 4 4v3a6 6 0 0 1-12 0v-3a4 4 0 0 1 4-4z"}],
    ["path",{"d":"M14.12 3.88 16 2"}],
    ["path",{"d":"M21 21a4 4 0 0 0-3.81-4"}],
    ["path",{"d":"M21 5a4 4 0 0 1-3.55 3.97"}],
    ["path",{"d":"M22 13h-4"}],
    ["path",{"d":"M3 21a4 4 0 0 1 3.81-4"}],
    ["path",{"d":"M3 5a4 4 0 0 0 3.55 3.97"}],
    ["path",{"d":"M6 13H2"}],
    ["path",{"d":"m8 2 1.88 1.88"}],
    ["path",{"d":"M9 7.13V6a3 3 0 1 1 6 0v1.13"}],
  ],
  // drawn for chat-widgets
  "check-circle-filled": [
    ["path",{"d":"M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20ZM7.116 12.884 10.5 16.268 16.884 9.884 15.116 8.116 10.5 12.732 8.884 11.116Z","fill":"currentColor","stroke":"none"}],
  ],
  // lucide:party-popper
  "confetti": [
    ["path",{"d":"M5.8 11.3 2 22l10.7-3.79"}],
    ["path",{"d":"M4 3h.01"}],
    ["path",{"d":"M22 8h.01"}],
    ["path",{"d":"M15 2h.01"}],
    ["path",{"d":"M22 20h.01"}],
    ["path",{"d":"m22 2-2.24.75a2.9 2.9 0 0 0-1.96 3.12c.1.86-.57 1.63-1.45 1.63h-.38c-.86 0-1.6.6-1.76 1.44L14 10"}],
    ["path",{"d":"m22 13-.82-.33c-.86-.34-1.82.2-1.98 1.11c-.11.7-.72 1.22-1.43 1.22H17"}],
    ["path",{"d":"m11 2 .33.82c.34.86-.2 1.82-1.11 1.98C9.52 4.9 9 5.52 9 6.23V7"}],
    ["path",{"d":"M11 13c1.93 1.93 2.83 4.17 2 5-.83.83-3.07-.07-5-2-1.93-1.93-2.83-4.17-2-5 .83-.83 3.07.07 5 2Z"}],
  ],
  // lucide:circle
  "empty-circle": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
  ],
  // lucide:key-round
  "keys": [
    ["path",{"d":"M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4z"}],
    ["circle",{"cx":"16.5","cy":"7.5","r":".5","fill":"currentColor"}],
  ],
  // lucide:info
  "info": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"M12 16v-4"}],
    ["path",{"d":"M12 8h.01"}],
  ],
  // lucide:file
  "page-blank": [
    ["path",{"d":"M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"}],
    ["path",{"d":"M14 2v5a1 1 0 0 0 1 1h5"}],
  ],
  // lucide:plus
  "plus": [
    ["path",{"d":"M5 12h14"}],
    ["path",{"d":"M12 5v14"}],
  ],
  // lucide:sparkle
  "sparkle": [
    ["path",{"d":"M11.017 2.814a1 1 0 0 1 1.966 0l1.051 5.558a2 2 0 0 0 1.594 1.594l5.558 1.051a1 1 0 0 1 0 1.966l-5.558 1.051a2 2 0 0 0-1.594 1.594l-1.051 5.558a1 1 0 0 1-1.966 0l-1.051-5.558a2 2 0 0 0-1.594-1.594l-5.558-1.051a1 1 0 0 1 0-1.966l5.558-1.051a2 2 0 0 0 1.594-1.594z"}],
  ],
  // lucide:sparkles
  "sparkle-double": [
    ["path",{"d":"M11.017 2.814a1 1 0 0 1 1.966 0l1.051 5.558a2 2 0 0 0 1.594 1.594l5.558 1.051a1 1 0 0 1 0 1.966l-5.558 1.051a2 2 0 0 0-1.594 1.594l-1.051 5.558a1 1 0 0 1-1.966 0l-1.051-5.558a2 2 0 0 0-1.594-1.594l-5.558-1.051a1 1 0 0 1 0-1.966l5.558-1.051a2 2 0 0 0 1.594-1.594z"}],
    ["path",{"d":"M20 2v4"}],
    ["path",{"d":"M22 4h-4"}],
    ["circle",{"cx":"4","cy":"20","r":"2"}],
  ],
  // lucide:clock
  "clock": [
    ["circle",{"cx":"12","cy":"12","r":"10"}],
    ["path",{"d":"M12 6v6l4 2"}],
  ],
};
export default glyphs;
