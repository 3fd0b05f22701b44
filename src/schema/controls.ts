// Form controls (WIDGET-SPEC §2.5). `name` is the form field key; dot paths nest in the payload.
import * as z from "zod/mini";
import { ActionConfigSchema } from "./action";
import { ControlSizeSchema, ControlVariantSchema, GutterSizeSchema, TextAlignSchema, identityShape } from "./shared";

const fieldVariantSchema = z.enum(["soft", "outline"]);

export const InputSchema = z.object({
  type: z.literal("Input"),
  ...identityShape,
  name: z.string(),
  inputType: z.optional(z.enum(["number", "email", "text", "password", "tel", "url"])),
  defaultValue: z.optional(z.string()),
  required: z.optional(z.boolean()),
  pattern: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  allowAutofillExtensions: z.optional(z.boolean()),
  autoSelect: z.optional(z.boolean()),
  autoFocus: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  variant: z.optional(fieldVariantSchema),
  size: z.optional(ControlSizeSchema),
  gutterSize: z.optional(GutterSizeSchema),
  pill: z.optional(z.boolean()),
});

export const TextareaSchema = z.object({
  type: z.literal("Textarea"),
  ...identityShape,
  name: z.string(),
  defaultValue: z.optional(z.string()),
  required: z.optional(z.boolean()),
  pattern: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  autoSelect: z.optional(z.boolean()),
  autoFocus: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  variant: z.optional(fieldVariantSchema),
  size: z.optional(ControlSizeSchema),
  gutterSize: z.optional(GutterSizeSchema),
  rows: z.optional(z.number()),
  autoResize: z.optional(z.boolean()),
  maxRows: z.optional(z.number()),
  allowAutofillExtensions: z.optional(z.boolean()),
});

// `disabled` and `description` come from chatkit-python / the Widget Builder.
export const SelectOptionSchema = z.object({
  value: z.string(),
  label: z.string(),
  disabled: z.optional(z.boolean()),
  description: z.optional(z.string()),
});

export const SelectSchema = z.object({
  type: z.literal("Select"),
  ...identityShape,
  name: z.string(),
  options: z.array(SelectOptionSchema),
  onChangeAction: z.optional(ActionConfigSchema),
  placeholder: z.optional(z.string()),
  defaultValue: z.optional(z.string()),
  variant: z.optional(ControlVariantSchema),
  size: z.optional(ControlSizeSchema),
  pill: z.optional(z.boolean()),
  block: z.optional(z.boolean()),
  clearable: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  // chatkit-python only; unset means "search when there are more than 15 options".
  searchable: z.optional(z.boolean()),
});

export const DatePickerSchema = z.object({
  type: z.literal("DatePicker"),
  ...identityShape,
  name: z.string(),
  onChangeAction: z.optional(ActionConfigSchema),
  placeholder: z.optional(z.string()),
  defaultValue: z.optional(z.string()),
  min: z.optional(z.string()),
  max: z.optional(z.string()),
  variant: z.optional(ControlVariantSchema),
  size: z.optional(ControlSizeSchema),
  side: z.optional(z.enum(["top", "bottom", "left", "right"])),
  align: z.optional(TextAlignSchema),
  pill: z.optional(z.boolean()),
  block: z.optional(z.boolean()),
  clearable: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
});

export const CheckboxSchema = z.object({
  type: z.literal("Checkbox"),
  ...identityShape,
  name: z.string(),
  label: z.optional(z.string()),
  defaultChecked: z.optional(z.boolean()),
  onChangeAction: z.optional(ActionConfigSchema),
  disabled: z.optional(z.boolean()),
  required: z.optional(z.boolean()),
});

export const RadioOptionSchema = z.object({
  label: z.string(),
  value: z.string(),
  disabled: z.optional(z.boolean()),
});

export const RadioGroupSchema = z.object({
  type: z.literal("RadioGroup"),
  ...identityShape,
  name: z.string(),
  options: z.optional(z.array(RadioOptionSchema)),
  ariaLabel: z.optional(z.string()),
  onChangeAction: z.optional(ActionConfigSchema),
  defaultValue: z.optional(z.string()),
  direction: z.optional(z.enum(["row", "col"])),
  disabled: z.optional(z.boolean()),
  required: z.optional(z.boolean()),
});

export type InputNode = z.infer<typeof InputSchema>;
export type TextareaNode = z.infer<typeof TextareaSchema>;
export type SelectOption = z.infer<typeof SelectOptionSchema>;
export type SelectNode = z.infer<typeof SelectSchema>;
export type DatePickerNode = z.infer<typeof DatePickerSchema>;
export type CheckboxNode = z.infer<typeof CheckboxSchema>;
export type RadioOption = z.infer<typeof RadioOptionSchema>;
export type RadioGroupNode = z.infer<typeof RadioGroupSchema>;
