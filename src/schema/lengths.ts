// How a length prop's value is read (WIDGET-SPEC §8.1): a number is spacing units (gap, padding, margin,
// Divider spacing) or pixels (sizes); a string is CSS. ChatKit types these props `number | string` and
// defines no named spacing scale, so a string that is not a CSS length (`gap: "md"`) has no meaning there:
// the browser drops it and the component's default applies. This module decides that once, for the parser
// (which warns at the path) and the renderer (`src/styling/resolve.ts`, which never writes such a value).
// Pure, no dependencies.
import type { ObjectSpecData } from "./spec";

/** What a number in a length prop counts: 4px spacing units or pixels. */
export type LengthUnit = "spacing" | "px";

/**
 * How a value is read:
 * - `number`: a finite number, or a numeric string such as `"4"` (`coerced: true`), in the prop's unit;
 * - `css`: a CSS length (`"12px"`, `"100%"`, `"calc(100% - 8px)"`, `"8px 12px"` where `list` allows it);
 * - `invalid`: anything else (`"md"`, `"large"`, `"12 px"`, a non-string) — the default applies.
 */
export type LengthReading =
  | { kind: "number"; value: number; coerced: boolean }
  | { kind: "css"; css: string }
  | { kind: "invalid" };

export interface LengthOptions {
  /** Size props also take the sizing keywords (`auto`, `fit-content`, `min-content`, `max-content`, `none`). @default false */
  keywords?: boolean;
  /** Up to four space-separated lengths (the CSS `padding`/`margin` shorthand). @default false */
  list?: boolean;
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const NUMERIC = new RegExp(`^${NUMBER}$`, "i");
const UNITS =
  "px|em|rem|ex|rex|ch|rch|cap|rcap|ic|ric|lh|rlh|vw|vh|vi|vb|vmin|vmax|svw|svh|svi|svb|svmin|svmax|lvw|lvh|lvi|lvb|lvmin|lvmax|dvw|dvh|dvi|dvb|dvmin|dvmax|cqw|cqh|cqi|cqb|cqmin|cqmax|cm|mm|q|in|pt|pc|%";
const DIMENSION = new RegExp(`^${NUMBER}(?:${UNITS})$`, "i");
const SIZE_KEYWORDS = new Set(["auto", "none", "fit-content", "min-content", "max-content"]);
const MATH = /^(?:calc|min|max|clamp)\(/i;
// Inside calc()/min()/max()/clamp(): dimensions, plain numbers, `var(--name)`, operators and nested math.
const MATH_TOKEN = new RegExp(`(?:${NUMBER}(?:${UNITS})?|var\\(--[\\w-]+\\)|calc\\(|min\\(|max\\(|clamp\\(|[()+\\-*/,]|\\s+)`, "giy");

/** Whether every `(` in `text` is closed by a later `)`, and no `)` closes nothing. */
export function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "(") depth++;
    else if (char === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

function isMath(text: string): boolean {
  if (!MATH.test(text) || !balancedParentheses(text) || text.length > 200) return false;
  MATH_TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    MATH_TOKEN.lastIndex = at;
    const match = MATH_TOKEN.exec(text);
    if (!match || match[0].length === 0) return false;
    at += match[0].length;
  }
  return true;
}

/** One CSS length: `0`, a dimension or percentage, a math function, `var(--name)`, or (with `keywords`) a sizing keyword. */
function isSingleLength(text: string, keywords: boolean): boolean {
  if (text === "0" || DIMENSION.test(text)) return true;
  if (/^var\(--[\w-]+\)$/.test(text)) return true;
  if (keywords && SIZE_KEYWORDS.has(text.toLowerCase())) return true;
  return isMath(text);
}

/**
 * Reads a length prop's value (see `LengthReading`). Never throws; `options.list` accepts the 2–4 value
 * shorthand only where CSS has one (`padding`, `margin`).
 */
export function readLength(value: unknown, options: LengthOptions = {}): LengthReading {
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, coerced: false } : { kind: "invalid" };
  if (typeof value !== "string") return { kind: "invalid" };
  const text = value.trim();
  if (text === "" || text.length > 200) return { kind: "invalid" };
  if (text === "0") return { kind: "css", css: "0" };
  if (NUMERIC.test(text)) {
    const number = Number(text);
    return Number.isFinite(number) ? { kind: "number", value: number, coerced: true } : { kind: "invalid" };
  }
  const keywords = options.keywords ?? false;
  if (isSingleLength(text, keywords)) return { kind: "css", css: text };
  if (options.list && !MATH.test(text)) {
    const parts = text.split(/\s+/);
    if (parts.length >= 2 && parts.length <= 4 && parts.every((part) => isSingleLength(part, false))) return { kind: "css", css: parts.join(" ") };
  }
  return { kind: "invalid" };
}

/** Props read as spacing units when numeric (WIDGET-SPEC §8.1); every other length prop counts pixels. */
export const SPACING_PROPS: ReadonlySet<string> = new Set(["gap", "padding", "margin", "spacing"]);

/** The size props of a block (Box family, Image, Chart): lengths, a number counts pixels. */
export const SIZE_PROPS = ["width", "height", "size", "minWidth", "minHeight", "minSize", "maxWidth", "maxHeight", "maxSize"] as const;

/**
 * Every layout prop of the Box family (Box, Row, Col, Form, Basic): what `useBoxLayout` resolves into classes and
 * style and what the node views pass on. The one list of these keys (`LENGTH_PROPS` takes its lengths from it).
 */
export const BOX_LAYOUT_KEYS = [
  "direction",
  "align",
  "justify",
  "wrap",
  "gap",
  "padding",
  "margin",
  "border",
  "background",
  "radius",
  "flex",
  ...SIZE_PROPS,
  "aspectRatio",
] as const;

/**
 * Every prop name that holds a length (`number | string`, or a `Spacing` object for padding/margin): the
 * spacing props and the size props. `aspectRatio` and `flex` are `number | string` too but are not lengths
 * (they have their own readers).
 */
export const LENGTH_PROPS: ReadonlySet<string> = new Set<string>([...SPACING_PROPS, ...SIZE_PROPS]);

/**
 * Whether a length prop's value is used as written: a number, or a CSS length (`list`: also the 2–4 value
 * shorthand). A numeric string (`"4"`) is not: it is read as a number, with a warning. `key` is the prop (it decides
 * whether sizing keywords apply). The walker's warning for any other value is `lengthProblem` (repair.ts).
 */
export function isReadableLength(key: string, value: unknown, list = false): boolean {
  const reading = readLength(value, { keywords: !SPACING_PROPS.has(key), list });
  return reading.kind === "css" || (reading.kind === "number" && !reading.coerced);
}

/** The props of a node spec typed as lengths: a length prop name whose spec is `number | string` (padding and margin also `Spacing`). */
export function lengthKeysOf(props: ObjectSpecData): string[] {
  return Object.entries(props.object)
    .filter(([key, spec]) => LENGTH_PROPS.has(key) && typeof spec === "object" && "anyOf" in spec &&
      spec.anyOf.includes("number") && spec.anyOf.includes("string"))
    .map(([key]) => key);
}
