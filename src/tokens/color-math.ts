/**
 * sRGB colour arithmetic used by the token generator, the contrast tests and the accent helper.
 * Colours are `{ r, g, b, a }` with channels 0–255 and alpha 0–1.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Parses `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`; undefined for anything else. */
export function parseHex(value: string): Rgba | undefined {
  const match = HEX.exec(value.trim());
  if (!match) return undefined;
  let digits = match[1];
  if (digits.length <= 4) digits = [...digits].map((digit) => digit + digit).join("");
  const channel = (index: number) => parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  return { r: channel(0), g: channel(1), b: channel(2), a: digits.length === 8 ? channel(3) / 255 : 1 };
}

const hex2 = (value: number) => Math.round(value).toString(16).padStart(2, "0");

/** `#rrggbb` for opaque colours, `#rrggbbaa` otherwise. */
export function toHex(color: Rgba): string {
  const base = `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;
  return color.a >= 1 ? base : `${base}${hex2(color.a * 255)}`;
}

/** CSS form: hex when opaque, `transparent` when fully clear, otherwise `rgb(r g b / a)`. */
export function toCss(color: Rgba): string {
  if (color.a >= 1) return toHex(color);
  if (color.a <= 0) return "transparent";
  // Two decimals: hex alphas (#00000014 = 7.8%) are written as the intended percentage.
  const alpha = Math.round(color.a * 100) / 100;
  return `rgb(${Math.round(color.r)} ${Math.round(color.g)} ${Math.round(color.b)} / ${alpha})`;
}

/** `color-mix(in srgb, base (1-amount), other amount)` for opaque inputs. */
export function mix(base: Rgba, other: Rgba, amount: number): Rgba {
  const channel = (a: number, b: number) => a * (1 - amount) + b * amount;
  return { r: channel(base.r, other.r), g: channel(base.g, other.g), b: channel(base.b, other.b), a: channel(base.a, other.a) };
}

/** Paints `top` (possibly translucent) over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const channel = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: channel(top.r, bottom.r), g: channel(top.g, bottom.g), b: channel(top.b, bottom.b), a: 1 };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance(color: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/** WCAG contrast ratio (1–21) of a foreground over an opaque background; translucent foregrounds are composited first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = foreground.a < 1 ? composite(foreground, background) : foreground;
  const l1 = relativeLuminance(fg);
  const l2 = relativeLuminance(background);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/**
 * The text colour to put on an accent background (for `--cw-accent-foreground`): white or near-black,
 * whichever contrasts more. Undefined when the accent is not a hex colour.
 */
export function accentForeground(accent: string): "#ffffff" | "#0d0d0d" | undefined {
  const color = parseHex(accent);
  if (!color) return undefined;
  const opaque = composite(color, { r: 255, g: 255, b: 255, a: 1 });
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const ink = { r: 13, g: 13, b: 13, a: 1 };
  return contrastRatio(white, opaque) >= contrastRatio(ink, opaque) ? "#ffffff" : "#0d0d0d";
}
