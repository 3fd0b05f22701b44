// Chart vocabulary → recharts values. Kept apart from the recharts chunk so the eager bundle stays small.
import { HUE_NAMES } from "../../tokens";
import { color, type ColorInput } from "../../styling/resolve";
import type { CurveType } from "../../schema";

/** Colours of series without `color`, in order (then the cycle repeats). */
export const CHART_PALETTE = ["blue", "purple", "orange", "green", "red", "yellow", "pink"] as const;

/** Chart colour tokens: bare hue names read the hue alias (`blue` → `--cw-blue`), not the CSS keyword. */
export function chartColor(value: ColorInput | undefined, index: number): string {
  if (typeof value === "string" && (HUE_NAMES as readonly string[]).includes(value.trim())) {
    return `var(--cw-${value.trim()})`;
  }
  return color(value ?? undefined) ?? `var(--cw-${CHART_PALETTE[index % CHART_PALETTE.length]})`;
}

/** Every curve name of the widget vocabulary, with the recharts curve it draws (the same names). */
export const CURVE_FOR: Record<CurveType, CurveType> = {
  basis: "basis",
  basisClosed: "basisClosed",
  basisOpen: "basisOpen",
  bumpX: "bumpX",
  bumpY: "bumpY",
  bump: "bump",
  linear: "linear",
  linearClosed: "linearClosed",
  natural: "natural",
  monotoneX: "monotoneX",
  monotoneY: "monotoneY",
  monotone: "monotone",
  step: "step",
  stepBefore: "stepBefore",
  stepAfter: "stepAfter",
};

export const DEFAULT_CURVE: CurveType = "natural";
