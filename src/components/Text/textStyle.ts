// Variant maps shared by the text primitives (Title, Caption, Text, Label). One definition so the four
// components agree on the names of colours, weights and alignments and on their class names.
import { FONT_WEIGHTS, TEXT_COLORS, type TextColorToken } from "../../tokens";

/** Text colour tokens of the widget vocabulary (`--cw-text-<name>`), from the generated token list. */
export const TEXT_COLOR_TOKENS = TEXT_COLORS;
export type { TextColorToken };

export function isTextColorToken(value: unknown): value is TextColorToken {
  return typeof value === "string" && (TEXT_COLOR_TOKENS as readonly string[]).includes(value);
}

const classMap = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name}`])) as Record<K, string>;

export const textColorClasses = classMap(TEXT_COLOR_TOKENS, "cw-tone-");
export const fontWeightClasses = classMap(FONT_WEIGHTS, "cw-weight-");
export const textAlignClasses = classMap(["start", "center", "end"] as const, "cw-align-");
