// Shared by the text views: a widget colour is either a text token (a variant class) or a free value
// that goes through the renderer's colour resolver into `style`.
import type { CSSProperties } from "react";
import { color as resolveColor, type ColorInput } from "../../styling/resolve";
import { isTextColorToken, type TextColorToken } from "./textStyle";

export function textColorProps(value: ColorInput | null | undefined): { color?: TextColorToken; style?: CSSProperties } {
  if (value === null || value === undefined) return {};
  if (isTextColorToken(value)) return { color: value };
  const resolved = resolveColor(value, "text");
  return resolved === undefined ? {} : { style: { color: resolved } };
}
