// Build time: turns the zod schemas into the plain specs the parser runs on (generated/specs.ts and
// generated/specs-on-demand.ts).
// `npm run schema` writes the file; a test fails when it is stale. Not imported by the parser.
// "./roots" first: the family modules read its unions lazily and it must be evaluated before them.
import {
  BasicSchema,
  CardSchema,
  ListViewItemSchema,
  ListViewSchema,
  WidgetComponentSchema,
  WidgetRootSchema,
} from "./roots";
import type * as z from "zod/mini";
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
import { IconNameSchema } from "./shared";
import type { Category, NodeSpecData, ObjectSpecData, Slot, SpecData, ValueSpec } from "./spec";
import { TableCellSchema, TableRowSchema, TableSchema } from "./table";
import { CaptionSchema, LabelSchema, MarkdownSchema, TextSchema, TitleSchema } from "./text";

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  checks?: unknown[];
  innerType?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  keyType?: AnySchema;
  valueType?: AnySchema;
  catchall?: AnySchema;
}

export function defOf(schema: AnySchema): Def {
  return schema._zod.def as unknown as Def;
}

/** `z.optional(x)` → `x`, and whether it was optional. */
export function unwrapOptional(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (defOf(inner).type === "optional") {
    optional = true;
    inner = defOf(inner).innerType!;
  }
  return { inner, optional };
}

/** The spec of one zod schema; throws on zod features the parser does not implement. */
export function valueSpecOf(schema: AnySchema): ValueSpec {
  const { inner } = unwrapOptional(schema);
  if (inner === IconNameSchema) return "icon";
  if (inner === ActionConfigSchema) return "action";
  if (inner === CardActionSchema) return "cardAction";
  const def = defOf(inner);
  if (def.checks && def.checks.length > 0) throw new Error(`Checks are not supported in widget schemas (${def.type})`);
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
      return def.type;
    case "unknown":
    case "any":
      return "unknown";
    case "literal":
      return { enum: [...(def.values ?? [])] };
    case "enum":
      return { enum: Object.values(def.entries ?? {}) };
    case "union":
      return { anyOf: (def.options ?? []).map(valueSpecOf) };
    case "array":
      return { array: valueSpecOf(def.element!) };
    case "record":
      if (defOf(def.keyType!).type !== "string") throw new Error("Only string-keyed records are supported");
      return { record: valueSpecOf(def.valueType!) };
    case "object":
      return objectSpecOf(inner);
    default:
      throw new Error(`Unsupported zod type in a widget schema: ${def.type}`);
  }
}

function objectSpecOf(schema: AnySchema, skip: readonly string[] = []): ObjectSpecData {
  const def = defOf(schema);
  const object: Record<string, ValueSpec> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    if (skip.includes(key)) continue;
    object[key] = valueSpecOf(field);
    if (!unwrapOptional(field).optional) required.push(key);
  }
  const strict = def.catchall !== undefined && defOf(def.catchall).type === "never";
  return strict ? { object, required, strict } : { object, required };
}

function childrenSlot(schema: AnySchema): { many: boolean; slot: Slot } {
  const many = defOf(schema).type === "array";
  const element = many ? defOf(schema).element! : schema;
  if (element === WidgetComponentSchema) return { many, slot: "component" };
  if (element === ListViewItemSchema) return { many, slot: "listViewItem" };
  if (element === TableRowSchema) return { many, slot: "tableRow" };
  if (element === TableCellSchema) return { many, slot: "tableCell" };
  if (defOf(element).options?.includes(WidgetRootSchema)) return { many, slot: "componentOrRoot" };
  throw new Error(`Unsupported children schema (${defOf(element).type})`);
}

function nodeSpecOf(schema: AnySchema, category: Category): NodeSpecData {
  const shape = defOf(schema).shape!;
  const type = defOf(shape.type!).values![0] as string;
  const node: NodeSpecData = { type, category, props: objectSpecOf(schema, ["type", "children"]) };
  if (!shape.children) return node;
  const { inner, optional } = unwrapOptional(shape.children);
  return { ...node, children: { ...childrenSlot(inner), required: !optional } };
}

/** Roots, ListViewItem, then components: the order of `WIDGET_NODE_TYPES`. */
export const NODE_SCHEMAS: ReadonlyArray<readonly [AnySchema, Category]> = [
  [CardSchema, "root"],
  [ListViewSchema, "root"],
  [BasicSchema, "root"],
  [ListViewItemSchema, "listViewItem"],
  ...[
    BoxSchema,
    RowSchema,
    ColSchema,
    FormSchema,
    SpacerSchema,
    DividerSchema,
    TransitionSchema,
    TitleSchema,
    CaptionSchema,
    TextSchema,
    MarkdownSchema,
    LabelSchema,
    BadgeSchema,
    IconSchema,
    ImageSchema,
    ButtonSchema,
    TableSchema,
    TableRowSchema,
    TableCellSchema,
    InputSchema,
    TextareaSchema,
    SelectSchema,
    DatePickerSchema,
    CheckboxSchema,
    RadioGroupSchema,
    ChartSchema,
  ].map((schema) => [schema, "component"] as const),
];

