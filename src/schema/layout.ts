// Layout nodes (WIDGET-SPEC §2.2): Box, Row, Col, Form share BoxBaseProps; Spacer, Divider, Transition.
// `children` are getters (the zod 4 recursion idiom); each node type infers its props and names its recursive link once.
import * as z from "zod/mini";
import { ActionConfigSchema } from "./action";
import { WidgetComponentSchema, type WidgetComponent } from "./roots";
import {
  AlignmentSchema,
  BorderValueSchema,
  ColorValueSchema,
  DirectionSchema,
  JustificationSchema,
  LengthSchema,
  SpacingValueSchema,
  blockShape,
  identityShape,
} from "./shared";

const boxBaseShape = {
  ...identityShape,
  align: z.optional(AlignmentSchema),
  justify: z.optional(JustificationSchema),
  wrap: z.optional(z.enum(["nowrap", "wrap", "wrap-reverse"])),
  flex: z.optional(LengthSchema),
  gap: z.optional(LengthSchema),
  padding: z.optional(SpacingValueSchema),
  border: z.optional(BorderValueSchema),
  background: z.optional(ColorValueSchema),
  ...blockShape,
};

const boxProps = z.object({
  type: z.literal("Box"),
  ...boxBaseShape,
  direction: z.optional(DirectionSchema),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type BoxNode = z.infer<typeof boxProps> & { children?: WidgetComponent[] };
export const BoxSchema: z.ZodMiniType<BoxNode> = z.extend(boxProps, {
  get children() {
    return z.optional(z.array(WidgetComponentSchema));
  },
});

const rowProps = z.object({
  type: z.literal("Row"),
  ...boxBaseShape,
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type RowNode = z.infer<typeof rowProps> & { children?: WidgetComponent[] };
export const RowSchema: z.ZodMiniType<RowNode> = z.extend(rowProps, {
  get children() {
    return z.optional(z.array(WidgetComponentSchema));
  },
});

const colProps = z.object({
  type: z.literal("Col"),
  ...boxBaseShape,
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type ColNode = z.infer<typeof colProps> & { children?: WidgetComponent[] };
export const ColSchema: z.ZodMiniType<ColNode> = z.extend(colProps, {
  get children() {
    return z.optional(z.array(WidgetComponentSchema));
  },
});

const formProps = z.object({
  type: z.literal("Form"),
  ...boxBaseShape,
  onSubmitAction: z.optional(ActionConfigSchema),
  direction: z.optional(DirectionSchema),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type FormNode = z.infer<typeof formProps> & { children?: WidgetComponent[] };
export const FormSchema: z.ZodMiniType<FormNode> = z.extend(formProps, {
  get children() {
    return z.optional(z.array(WidgetComponentSchema));
  },
});

export const SpacerSchema = z.object({
  type: z.literal("Spacer"),
  ...identityShape,
  minSize: z.optional(LengthSchema),
});

export const DividerSchema = z.object({
  type: z.literal("Divider"),
  ...identityShape,
  color: z.optional(ColorValueSchema),
  size: z.optional(LengthSchema),
  spacing: z.optional(LengthSchema),
  flush: z.optional(z.boolean()),
});

// A single child, not an array. Optional: chatkit-python allows `children: None`.
const transitionProps = z.object({
  type: z.literal("Transition"),
  ...identityShape,
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type TransitionNode = z.infer<typeof transitionProps> & { children?: WidgetComponent };
export const TransitionSchema: z.ZodMiniType<TransitionNode> = z.extend(transitionProps, {
  get children() {
    return z.optional(WidgetComponentSchema);
  },
});

export type SpacerNode = z.infer<typeof SpacerSchema>;
export type DividerNode = z.infer<typeof DividerSchema>;
