/**
 * Design tokens: names, unions and CSS-variable helpers. The lists and glyphs are generated from tokens/*.json
 * (`npm run tokens`); everything here is a small pure function, so bundlers drop what is not used.
 */
import {
  BORDER_COLORS,
  HUE_NAMES,
  ICON_NAMES,
  PALETTE_COLORS,
  RADIUS_TOKENS,
  SURFACE_COLORS,
  TEXT_COLORS,
  type ColorToken,
  type IconName,
  type RadiusToken,
} from "./generated/tokens";

export * from "./generated/tokens";
export { ICON_GLYPHS, ICON_SVG_PROPS, type IconGlyph, type IconNode } from "./generated/icons";
export { accentForeground, contrastRatio, parseHex, type Rgba } from "./color-math";

const has = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** `alpha-05` (apps-sdk-ui spelling) → `alpha-5`; other names unchanged. */
function normalizeColorName(token: string): string {
  const alpha = /^alpha-0(\d)$/.exec(token);
  return alpha ? `alpha-${alpha[1]}` : token;
}

/** The CSS custom property (without `var()`) of a colour token, or undefined when the name is not a token. */
export function colorVarName(token: string): string | undefined {
  const name = normalizeColorName(token.trim());
  if (has(TEXT_COLORS, name)) return `--cw-text-${name}`;
  if (has(BORDER_COLORS, name)) return `--cw-border-${name}`;
  if (has(SURFACE_COLORS, name) || has(PALETTE_COLORS, name) || has(HUE_NAMES, name)) return `--cw-${name}`;
  return undefined;
}

/**
 * `var(--cw-…)` for any colour token a widget may write — text (`secondary`), surface (`surface-elevated`),
 * border (`subtle`), palette (`gray-900`, `blue-a50`, `alpha-70`, `white`) or bare hue (`blue`) — else undefined
 * (the caller then treats the string as a CSS colour and validates it).
 */
export function colorVar(token: string): string | undefined {
  const name = colorVarName(token);
  return name ? `var(${name})` : undefined;
}

export function isColorToken(value: string): value is ColorToken {
  return colorVarName(value) !== undefined;
}

export function isIconName(value: unknown): value is IconName {
  return typeof value === "string" && has(ICON_NAMES, value);
}

export function isRadiusToken(value: unknown): value is RadiusToken {
  return typeof value === "string" && has(RADIUS_TOKENS, value);
}

/** `var(--cw-radius-md)` for a radius token, `100%` for "100%", undefined otherwise. */
export function radiusVar(value: string): string | undefined {
  if (value === "100%") return "100%";
  return isRadiusToken(value) ? `var(--cw-radius-${value})` : undefined;
}

/** `calc(var(--cw-spacing) * n)`: widget spacing numbers are multiples of the 4px unit. */
export function spacingVar(units: number): string {
  return `calc(var(--cw-spacing) * ${units})`;
}

/** `var(--cw-control-{color}-{variant}-{part})`. */
export function controlVar(color: string, variant: string, part: "bg" | "bg-hover" | "text" | "border"): string {
  return `var(--cw-control-${color}-${variant}-${part})`;
}
