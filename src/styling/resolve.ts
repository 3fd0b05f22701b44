// Every free value a widget carries (gap 3, width 160, "#06b6d4", gradients, { light, dark }, radius
// names, borders) becomes CSS here and nowhere else. Values that are not safe CSS resolve to
// `undefined`, so the default of the component applies (the same leniency as an unknown prop).
import type { CSSProperties } from "react";
import { balancedParentheses, readLength } from "../schema/lengths";
import { BORDER_COLORS, RADIUS_TOKENS, SURFACE_COLORS, TEXT_COLORS } from "../tokens/generated/tokens";

type Maybe<T> = T | null | undefined;

/** A length as widget JSON writes it: a number (spacing units or px, depending on the prop) or CSS. */
export type LengthInput = number | string;
/** `{ top, right, bottom, left, x, y }`; the specific sides win over `x`/`y`. */
export interface SpacingInput {
  top?: Maybe<LengthInput>;
  right?: Maybe<LengthInput>;
  bottom?: Maybe<LengthInput>;
  left?: Maybe<LengthInput>;
  x?: Maybe<LengthInput>;
  y?: Maybe<LengthInput>;
}
export type ThemeColorInput = { light: string; dark: string };
export type ColorInput = string | ThemeColorInput;
export interface BorderInput {
  size: number;
  color?: Maybe<ColorInput>;
  style?: Maybe<string>;
}
export interface BordersInput {
  top?: Maybe<number | BorderInput>;
  right?: Maybe<number | BorderInput>;
  bottom?: Maybe<number | BorderInput>;
  left?: Maybe<number | BorderInput>;
  x?: Maybe<number | BorderInput>;
  y?: Maybe<number | BorderInput>;
}

// ---------------------------------------------------------------------------------------------
// Safety