export function buildSpecData(): SpecData {
  return {
    nodes: NODE_SCHEMAS.map(([schema, category]) => nodeSpecOf(schema, category)),
    action: objectSpecOf(ActionConfigSchema),
    cardAction: objectSpecOf(CardActionSchema),
  };
}

/**
 * Node types whose views load on demand (lists, tables, forms and their fields, labels, charts, transitions): their
 * specs load with them (generated/specs-on-demand.ts), so a widget made of the everyday components (text, layout,
 * badges, icons, images, buttons) is validated without downloading them. `test/schema/specSplit.dom.test.tsx` holds
 * this list to the renderer's registry: every type here has a lazy view there, every other type an eager one.
 */
export const ON_DEMAND_NODE_TYPES: ReadonlySet<string> = new Set([
  "ListView",
  "ListViewItem",
  "Form",
  "Transition",
  "Label",
  "Table",
  "Table.Row",
  "Table.Cell",
  "Input",
  "Textarea",
  "Select",
  "DatePicker",
  "Checkbox",
  "RadioGroup",
  "Chart",
]);

const HEADER = "// Generated by `npm run schema` from the zod schemas in src/schema. Do not edit.";

/**
 * The text of generated/specs.ts: the action specs and the specs of the node types that are not on demand. Shapes
 * the vocabulary repeats (Spacing, Border, ThemeColor, the size props …) are written once, as constants the nodes
 * refer to: the table is a third of its inline size, and the walker compiles each shared shape once (its predicates
 * are cached by object identity).
 */
export function specModuleText(): string {
  const data = buildSpecData();
  const { constants, text } = hoistShared({ ...data, nodes: data.nodes.filter((node) => !ON_DEMAND_NODE_TYPES.has(node.type)) });
  return [
    HEADER,
    'import type { SpecData } from "../spec";',
    "",
    ...constants.map((constant) => `${constant};`),
    `export const SPEC_DATA: SpecData = ${text};`,
    "",
  ].join("\n");
}

/**
 * The text of generated/specs-on-demand.ts: the specs of `ON_DEMAND_NODE_TYPES` (shared shapes hoisted as in
 * specs.ts) and every node type's name in vocabulary order (`WIDGET_NODE_TYPES`, which the walker exports).
 */
export function onDemandSpecModuleText(): string {
  const data = buildSpecData();
  const { constants, text } = hoistShared(data.nodes.filter((node) => ON_DEMAND_NODE_TYPES.has(node.type)));
  return [
    HEADER,
    'import type { NodeSpecData } from "../spec";',
    "",
    ...constants.map((constant) => `${constant};`),
    `export const ON_DEMAND_NODES: readonly NodeSpecData[] = ${text};`,
    "",
    "/** Every built-in node `type`: roots, ListViewItem, then components. */",
    `export const WIDGET_NODE_TYPES = ${JSON.stringify(data.nodes.map((node) => node.type))} as const;`,
    "",
  ].join("\n");
}

// Shapes shorter than this stay inline: a constant and its references would not be shorter.
const MIN_SHARED_LENGTH = 16;

/**
 * JSON text of `data` in which every object or array that occurs more than once (counting a repeated shape's own
 * parts once) is a reference to a `const sN = … as const` declared before its first use.
 */
export function hoistShared(data: unknown): { constants: string[]; text: string } {
  const counts = new Map<string, number>();
  const count = (value: unknown) => {
    if (value === null || typeof value !== "object") return;
    const key = JSON.stringify(value);
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    if (seen > 0) return; // its parts are written once, inside the shared constant
    for (const child of Object.values(value)) count(child);
  };
  count(data);
  const names = new Map<string, string>();
  const constants: string[] = [];
  const write = (value: unknown, top = false): string => {
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const key = JSON.stringify(value);
    const known = names.get(key);
    if (known) return known;
    const inner = Array.isArray(value)
      ? `[${value.map((child) => write(child)).join(",")}]`
      : `{${Object.entries(value).map(([name, child]) => `${JSON.stringify(name)}:${write(child)}`).join(",")}}`;
    if (top || (counts.get(key) ?? 0) < 2 || key.length < MIN_SHARED_LENGTH) return inner;
    const name = `s${constants.length}`;
    constants.push(`const ${name} = ${inner} as const`);
    names.set(key, name);
    return name;
  };
  return { constants, text: write(data, true) };
}
