// Shared value schemas (WIDGET-SPEC §2.6). Written with zod/mini so a browser bundle only pays for
// the checks it uses. Each exported schema is the single source of its TypeScript type.
// Value objects are strict (no unknown keys) so a union such as `number | Border | Borders` picks the
// right branch and a typo is reported instead of being stripped into an empty object.
import * as z from "zod/mini";
import { BORDER_STYLES, RADIUS_VALUES, ALIGNMENTS, JUSTIFICATIONS, TEXT_ALIGNS, GUTTER_SIZE_VALUES, TEXT_SIZES, TITLE_SIZES, CAPTION_SIZES } from "./vocabulary";
import { CONTROL_SIZES, CONTROL_VARIANTS, FONT_WEIGHTS, ICON_SIZES } from "../tokens/generated/tokens";

export const ThemeColorSchema = z.strictObject({ light: z.string(), dark: z.string() });

/** A colour: token name (`secondary`, `blue-500`, `surface`), any CSS colour string, or `{ light, dark }`. */
export const ColorValueSchema = z.union([z.string(), ThemeColorSchema]);

/** Numbers are spacing units (× 4px) or pixels depending on the prop; strings are CSS lengths. */
export const LengthSchema = z.union([z.number(), z.string()]);

export const SpacingSchema = z.strictObject({
  top: z.optional(LengthSchema),
  right: z.optional(LengthSchema),
  bottom: z.optional(LengthSchema),
  left: z.optional(LengthSchema),
  x: z.optional(LengthSchema),
  y: z.optional(LengthSchema),
});
export const SpacingValueSchema = z.union([z.number(), z.string(), SpacingSchema]);

export const BorderSchema = z.strictObject({
  size: z.number(),
  color: z.optional(ColorValueSchema),
  style: z.optional(z.enum(BORDER_STYLES)),
});
const BorderSideSchema = z.union([z.number(), BorderSchema]);
export const BordersSchema = z.strictObject({
  top: z.optional(BorderSideSchema),
  right: z.optional(BorderSideSchema),
  bottom: z.optional(BorderSideSchema),
  left: z.optional(BorderSideSchema),
  x: z.optional(BorderSideSchema),
  y: z.optional(BorderSideSchema),
});
export const BorderValueSchema = z.union([z.number(), BorderSchema, BordersSchema]);

export const RadiusValueSchema = z.enum(RADIUS_VALUES);

export const AlignmentSchema = z.enum(ALIGNMENTS);

export const JustificationSchema = z.enum(JUSTIFICATIONS);

export const TextAlignSchema = z.enum(TEXT_ALIGNS);

// Control variants and sizes, icon sizes and font weights exist as tokens; the widget vocabulary is
// exactly those token names.
export const ControlVariantSchema = z.enum(CONTROL_VARIANTS);

export const ControlSizeSchema = z.enum(CONTROL_SIZES);

export const GutterSizeSchema = z.enum(GUTTER_SIZE_VALUES);

export const TextSizeSchema = z.enum(TEXT_SIZES);

export const TitleSizeSchema = z.enum(TITLE_SIZES);

export const CaptionSizeSchema = z.enum(CAPTION_SIZES);

export const IconSizeSchema = z.enum(ICON_SIZES);

export const FontWeightSchema = z.enum(FONT_WEIGHTS);

export const DirectionSchema = z.enum(["row", "col"]);
export const ThemeSchema = z.enum(["light", "dark"]);

/**
 * An icon name. Typed as a plain string on purpose: the parser keeps names outside the known set
 * (with a warning) because the reference renderer simply draws nothing for them, and `lucide:<name>`
 * is open-ended. The known names are checked by the parser against `ICON_NAMES` from the tokens,
 * and the JSON Schema export narrows this schema to those names (see `scripts/build-json-schema.ts`).
 */
export const IconNameSchema = z.string();

export const WidgetStatusSchema = z.union([
  z.strictObject({ text: z.string(), favicon: z.optional(z.string()), frame: z.optional(z.boolean()) }),
  z.strictObject({ text: z.string(), icon: z.optional(IconNameSchema) }),
]);

/** Size and spacing props shared by blocks (Box family, Image, Chart). */
export const blockShape = {
  height: z.optional(LengthSchema),
  width: z.optional(LengthSchema),
  size: z.optional(LengthSchema),
  minHeight: z.optional(LengthSchema),
  minWidth: z.optional(LengthSchema),
  minSize: z.optional(LengthSchema),
  maxHeight: z.optional(LengthSchema),
  maxWidth: z.optional(LengthSchema),
  maxSize: z.optional(LengthSchema),
  aspectRatio: z.optional(LengthSchema),
  radius: z.optional(RadiusValueSchema),
  margin: z.optional(SpacingValueSchema),
};

/** `key` (list identity) and `id` (component identity for streamed text) on every node. */
export const identityShape = {
  key: z.optional(z.string()),
  id: z.optional(z.string()),
};

export type ThemeColor = z.infer<typeof ThemeColorSchema>;
export type ColorValue = z.infer<typeof ColorValueSchema>;
export type Spacing = z.infer<typeof SpacingSchema>;
export type Border = z.infer<typeof BorderSchema>;
export type Borders = z.infer<typeof BordersSchema>;
export type RadiusValue = z.infer<typeof RadiusValueSchema>;
export type Alignment = z.infer<typeof AlignmentSchema>;
export type Justification = z.infer<typeof JustificationSchema>;
export type TextAlign = z.infer<typeof TextAlignSchema>;
export type ControlVariant = z.infer<typeof ControlVariantSchema>;
export type ControlSize = z.infer<typeof ControlSizeSchema>;
export type GutterSize = z.infer<typeof GutterSizeSchema>;
export type TextSize = z.infer<typeof TextSizeSchema>;
export type TitleSize = z.infer<typeof TitleSizeSchema>;
export type CaptionSize = z.infer<typeof CaptionSizeSchema>;
export type IconSize = z.infer<typeof IconSizeSchema>;
export type FontWeight = z.infer<typeof FontWeightSchema>;
export type WidgetIconName = z.infer<typeof IconNameSchema>;
export type WidgetStatus = z.infer<typeof WidgetStatusSchema>;
