// Glyphs of the composer's own controls that ChatKit's icon set lacks (send, mention, remove, chevron). The rest
// (tools "plus", menu "check", tool and entity icons) come from the Icon primitive.
import type { SVGProps } from "react";

const PATHS = {
  "arrow-up": "M12 19V5M5 12l7-7 7 7",
  at: "M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0Zm0 0v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1",
  x: "M6 6l12 12M18 6L6 18",
  "chevron-down": "M6 9l6 6 6-6",
  // Message actions and the thread history (drawn for this surface: two rounded sheets, thumbs, arrows).
  copy: "M9 9h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1ZM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",
  "thumbs-up": "M7 10v11M7 10l4-8a2.5 2.5 0 0 1 2.5 2.5V9h5.2a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 17.4 21H3v-11Z",
  "thumbs-down": "M17 14V3M17 14l-4 8a2.5 2.5 0 0 1-2.5-2.5V15H5.3a2 2 0 0 1-2-2.3l1.3-8A2 2 0 0 1 6.6 3H21v11Z",
  retry: "M3 12a9 9 0 0 1 15.5-6.2L21 8M21 3v5h-5M21 12a9 9 0 0 1-15.5 6.2L3 16M3 21v-5h5",
  history: "M3 12a9 9 0 1 0 2.6-6.4L3 8M3 3v5h5M12 7v5l3 3",
  "new-chat": "M12 5v14M5 12h14",
  check: "M5 12.5l4.5 4.5L19 7",
  paperclip: "M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8",
  file: "M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5",
} as const;

export type ComposerGlyph = keyof typeof PATHS;

export function ComposerIcon({ glyph, ...props }: { glyph: ComposerGlyph } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d={PATHS[glyph]} />
    </svg>
  );
}
