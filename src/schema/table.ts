// Table, Table.Row, Table.Cell (@openai/chatkit ≥ 1.7.0).
import * as z from "zod/mini";
import { WidgetComponentSchema, type WidgetComponent } from "./roots";
import { LengthSchema, SpacingSchema, identityShape } from "./shared";

const cellAlignSchema = z.enum(["start", "center", "end"]);

const tableCellProps = z.object({
  type: z.literal("Table.Cell"),
  ...identityShape,
  width: z.optional(LengthSchema),
  padding: z.optional(SpacingSchema),
  colSpan: z.optional(z.number()),
  rowSpan: z.optional(z.number()),
  align: z.optional(cellAlignSchema),
  vAlign: z.optional(cellAlignSchema),
  colSize: z.optional(z.enum(["xs", "sm", "md", "lg", "xl"])),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type TableCellNode = z.infer<typeof tableCellProps> & { children?: WidgetComponent[] };
export const TableCellSchema: z.ZodMiniType<TableCellNode> = z.extend(tableCellProps, {
  get children() {
    return z.optional(z.array(WidgetComponentSchema));
  },
});

const tableRowProps = z.object({
  type: z.literal("Table.Row"),
  ...identityShape,
  header: z.optional(z.boolean()),
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type TableRowNode = z.infer<typeof tableRowProps> & { children?: TableCellNode[] };
export const TableRowSchema: z.ZodMiniType<TableRowNode> = z.extend(tableRowProps, {
  get children() {
    return z.optional(z.array(TableCellSchema));
  },
});

const tableProps = z.object({
  type: z.literal("Table"),
  ...identityShape,
});
/** Props inferred from the schema; `children` is the recursive link, typed once here. */
export type TableNode = z.infer<typeof tableProps> & { children?: TableRowNode[] };
export const TableSchema: z.ZodMiniType<TableNode> = z.extend(tableProps, {
  get children() {
    return z.optional(z.array(TableRowSchema));
  },
});