// Anything that can load a resource, run script (old IE `expression()`), escape the declaration or
// hide one of these behind a CSS escape is refused outright.
const FORBIDDEN_CSS = /url\s*\(|image-set\s*\(|image\s*\(|element\s*\(|expression\s*\(|javascript:|vbscript:|data:|@import|[;{}<>\\"'`]|\/\*|!important/i;
// Letters, digits, spaces and the punctuation CSS lengths, colours, calc() and gradients need.
const ALLOWED_CSS_CHARS = /^[\w\s#%.,()+\-*/]+$/;

/** `value` when it is a CSS value that can go into a style without loading or running anything. */
export function safeCss(value: Maybe<string>): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 500) return undefined;
  if (FORBIDDEN_CSS.test(trimmed) || !ALLOWED_CSS_CHARS.test(trimmed)) return undefined;
  if (!balancedParentheses(trimmed)) return undefined;
  return trimmed;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

// Trims float noise such as 1.1 * 4 = 4.4000000000000004 from generated CSS.
const formatNumber = (value: number) => String(Math.round(value * 10_000) / 10_000);

// ---------------------------------------------------------------------------------------------
// Lengths

/**
 * A spacing value (`gap`, `padding`, `margin`, Divider `spacing`) as CSS. Numbers (and numeric strings such as
 * `"4"`) are multiples of `--cw-spacing` (4px, fractions allowed); other strings must be CSS lengths
 * (`"12px"`, `"1rem"`, `"calc(…)"`, `var(--x)`). Anything else — size names such as `"md"`, which ChatKit
 * does not define for spacing — resolves to `undefined`, so the component's default applies: an unresolved
 * token never reaches a style. `list` allows the 2–4 value shorthand (`"8px 12px"`) of `padding`/`margin`.
 */
export function spacing(value: Maybe<LengthInput>, list = false): string | undefined {
  const reading = readLength(value, { list });
  if (reading.kind === "number") return reading.value === 0 ? "0" : `calc(var(--cw-spacing) * ${formatNumber(reading.value)})`;
  return reading.kind === "css" ? safeCss(reading.css) : undefined;
}

/**
 * A size value (`width`, `height`, `size`, `min*`, `max*`, Divider `size`, Spacer `minSize`) as CSS. Numbers
 * (and numeric strings) are pixels; strings must be CSS lengths or the sizing keywords `auto`, `none`,
 * `fit-content`, `min-content`, `max-content`. Anything else resolves to `undefined` (the default applies).
 */
export function size(value: Maybe<LengthInput>): string | undefined {
  const reading = readLength(value, { keywords: true });
  if (reading.kind === "number") return `${formatNumber(reading.value)}px`;
  return reading.kind === "css" ? safeCss(reading.css) : undefined;
}

type SpacingProperty = "padding" | "margin";
const SIDES = ["Top", "Right", "Bottom", "Left"] as const;

/**
 * A `padding` or `margin` prop as style properties: a number or string sets all sides
 * (`padding: calc(...)`), a `Spacing` object sets the sides it names (`paddingTop`, …).
 */
export function spacingStyle(value: Maybe<LengthInput | SpacingInput>, property: SpacingProperty): CSSProperties {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object") {
    const resolved = spacing(value, true);
    return resolved === undefined ? {} : { [property]: resolved };
  }
  const sides: Record<(typeof SIDES)[number], Maybe<LengthInput>> = {
    Top: value.top ?? value.y,
    Right: value.right ?? value.x,
    Bottom: value.bottom ?? value.y,
    Left: value.left ?? value.x,
  };
  const style: Record<string, string> = {};
  for (const side of SIDES) {
    const resolved = spacing(sides[side]);
    if (resolved !== undefined) style[`${property}${side}`] = resolved;
  }
  return style as CSSProperties;
}

// ---------------------------------------------------------------------------------------------
// Colours

// Token vocabularies of the widget JSON (WIDGET-SPEC §8.3), from the token layer (tokens/), mapped onto the
// variables of docs/architecture.md.
const TEXT_TOKENS: ReadonlySet<string> = new Set(TEXT_COLORS);
const SURFACE_TOKENS: ReadonlySet<string> = new Set(SURFACE_COLORS);
const BORDER_TOKENS: ReadonlySet<string> = new Set(BORDER_COLORS);
const HUES = "gray|red|orange|yellow|green|blue|purple|pink";
const PALETTE_TOKEN = new RegExp(`^(?:${HUES})(?:-a?\\d{1,4})?$`);
const ALPHA_TOKEN = /^alpha-\d{1,3}$/;
const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const COLOR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i;
const GRADIENT = /^(?:repeating-)?(?:linear|radial|conic)-gradient\(/i;
const CSS_KEYWORD = /^[a-z]+$/i;

/** Where a colour is used: `default`/`subtle`/`strong` only mean border colours in `border`. */
export type ColorContext = "text" | "background" | "border";

/**
 * A colour value as CSS: token names become `var(--cw-…)`, `{ light, dark }` becomes
 * `light-dark(a, b)`, CSS colours pass after validation. Gradients are colours only for backgrounds.
 */
export function color(value: Maybe<ColorInput>, context: ColorContext = "text"): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "object") {
    const light = color(value.light, context);
    const dark = color(value.dark, context);
    if (light === undefined || dark === undefined) return light ?? dark;
    return `light-dark(${light}, ${dark})`;
  }
  if (typeof value !== "string") return undefined;
  const token = value.trim();
  const lower = token.toLowerCase();
  if (context === "border" && BORDER_TOKENS.has(lower)) return `var(--cw-border-${lower})`;
  if (SURFACE_TOKENS.has(lower)) return `var(--cw-${lower})`;
  if (TEXT_TOKENS.has(lower)) return `var(--cw-text-${lower})`;
  if (PALETTE_TOKEN.test(lower) || ALPHA_TOKEN.test(lower) || lower === "white" || lower === "black") {
    return `var(--cw-${lower})`;
  }
  if (HEX_COLOR.test(token)) return token;
  if (COLOR_FUNCTION.test(token)) return safeCss(token);
  if (GRADIENT.test(token)) return context === "background" ? gradient(token) : undefined;
  // Named CSS colours and `transparent`/`currentColor`; unknown words are dropped by the browser.
  if (CSS_KEYWORD.test(token)) return token;
  return undefined;
}

// Palette tokens inside a gradient (`linear-gradient(#06b6d4, blue-500)`) become variables too.
const TOKEN_IN_GRADIENT = new RegExp(`(?<![\\w-])((?:${HUES})-a?\\d{1,4}|alpha-\\d{1,3})(?![\\w-])`, "gi");

function gradient(value: string): string | undefined {
  const safe = safeCss(value);
  return safe?.replace(TOKEN_IN_GRADIENT, (token) => `var(--cw-${token.toLowerCase()})`);
}

/** `background` as a style: tokens, CSS colours, `{ light, dark }` and gradients (without `url()`). */
export function backgroundStyle(value: Maybe<ColorInput>): CSSProperties {
  const resolved = color(value, "background");
  return resolved === undefined ? {} : { background: resolved };
}

// ---------------------------------------------------------------------------------------------
// Borders

const BORDER_STYLE_NAMES = new Set(["solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset"]);

/** One border side as CSS shorthand; numbers are px with the `default` border colour. */
export function border(value: Maybe<number | BorderInput>): string | undefined {
  if (isFiniteNumber(value)) return `${formatNumber(value)}px solid var(--cw-border-default)`;
  if (!value || typeof value !== "object" || !isFiniteNumber(value.size)) return undefined;
  const style = value.style && BORDER_STYLE_NAMES.has(value.style) ? value.style : "solid";
  const resolvedColor = color(value.color ?? "default", "border") ?? "var(--cw-border-default)";
  return `${formatNumber(value.size)}px ${style} ${resolvedColor}`;
}

const isBorders = (value: object): value is BordersInput => !("size" in value);

/** A `border` prop (number, `Border` or per-side `Borders`) as style properties. */
export function borderStyle(value: Maybe<number | BorderInput | BordersInput>): CSSProperties {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && isBorders(value)) {
    const sides = {
      borderTop: border(value.top ?? value.y),
      borderRight: border(value.right ?? value.x),
      borderBottom: border(value.bottom ?? value.y),
      borderLeft: border(value.left ?? value.x),
    };
    return Object.fromEntries(Object.entries(sides).filter(([, side]) => side !== undefined)) as CSSProperties;
  }
  const resolved = border(value);
  return resolved === undefined ? {} : { border: resolved };
}

// ---------------------------------------------------------------------------------------------
// Radius

const RADIUS_NAMES: ReadonlySet<string> = new Set(RADIUS_TOKENS);

/** Radius names become `var(--cw-radius-*)`; `"100%"` stays a percentage (circles). */
export function radius(value: Maybe<string>): string | undefined {
  if (typeof value !== "string") return undefined;
  if (RADIUS_NAMES.has(value)) return `var(--cw-radius-${value})`;
  if (value === "100%") return "100%";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** Size props shared by blocks (Box family, Image, Chart); numbers are px, `size` sets both axes. */
export interface BlockInput {
  width?: Maybe<LengthInput>;
  height?: Maybe<LengthInput>;
  size?: Maybe<LengthInput>;
  minWidth?: Maybe<LengthInput>;
  minHeight?: Maybe<LengthInput>;
  minSize?: Maybe<LengthInput>;
  maxWidth?: Maybe<LengthInput>;
  maxHeight?: Maybe<LengthInput>;
  maxSize?: Maybe<LengthInput>;
  aspectRatio?: Maybe<LengthInput>;
  flex?: Maybe<LengthInput>;
  radius?: Maybe<string>;
  margin?: Maybe<LengthInput | SpacingInput>;
}

const ASPECT_RATIO = /^\d+(?:\.\d+)?(?:\s*\/\s*\d+(?:\.\d+)?)?$/;
const FLEX_VALUE = /^(?:auto|none|initial|\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)?(?:\s+(?:auto|0|\d+(?:\.\d+)?(?:px|%|rem|em)))?)$/;

/** `aspectRatio`: a number (`1.5`) or a ratio string (`"16/9"`). */
export function aspectRatio(value: Maybe<LengthInput>): string | undefined {
  if (isFiniteNumber(value)) return value > 0 ? formatNumber(value) : undefined;
  if (typeof value === "string" && ASPECT_RATIO.test(value.trim())) return value.trim();
  return undefined;
}

/** `flex`: a number grows from a zero basis (`1` → `1 1 0%`), strings are the CSS shorthand. */
export function flex(value: Maybe<LengthInput>): string | undefined {
  if (isFiniteNumber(value)) return value >= 0 ? `${formatNumber(value)} ${formatNumber(value)} 0%` : undefined;
  if (typeof value === "string" && FLEX_VALUE.test(value.trim())) return value.trim();
  return undefined;
}

/** Width, height, size, min and max sizes, aspectRatio, flex, radius and margin of a block as style properties. */
export function blockStyle(block: BlockInput): CSSProperties {
  const style: CSSProperties = {
    width: size(block.width ?? block.size),
    height: size(block.height ?? block.size),
    minWidth: size(block.minWidth ?? block.minSize),
    minHeight: size(block.minHeight ?? block.minSize),
    maxWidth: size(block.maxWidth ?? block.maxSize),
    maxHeight: size(block.maxHeight ?? block.maxSize),
    aspectRatio: aspectRatio(block.aspectRatio),
    flex: flex(block.flex),
    borderRadius: radius(block.radius),
    ...spacingStyle(block.margin, "margin"),
  };
  return compact(style);
}

/** Props of the Box family (Box, Row, Col, Form, Basic, ListViewItem) that are free values. */
export interface BoxInput extends BlockInput {
  gap?: Maybe<LengthInput>;
  padding?: Maybe<LengthInput | SpacingInput>;
  border?: Maybe<number | BorderInput | BordersInput>;
  background?: Maybe<ColorInput>;
}

/** Everything free on a box as one style object (layout keywords stay variants, not styles). */
export function boxStyle(box: BoxInput): CSSProperties {
  return compact({
    ...blockStyle(box),
    gap: spacing(box.gap),
    ...spacingStyle(box.padding, "padding"),
    ...borderStyle(box.border),
    ...backgroundStyle(box.background),
  });
}

/** Drops undefined entries so styles compare and serialise cleanly. */
export function compact(style: CSSProperties): CSSProperties {
  const result: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(style)) if (value !== undefined) result[property] = value;
  return result as CSSProperties;
}
