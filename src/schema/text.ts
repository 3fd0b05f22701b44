// Text nodes (WIDGET-SPEC §2.3): Title, Caption, Text (incl. `editable`), Markdown, Label.
import * as z from "zod/mini";
import {
  CaptionSizeSchema,
  ColorValueSchema,
  FontWeightSchema,
  LengthSchema,
  TextAlignSchema,
  TextSizeSchema,
  TitleSizeSchema,
  identityShape,
} from "./shared";

const baseTextShape = {
  ...identityShape,
  value: z.string(),
  color: z.optional(ColorValueSchema),
  weight: z.optional(FontWeightSchema),
  textAlign: z.optional(TextAlignSchema),
  truncate: z.optional(z.boolean()),
  maxLines: z.optional(z.number()),
};

export const TitleSchema = z.object({
  type: z.literal("Title"),
  ...baseTextShape,
  size: z.optional(TitleSizeSchema),
});

export const CaptionSchema = z.object({
  type: z.literal("Caption"),
  ...baseTextShape,
  size: z.optional(CaptionSizeSchema),
});

/** Makes a Text a form field named `name` (dot paths nest in the action payload). */
export const EditablePropsSchema = z.object({
  name: z.string(),
  autoFocus: z.optional(z.boolean()),
  autoSelect: z.optional(z.boolean()),
  autoComplete: z.optional(z.string()),
  allowAutofillExtensions: z.optional(z.boolean()),
  pattern: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  required: z.optional(z.boolean()),
});

export const TextSchema = z.object({
  type: z.literal("Text"),
  ...baseTextShape,
  size: z.optional(TextSizeSchema),
  italic: z.optional(z.boolean()),
  lineThrough: z.optional(z.boolean()),
  width: z.optional(LengthSchema),
  minLines: z.optional(z.number()),
  streaming: z.optional(z.boolean()),
  editable: z.optional(z.union([z.literal(false), EditablePropsSchema])),
});

export const MarkdownSchema = z.object({
  type: z.literal("Markdown"),
  ...identityShape,
  value: z.string(),
  streaming: z.optional(z.boolean()),
});

export const LabelSchema = z.object({
  type: z.literal("Label"),
  ...identityShape,
  value: z.string(),
  fieldName: z.string(),
  size: z.optional(TextSizeSchema),
  weight: z.optional(FontWeightSchema),
  textAlign: z.optional(TextAlignSchema),
  color: z.optional(ColorValueSchema),
});

export type TitleNode = z.infer<typeof TitleSchema>;
export type CaptionNode = z.infer<typeof CaptionSchema>;
export type TextNode = z.infer<typeof TextSchema>;
export type EditableProps = z.infer<typeof EditablePropsSchema>;
export type MarkdownNode = z.infer<typeof MarkdownSchema>;
export type LabelNode = z.infer<typeof LabelSchema>;
