// What the text primitives (Title, Caption, Text, Label) share: the variant maps, so the four agree on the names of
// colours, weights, alignments and text sizes and on their class names, and how an element is drawn from them.
import type { CSSProperties } from "react";
import { cx } from "class-variance-authority";
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
/** Text's type scale (also Label's): xs 12/18, sm 14/20, md 16/24, lg 18/29, xl 20/26 px. */
export const textSizeClasses = classMap(["xs", "sm", "md", "lg", "xl"] as const, "cw-text--size-");

/** A whole number ≥ 1, or undefined: line counts end up in CSS, so nothing else may pass. */
export function lineCount(value: number | undefined): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const whole = Math.floor(value);
  return whole >= 1 ? whole : undefined;
}

/** The variant props every text primitive's cva variants take. */
interface TextVariantProps {
  size?: string | null;
  weight?: string | null;
  color?: string | null;
  textAlign?: string | null;
}

/**
 * What a text primitive's element is drawn with: `className` (its `variants` for size, weight, colour and alignment,
 * then `className`), data-* mirrors of the resolved variants (`defaults` where a prop is unset; `data-truncate`,
 * `data-max-lines`), and `style` with `--cw-text-max-lines` when `maxLines` clamps (`truncate` wins over it).
 */
export function textPresentation<P extends TextVariantProps>(
  variants: (props?: P) => string,
  defaults: { [K in keyof TextVariantProps]-?: string },
  props: NoInfer<P> & { truncate?: boolean; maxLines?: number },
  className?: string | false,
  style?: CSSProperties,
) {
  const { size, weight, color, textAlign, truncate = false, maxLines } = props;
  const maxLinesCount = truncate ? undefined : lineCount(maxLines);
  return {
    className: cx(variants({ size, weight, color, textAlign } as P), className),
    style: maxLinesCount ? ({ "--cw-text-max-lines": maxLinesCount, ...style } as CSSProperties) : style,
    "data-size": size ?? defaults.size,
    "data-weight": weight ?? defaults.weight,
    "data-color": color ?? defaults.color,
    "data-text-align": textAlign ?? defaults.textAlign,
    "data-truncate": truncate || undefined,
    "data-max-lines": maxLinesCount,
  };
}
