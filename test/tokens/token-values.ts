// Test helpers: token lookup by name and CSS colour parsing for the values TOKENS carries.
import { parseHex, type Rgba } from "../../src/tokens/color-math";
import { TOKENS, type TokenInfo } from "../../src/tokens";

const byName = new Map(TOKENS.map((token) => [token.name, token]));

export function token(name: string): TokenInfo {
  const found = byName.get(name);
  if (!found) throw new Error(`no token ${name}`);
  return found;
}

/** Parses the CSS forms the generator writes: hex, `rgb(r g b / a)`, `transparent`. */
export function cssColor(value: string): Rgba {
  if (value === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = /^rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/.exec(value);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: Number(rgb[4]) };
  const hex = parseHex(value);
  if (!hex) throw new Error(`not a colour the generator writes: ${value}`);
  return hex;
}

export type ThemeName = "light" | "dark";
export const THEME_NAMES: ThemeName[] = ["light", "dark"];

export function colorOf(name: string, theme: ThemeName): Rgba {
  return cssColor(token(name)[theme]);
}
