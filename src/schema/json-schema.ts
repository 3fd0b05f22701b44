// JSON Schema (draft 2020-12) of a widget root, generated from the zod schemas. Kept out of index.ts so
// the browser bundle never carries the generator; `npm run schema` writes widget-root.schema.json.
// "./roots" first: the family modules read its unions lazily and it must be evaluated before them.
import {
  BasicSchema,
  CardSchema,
  ListViewItemSchema,
  ListViewSchema,
  WidgetComponentSchema,
  WidgetRootSchema,
} from "./roots";
import * as z from "zod/mini";
import { ActionConfigSchema, CardActionSchema } from "./action";
import { ICON_NAMES } from "../tokens/generated/tokens";
import { ChartSchema, SeriesSchema } from "./chart";
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
import {
  BorderSchema,
  BordersSchema,
  IconNameSchema,
  SpacingSchema,
  ThemeColorSchema,
  WidgetStatusSchema,
} from "./shared";
import { TableCellSchema, TableRowSchema, TableSchema } from "./table";
import { CaptionSchema, LabelSchema, MarkdownSchema, TextSchema, TitleSchema } from "./text";

/** Named definitions (`$defs`) so the document stays readable and recursion becomes `$ref`s. */
const DEFINITIONS: Array<[z.core.$ZodType, string, string?]> = [
  [WidgetComponentSchema, "WidgetComponent", "Any node that can appear in `children` (not roots, not ListViewItem)."],
  [CardSchema, "Card", "A bounded container; the usual root."],
  [ListViewSchema, "ListView", "A list of ListViewItem rows with an optional 'Show more' limit."],
  [ListViewItemSchema, "ListViewItem", "A row of a ListView; only valid as its direct child."],
  [BasicSchema, "Basic", "A bare root without card chrome; may nest roots."],
  [BoxSchema, "Box"],
  [RowSchema, "Row"],
  [ColSchema, "Col"],
  [FormSchema, "Form"],
  [SpacerSchema, "Spacer"],
  [DividerSchema, "Divider"],
  [TransitionSchema, "Transition"],
  [TitleSchema, "Title"],
  [CaptionSchema, "Caption"],
  [TextSchema, "Text"],
  [MarkdownSchema, "Markdown"],
  [LabelSchema, "Label"],
  [BadgeSchema, "Badge"],
  [IconSchema, "Icon"],
  [ImageSchema, "Image"],
  [ButtonSchema, "Button"],
  [TableSchema, "Table"],
  [TableRowSchema, "Table.Row"],
  [TableCellSchema, "Table.Cell"],
  [InputSchema, "Input"],
  [TextareaSchema, "Textarea"],
  [SelectSchema, "Select"],
  [DatePickerSchema, "DatePicker"],
  [CheckboxSchema, "Checkbox"],
  [RadioGroupSchema, "RadioGroup"],
  [ChartSchema, "Chart"],
  [SeriesSchema, "ChartSeries"],
  [ActionConfigSchema, "ActionConfig", "handler defaults to \"server\", loadingBehavior to \"auto\", streaming to true."],
  [CardActionSchema, "CardAction"],
  [ThemeColorSchema, "ThemeColor"],
  [SpacingSchema, "Spacing", "Numbers are spacing units (4px each); strings are CSS lengths."],
  [BorderSchema, "Border"],
  [BordersSchema, "Borders"],
  [WidgetStatusSchema, "WidgetStatus"],
  [IconNameSchema, "IconName"],
];

export const WIDGET_ROOT_SCHEMA_ID = "https://chat-widgets.dev/schema/widget-root.schema.json";

/**
 * The JSON Schema document for a widget root (Card | ListView | Basic). It describes what to produce,
 * so it is stricter than the parser: no unknown props (`additionalProperties: false`) and icon names
 * limited to the known set or `lucide:<name>`.
 */
export function buildWidgetRootJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; description?: string }>();
  for (const [schema, id, description] of DEFINITIONS) {
    metadata.add(schema, description ? { id: id.replace(".", ""), description } : { id: id.replace(".", "") });
  }
  const document = z.toJSONSchema(WidgetRootSchema, {
    target: "draft-2020-12",
    metadata,
    io: "output",
    cycles: "ref",
    reused: "inline",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === IconNameSchema) {
        const target = jsonSchema as Record<string, unknown>;
        delete target.type;
        target.anyOf = [{ enum: [...ICON_NAMES] }, { type: "string", pattern: "^lucide:[a-z0-9-]+$" }];
      }
      if (zodSchema === ButtonSchema) {
        // The parser's rule: a label, or an icon for an icon-only button (a button with neither shows nothing).
        (jsonSchema as Record<string, unknown>).anyOf = [{ required: ["label"] }, { required: ["iconStart"] }, { required: ["iconEnd"] }];
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = document;
  return {
    $schema,
    $id: WIDGET_ROOT_SCHEMA_ID,
    title: "Widget root",
    description: "A ChatKit-style widget tree: a Card, ListView or Basic root. Props are camelCase; null means absent.",
    ...rest,
  };
}

export function widgetRootJsonSchemaText(): string {
  return `${JSON.stringify(buildWidgetRootJsonSchema(), null, 2)}\n`;
}
