// The widget vocabulary's value lists, free of zod so UI code can import them without the schemas.
// The zod schemas (shared.ts, content.ts, …) are built from these lists.

export const BORDER_STYLES = ["solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset"] as const;

export const RADIUS_VALUES = ["2xs", "xs", "sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "full", "100%", "none"] as const;

export const ALIGNMENTS = ["start", "center", "end", "baseline", "stretch"] as const;

export const JUSTIFICATIONS = ["start", "center", "end", "between", "around", "evenly", "stretch"] as const;

export const TEXT_ALIGNS = ["start", "center", "end"] as const;

export const GUTTER_SIZE_VALUES = ["2xs", "xs", "sm", "md", "lg", "xl"] as const;

export const TEXT_SIZES = ["xs", "sm", "md", "lg", "xl"] as const;

export const TITLE_SIZES = ["sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "5xl"] as const;

export const CAPTION_SIZES = ["sm", "md", "lg"] as const;

export const ACTION_HANDLERS = ["server", "client"] as const;

export const LOADING_BEHAVIORS = ["auto", "self", "container", "none"] as const;

export const BADGE_COLORS = ["secondary", "success", "danger", "warning", "info", "discovery"] as const;

export const IMAGE_FITS = ["cover", "contain", "fill", "scale-down", "none"] as const;

export const IMAGE_POSITIONS = [
  "top left",
  "top",
  "top right",
  "left",
  "center",
  "right",
  "bottom left",
  "bottom",
  "bottom right",
] as const;

export const BUTTON_COLORS = [
  "primary",
  "secondary",
  "info",
  "discovery",
  "success",
  "caution",
  "warning",
  "danger",
] as const;

export const CURVE_TYPES = [
  "basis",
  "basisClosed",
  "basisOpen",
  "bumpX",
  "bumpY",
  "bump",
  "linear",
  "linearClosed",
  "natural",
  "monotoneX",
  "monotoneY",
  "monotone",
  "step",
  "stepBefore",
  "stepAfter",
] as const;
