// Roots (Card, ListView, Basic), ListViewItem, and the node unions the whole tree is typed with.
import * as z from "zod/mini";
import { ActionConfigSchema, CardActionSchema } from "./action";
import { ChartSchema } from "./chart";
import { BadgeSchema, ButtonSchema, IconSchema, ImageSchema } from "./content";
import {
  CheckboxSchema,
  DatePickerSchema,
  InputSchema,
  RadioGroupSchema,
  SelectSchema,
  TextareaSchema,
} from "./controls";
import { BoxSchema, ColSchema, DividerSchema, FormSchema, RowSchema, SpacerSchema, TransitionSchema } from "./layout";
import type { BoxNode, ColNode, DividerNode, FormNode, RowNode, SpacerNode, TransitionNode } from "./layout";
import { TableCellSchema, TableRowSchema, TableSchema } from "./table";
import type { TableCellNode, TableNode, TableRowNode } from "./table";
import { CaptionSchema, LabelSchema, MarkdownSchema, TextSchema, TitleSchema } from "./text";
import {
  AlignmentSchema,
  BorderValueSchema,
  ColorValueSchema,
  DirectionSchema,
  JustificationSchema,
  LengthSchema,
  SpacingValueSchema,
  ThemeSchema,
  WidgetStatusSchema,
  identityShape,
} from "./shared";

const cardProps = z.object({
  type: z.literal("Card"),
  ...identityShape,
  size: z.optional(z.enum(["sm", "md", "lg", "full"])),
  padding: z.optional(SpacingValueSchema),
  background: z.optional(ColorValueSchema),
  border: z.optional(BorderValueSchema),
  status: z.optional(WidgetStatusSchema),
  collapsed: z.optional(z.boolean()),
  asForm: z.optional(z.boolean()),
  confirm: z.optional(CardActionSchema),
  cancel: z.optional(CardActionSchema),
  theme: z.optional(ThemeSchema),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type CardNode = z.infer<typeof cardProps> & { children: WidgetComponent[] };
export const CardSchema: z.ZodMiniType<CardNode> = z.extend(cardProps, {
  get children() {
    return z.array(WidgetComponentSchema);
  },
});

// Only valid as a direct child of a ListView.
const listViewItemProps = z.object({
  type: z.literal("ListViewItem"),
  ...identityShape,
  onClickAction: z.optional(ActionConfigSchema),
  gap: z.optional(LengthSchema),
  align: z.optional(AlignmentSchema),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type ListViewItemNode = z.infer<typeof listViewItemProps> & { children: WidgetComponent[] };
export const ListViewItemSchema: z.ZodMiniType<ListViewItemNode> = z.extend(listViewItemProps, {
  get children() {
    return z.array(WidgetComponentSchema);
  },
});

const listViewProps = z.object({
  type: z.literal("ListView"),
  ...identityShape,
  limit: z.optional(z.union([z.number(), z.literal("auto")])),
  status: z.optional(WidgetStatusSchema),
  theme: z.optional(ThemeSchema),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type ListViewNode = z.infer<typeof listViewProps> & { children: ListViewItemNode[] };
export const ListViewSchema: z.ZodMiniType<ListViewNode> = z.extend(listViewProps, {
  get children() {
    return z.array(ListViewItemSchema);
  },
});

const basicProps = z.object({
  type: z.literal("Basic"),
  ...identityShape,
  direction: z.optional(DirectionSchema),
  gap: z.optional(LengthSchema),
  padding: z.optional(SpacingValueSchema),
  align: z.optional(AlignmentSchema),
  justify: z.optional(JustificationSchema),
  theme: z.optional(ThemeSchema),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type BasicNode = z.infer<typeof basicProps> & { children: (WidgetComponent | WidgetRoot)[] };
export const BasicSchema: z.ZodMiniType<BasicNode> = z.extend(basicProps, {
  get children() {
    return z.array(z.union([WidgetComponentSchema, WidgetRootSchema]));
  },
});

/** Every node that may appear in `children` of a component (everything but roots and ListViewItem). */
export type WidgetComponent =
  | z.infer<typeof TextSchema>
  | z.infer<typeof TitleSchema>
  | z.infer<typeof CaptionSchema>
  | z.infer<typeof BadgeSchema>
  | z.infer<typeof MarkdownSchema>
  | BoxNode
  | RowNode
  | ColNode
  | DividerNode
  | z.infer<typeof IconSchema>
  | z.infer<typeof ImageSchema>
  | z.infer<typeof ButtonSchema>
  | z.infer<typeof CheckboxSchema>
  | SpacerNode
  | z.infer<typeof SelectSchema>
  | z.infer<typeof DatePickerSchema>
  | FormNode
  | z.infer<typeof InputSchema>
  | z.infer<typeof LabelSchema>
  | z.infer<typeof RadioGroupSchema>
  | TableNode
  | TableRowNode
  | TableCellNode
  | z.infer<typeof TextareaSchema>
  | TransitionNode
  | z.infer<typeof ChartSchema>;
export const WidgetComponentSchema: z.ZodMiniType<WidgetComponent> = z.union([
  TextSchema,
  TitleSchema,
  CaptionSchema,
  BadgeSchema,
  MarkdownSchema,
  BoxSchema,
  RowSchema,
  ColSchema,
  DividerSchema,
  IconSchema,
  ImageSchema,
  ButtonSchema,
  CheckboxSchema,
  SpacerSchema,
  SelectSchema,
  DatePickerSchema,
  FormSchema,
  InputSchema,
  LabelSchema,
  RadioGroupSchema,
  TableSchema,
  TableRowSchema,
  TableCellSchema,
  TextareaSchema,
  TransitionSchema,
  ChartSchema,
]);

/** What a widget item carries: Card, ListView or Basic. */
export type WidgetRoot = CardNode | ListViewNode | BasicNode;
export const WidgetRootSchema: z.ZodMiniType<WidgetRoot> = z.union([CardSchema, ListViewSchema, BasicSchema]);

/** Any built-in node: roots, ListViewItem and components. */
export type WidgetNode = WidgetRoot | ListViewItemNode | WidgetComponent;
export type WidgetNodeType = WidgetNode["type"];
