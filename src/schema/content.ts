// Content nodes (WIDGET-SPEC §2.4): Badge, Icon, Image, Button.
import * as z from "zod/mini";
import { BADGE_COLORS, IMAGE_FITS, IMAGE_POSITIONS, BUTTON_COLORS } from "./vocabulary";
import { ActionConfigSchema } from "./action";
import {
  ColorValueSchema,
  ControlSizeSchema,
  ControlVariantSchema,
  IconNameSchema,
  IconSizeSchema,
  LengthSchema,
  blockShape,
  identityShape,
} from "./shared";


export const BadgeSchema = z.object({
  type: z.literal("Badge"),
  ...identityShape,
  label: z.string(),
  color: z.optional(z.enum(BADGE_COLORS)),
  variant: z.optional(z.enum(["solid", "soft", "outline"])),
  size: z.optional(z.enum(["sm", "md", "lg"])),
  pill: z.optional(z.boolean()),
});

export const IconSchema = z.object({
  type: z.literal("Icon"),
  ...identityShape,
  name: IconNameSchema,
  color: z.optional(ColorValueSchema),
  size: z.optional(IconSizeSchema),
});


export const ImageSchema = z.object({
  type: z.literal("Image"),
  ...identityShape,
  src: z.string(),
  alt: z.optional(z.string()),
  frame: z.optional(z.boolean()),
  fit: z.optional(z.enum(IMAGE_FITS)),
  position: z.optional(z.enum(IMAGE_POSITIONS)),
  flush: z.optional(z.boolean()),
  // chatkit-python also has these two on Image.
  background: z.optional(ColorValueSchema),
  flex: z.optional(LengthSchema),
  ...blockShape,
});


// `label` is optional in the type (icon-only buttons); the parser requires a label or an icon.
export const ButtonSchema = z.object({
  type: z.literal("Button"),
  ...identityShape,
  label: z.optional(z.string()),
  submit: z.optional(z.boolean()),
  onClickAction: z.optional(ActionConfigSchema),
  iconStart: z.optional(IconNameSchema),
  iconEnd: z.optional(IconNameSchema),
  iconSize: z.optional(z.enum(["sm", "md", "lg", "xl", "2xl"])),
  style: z.optional(z.enum(["primary", "secondary"])),
  color: z.optional(z.enum(BUTTON_COLORS)),
  variant: z.optional(ControlVariantSchema),
  size: z.optional(ControlSizeSchema),
  pill: z.optional(z.boolean()),
  uniform: z.optional(z.boolean()),
  block: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
});

export type BadgeNode = z.infer<typeof BadgeSchema>;
export type IconNode = z.infer<typeof IconSchema>;
export type ImageNode = z.infer<typeof ImageSchema>;
export type ButtonNode = z.infer<typeof ButtonSchema>;
