// parseWidget: a lenient, never-throwing walk over widget JSON.
//
// Why a walker and not `WidgetRootSchema.safeParse`: leniency is per prop (a bad optional value is dropped
// with a warning, the node still renders) and per subtree (an invalid child becomes an InvalidNode, its
// siblings survive), which one zod parse cannot express. The walker is driven entirely by the zod
// schemas: node specs, required keys and value predicates are derived from them once at module load,
// and zod runs only to explain a value that failed. No schema is built per node; no exception is thrown.
// "./roots" first: the family modules read its unions lazily and it must be evaluated before them.
import {
  BasicSchema,
  CardSchema,
  ListViewItemSchema,
  ListViewSchema,
  WidgetComponentSchema,
  WidgetRootSchema,
  type WidgetComponent,
  type WidgetNode,
  type WidgetNodeType,
  type WidgetRoot,
} from "./roots";
import * as z from "zod/mini";
import { ActionConfigSchema, CardActionSchema, type ActionConfig } from "./action";
import { ChartSchema } from "./chart";
import { compileCheck, defOf, dropNulls, isPlainObject, unwrapOptional, type FastCheck } from "./compile";
import { BadgeSchema, ButtonSchema, IconSchema, ImageSchema } from "./content";
import {
  CheckboxSchema,
  DatePickerSchema,
  InputSchema,
  RadioGroupSchema,
  SelectSchema,
  TextareaSchema,
} from "./controls";
import { iconNameProblem } from "./icons";
import {
  describeValue,
  formatZodIssue,
  joinPath,
  joinPathSegments,
  kindOf,
  summarizeIssues,
  unionIssue,
  type IssueSeverity,
  type WidgetIssue,
} from "./issues";
import { BoxSchema, ColSchema, DividerSchema, FormSchema, RowSchema, SpacerSchema, TransitionSchema } from "./layout";
import { IconNameSchema } from "./shared";
import { TableCellSchema, TableRowSchema, TableSchema } from "./table";
import { CaptionSchema, LabelSchema, MarkdownSchema, TextSchema, TitleSchema } from "./text";

type AnySchema = z.core.$ZodType;

/** Where an invalid subtree was; the renderer shows an error card in its place. */
export interface InvalidNode {
  type: "$invalid";
  /** JSON path of the node, `""` for the root. */
  path: string;
  /** The node's own issues (not those of its descendants). */
  issues: WidgetIssue[];
  /** The node as it was received. */
  raw: unknown;
}

export const INVALID_NODE_TYPE = "$invalid";

export function isInvalidNode(value: unknown): value is InvalidNode {
  return isPlainObject(value) && value.type === INVALID_NODE_TYPE;
}

export interface ParseWidgetOptions {
  /** Turn every warning into an error (CI, the CLI). */
  strict?: boolean;
  /**
   * Extra node types, by `type`. The schema validates the node without its `children`; children (an
   * array of nodes or one node) are walked like any component's. Built-in types cannot be replaced.
   */
  customNodes?: Readonly<Record<string, AnySchema>>;
  /** Deepest nesting accepted (default 256); deeper subtrees are errors, never a stack overflow. */
  maxDepth?: number;
}

export type ParseWidgetResult =
  | { ok: true; widget: WidgetRoot; warnings: WidgetIssue[] }
  | {
      ok: false;
      /** Errors (in strict mode, warnings too). */
      issues: WidgetIssue[];
      warnings: WidgetIssue[];
      /** One line: `2 errors: children[2].onClickAction.type: Required; …`. */
      summary: string;
      /**
       * The tree with every invalid subtree replaced by an `InvalidNode` (`isInvalidNode`), so the valid
       * rest can render. An `InvalidNode` itself when the root cannot be used.
       */
      partial: WidgetRoot | InvalidNode;
    };

// ---------------------------------------------------------------------------------------------------
// Specs derived from the schemas (built once).

type FieldKind = "value" | "icon" | "action" | "cardAction" | "children";

interface FieldSpec {
  key: string;
  kind: FieldKind;
  /** The schema without its `optional` wrapper. */
  schema: AnySchema;
  required: boolean;
  check: FastCheck | null;
}

interface ObjectSpec {
  /** Used in messages: the node type, or "action". */
  label: string;
  fields: Map<string, FieldSpec>;
  required: FieldSpec[];
  check: FastCheck | null;
}

/** Which node types a `children` slot accepts. */
type Slot = "root" | "component" | "componentOrRoot" | "listViewItem" | "tableRow" | "tableCell";
type Category = "root" | "listViewItem" | "component";

interface ChildrenSpec {
  many: boolean;
  required: boolean;
  slot: Slot;
}

interface NodeSpec extends ObjectSpec {
  type: string;
  category: Category;
  children: ChildrenSpec | null;
}

function fieldKind(key: string, schema: AnySchema): FieldKind {
  if (key === "children") return "children";
  if (schema === IconNameSchema) return "icon";
  if (schema === ActionConfigSchema) return "action";
  if (schema === CardActionSchema) return "cardAction";
  return "value";
}

function objectSpec(label: string, schema: AnySchema, skip: readonly string[] = []): ObjectSpec {
  const shape = defOf(schema).shape ?? {};
  const fields = new Map<string, FieldSpec>();
  const required: FieldSpec[] = [];
  for (const key of Object.keys(shape)) {
    if (skip.includes(key)) continue;
    const { inner, optional } = unwrapOptional(shape[key]!);
    const kind = fieldKind(key, inner);
    const field: FieldSpec = { key, kind, schema: inner, required: !optional, check: compileCheck(inner) };
    fields.set(key, field);
    if (!optional && kind !== "children") required.push(field);
  }
  return { label, fields, required, check: compileCheck(schema) };
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

function nodeSpec(schema: AnySchema, category: Category): NodeSpec {
  const shape = defOf(schema).shape!;
  const type = defOf(shape.type!).values![0] as string;
  const base = objectSpec(type, schema, ["type"]);
  let children: ChildrenSpec | null = null;
  if (shape.children) {
    const { inner, optional } = unwrapOptional(shape.children);
    children = { ...childrenSlot(inner), required: !optional };
  }
  return { ...base, type, category, children };
}

const ROOT_SCHEMAS = [CardSchema, ListViewSchema, BasicSchema] as const;
const COMPONENT_SCHEMAS = [
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
] as const;

const NODE_SPECS = new Map<string, NodeSpec>();
for (const schema of ROOT_SCHEMAS) NODE_SPECS.set(nodeSpec(schema, "root").type, nodeSpec(schema, "root"));
NODE_SPECS.set("ListViewItem", nodeSpec(ListViewItemSchema, "listViewItem"));
for (const schema of COMPONENT_SCHEMAS) {
  const spec = nodeSpec(schema, "component");
  NODE_SPECS.set(spec.type, spec);
}

/** Every built-in node `type`, roots first. */
export const WIDGET_NODE_TYPES = [...NODE_SPECS.keys()] as readonly WidgetNodeType[];

const ACTION_SPEC = objectSpec("action", ActionConfigSchema);
const CARD_ACTION_SPEC = objectSpec("card action", CardActionSchema);

// ---------------------------------------------------------------------------------------------------
// The walk.

const DEFAULT_MAX_DEPTH = 256;

interface Context {
  issues: WidgetIssue[];
  errorCount: number;
  strict: boolean;
  custom: Map<string, AnySchema> | null;
  maxDepth: number;
}

function report(ctx: Context, path: string, message: string, severity: IssueSeverity): void {
  const level: IssueSeverity = ctx.strict ? "error" : severity;
  ctx.issues.push({ path, message, severity: level });
  if (level === "error") ctx.errorCount++;
}

function issuesOf(schema: AnySchema, value: unknown) {
  const result = z.safeParse(schema, value, { reportInput: true });
  return result.success ? [] : result.error.issues;
}

/** Validates one value against its field schema; on failure reports the first zod issue. */
function checkValue(field: FieldSpec, value: unknown, path: () => string, ctx: Context, severity: IssueSeverity) {
  if (field.check?.(value)) return { ok: true as const, value };
  const cleaned = dropNulls(value);
  if (cleaned !== value && field.check?.(cleaned)) return { ok: true as const, value: cleaned };
  const result = z.safeParse(field.schema, cleaned, { reportInput: true });
  if (result.success) return { ok: true as const, value: result.data };
  // zod reports one union branch when only one got past its type check; asking every option lets the
  // message come from the closest one (`border.style: Expected one of …` rather than "Unknown keys").
  const options = defOf(field.schema).type === "union" ? defOf(field.schema).options : undefined;
  const first = options ? unionIssue(options, cleaned, issuesOf) : result.error.issues[0];
  const formatted = first ? formatZodIssue(first) : { segments: [], message: "Invalid value" };
  report(ctx, joinPathSegments(path(), formatted.segments), formatted.message, severity);
  return { ok: false as const };
}

/**
 * Copies the known, valid fields of `raw` into `out` and keeps unknown ones (with a warning).
 * Returns false when a required field is missing or invalid.
 */
function parseFields(
  raw: Record<string, unknown>,
  spec: ObjectSpec,
  path: string,
  ctx: Context,
  out: Record<string, unknown>,
  requiredSeverity: IssueSeverity,
  skipType: boolean,
): boolean {
  let complete = true;
  for (const key in raw) {
    if (skipType && key === "type") continue;
    const value = raw[key];
    if (value === null || value === undefined) continue; // null reads as absent
    const field = spec.fields.get(key);
    const fieldPath = () => joinPath(path, key); // built only when something is reported
    if (!field) {
      if (key === "__proto__") {
        report(ctx, fieldPath(), `Dropped "__proto__" on ${spec.label}`, "warning");
      } else {
        out[key] = value;
        report(ctx, fieldPath(), `Unknown prop "${key}" on ${spec.label} (kept, ignored by the renderer)`, "warning");
      }
      continue;
    }
    const severity = field.required ? requiredSeverity : "warning";
    switch (field.kind) {
      case "children":
        break; // walked by parseNodeAt
      case "value": {
        const result = checkValue(field, value, fieldPath, ctx, severity);
        if (result.ok) out[key] = result.value;
        else if (field.required) complete = false;
        break;
      }
      case "icon": {
        if (typeof value !== "string") {
          report(ctx, fieldPath(), `Expected string, received ${kindOf(value)}`, severity);
          if (field.required) complete = false;
          break;
        }
        out[key] = value;
        const problem = iconNameProblem(value);
        if (problem) report(ctx, fieldPath(), problem, "warning");
        break;
      }
      case "action": {
        const action = parseAction(value, fieldPath, ctx);
        if (action) out[key] = action;
        else if (field.required) complete = false;
        break;
      }
      case "cardAction": {
        const cardAction = parseNested(value, CARD_ACTION_SPEC, fieldPath, ctx);
        if (cardAction) out[key] = cardAction;
        else if (field.required) complete = false;
        break;
      }
    }
  }
  for (const field of spec.required) {
    if (raw[field.key] === null || raw[field.key] === undefined) {
      report(ctx, joinPath(path, field.key), "Required", requiredSeverity);
      complete = false;
    }
  }
  return complete;
}

/** A lenient nested object (action, card action): any problem inside is a warning and drops it. */
function parseNested(value: unknown, spec: ObjectSpec, path: () => string, ctx: Context) {
  if (spec.check?.(value)) return value as Record<string, unknown>;
  if (!isPlainObject(value)) {
    report(ctx, path(), `Expected ${spec.label} object, received ${describeValue(value)}`, "warning");
    return undefined;
  }
  const out: Record<string, unknown> = {};
  return parseFields(value, spec, path(), ctx, out, "warning", false) ? out : undefined;
}

function parseAction(value: unknown, path: () => string, ctx: Context): ActionConfig | undefined {
  return parseNested(value, ACTION_SPEC, path, ctx) as ActionConfig | undefined;
}

function accepts(slot: Slot, category: Category, type: string): boolean {
  switch (slot) {
    case "root":
      return category === "root";
    case "component":
      return category === "component";
    case "componentOrRoot":
      return category === "component" || category === "root";
    case "listViewItem":
      return category === "listViewItem";
    case "tableRow":
      return type === "Table.Row";
    case "tableCell":
      return type === "Table.Cell";
  }
}

function placementMessage(slot: Slot, category: Category, type: string): string {
  const received = JSON.stringify(type);
  switch (slot) {
    case "root":
      return `Expected a root node ("Card" | "ListView" | "Basic"), received ${received}`;
    case "listViewItem":
      return `ListView children must be "ListViewItem", received ${received}`;
    case "tableRow":
      return `Table children must be "Table.Row", received ${received}`;
    case "tableCell":
      return `Table.Row children must be "Table.Cell", received ${received}`;
    default:
      return category === "listViewItem"
        ? `"ListViewItem" is only allowed as a direct child of ListView`
        : `${received} is a root node and cannot be nested here (only Basic may contain roots)`;
  }
}

type ParsedNode = WidgetNode | InvalidNode | Record<string, unknown>;

function parseNodeAt(raw: unknown, path: string, ctx: Context, slot: Slot, depth: number): ParsedNode {
  const issuesBefore = ctx.issues.length;
  const errorsBefore = ctx.errorCount;
  const invalid = (): InvalidNode => ({ type: "$invalid", path, issues: ctx.issues.slice(issuesBefore), raw });

  if (depth > ctx.maxDepth) {
    report(ctx, path, `Nested deeper than ${ctx.maxDepth} levels`, "error");
    return invalid();
  }
  if (!isPlainObject(raw)) {
    report(ctx, path, `Expected a widget node (an object with "type"), received ${describeValue(raw)}`, "error");
    return invalid();
  }
  const type = raw.type;
  if (typeof type !== "string") {
    report(ctx, joinPath(path, "type"), type == null ? "Required" : `Expected string, received ${kindOf(type)}`, "error");
    return invalid();
  }
  const spec = NODE_SPECS.get(type);
  if (!spec) {
    const custom = ctx.custom?.get(type);
    if (custom && slot !== "root" && slot !== "listViewItem" && slot !== "tableRow" && slot !== "tableCell") {
      return parseCustomNode(raw, custom, path, ctx, depth, invalid, errorsBefore);
    }
    report(ctx, joinPath(path, "type"), `Unknown component type ${JSON.stringify(type)}`, "error");
    return invalid();
  }
  if (!accepts(slot, spec.category, type)) {
    report(ctx, path, placementMessage(slot, spec.category, type), "error");
    return invalid();
  }

  const out: Record<string, unknown> = { type };
  parseFields(raw, spec, path, ctx, out, "error", true);
  if (type === "Button" && out.label === undefined && out.iconStart === undefined && out.iconEnd === undefined) {
    // An icon-only button omits the label; a button with neither has nothing to show.
    report(ctx, joinPath(path, "label"), "Required (or iconStart/iconEnd for an icon-only button)", "error");
  }

  const children = spec.children;
  let rawChildren: unknown = null;
  if (children) {
    rawChildren = raw.children;
    const childrenPath = joinPath(path, "children");
    if (rawChildren === null || rawChildren === undefined) {
      if (children.required) report(ctx, childrenPath, "Required", "error");
    } else if (children.many && !Array.isArray(rawChildren)) {
      report(ctx, childrenPath, `Expected array, received ${kindOf(rawChildren)}`, "error");
    } else if (!children.many && !isPlainObject(rawChildren)) {
      report(ctx, childrenPath, `Expected one widget node, received ${kindOf(rawChildren)}`, "error");
    }
  }
  const ownIssues = ctx.issues.length;
  const valid = ctx.errorCount === errorsBefore;
  const shapeOk = children !== null && rawChildren !== null && rawChildren !== undefined &&
    (children.many ? Array.isArray(rawChildren) : isPlainObject(rawChildren));
  // Descendants are walked even under an invalid node, so one pass reports every problem in the tree.
  const walked = shapeOk ? walkChildren(rawChildren, children.many, joinPath(path, "children"), ctx, children.slot, depth) : undefined;
  if (!valid) return { type: "$invalid", path, issues: ctx.issues.slice(issuesBefore, ownIssues), raw };
  if (walked !== undefined) out.children = walked;
  return out as WidgetNode;
}

function walkChildren(rawChildren: unknown, many: boolean, path: string, ctx: Context, slot: Slot, depth: number) {
  if (!many) return parseNodeAt(rawChildren, path, ctx, slot, depth + 1);
  const list = rawChildren as unknown[];
  const parsed = new Array<ParsedNode>(list.length);
  for (let index = 0; index < list.length; index++) {
    parsed[index] = parseNodeAt(list[index], `${path}[${index}]`, ctx, slot, depth + 1);
  }
  return parsed;
}

function parseCustomNode(
  raw: Record<string, unknown>,
  schema: AnySchema,
  path: string,
  ctx: Context,
  depth: number,
  invalid: () => InvalidNode,
  errorsBefore: number,
): ParsedNode {
  const { children: rawChildren, ...props } = raw;
  let result: ReturnType<typeof z.safeParse>;
  try {
    // An app's schema may contain refinements that throw; that must not escape parseWidget.
    result = z.safeParse(schema, props, { reportInput: true });
  } catch (error) {
    report(ctx, path, `Custom node schema for ${JSON.stringify(raw.type)} threw: ${String(error)}`, "error");
    return invalid();
  }
  if (!result.success) {
    for (const issue of result.error.issues) {
      const formatted = formatZodIssue(issue);
      report(ctx, joinPathSegments(path, formatted.segments), formatted.message, "error");
    }
  }
  const childrenPath = joinPath(path, "children");
  if (rawChildren !== null && rawChildren !== undefined && !Array.isArray(rawChildren) && !isPlainObject(rawChildren)) {
    report(ctx, childrenPath, `Expected array or one widget node, received ${kindOf(rawChildren)}`, "error");
  }
  if (ctx.errorCount > errorsBefore || !result.success) return invalid();
  const out: Record<string, unknown> = isPlainObject(result.data) ? { ...result.data, type: raw.type } : { type: raw.type };
  if (rawChildren !== null && rawChildren !== undefined) {
    out.children = walkChildren(rawChildren, Array.isArray(rawChildren), childrenPath, ctx, "component", depth);
  }
  return out;
}

function makeContext(options: ParseWidgetOptions | undefined): Context {
  let custom: Map<string, AnySchema> | null = null;
  if (options?.customNodes) {
    custom = new Map();
    for (const [type, schema] of Object.entries(options.customNodes)) {
      if (!NODE_SPECS.has(type) && schema) custom.set(type, schema);
    }
  }
  return {
    issues: [],
    errorCount: 0,
    strict: options?.strict === true,
    custom,
    maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
}

function readInput(input: unknown, ctx: Context): { value: unknown; readable: boolean } {
  if (typeof input !== "string") return { value: input, readable: true };
  // A string is taken as JSON text (a file, a request body); parse errors become one issue.
  try {
    return { value: JSON.parse(input), readable: true };
  } catch (error) {
    report(ctx, "", `Invalid JSON: ${error instanceof Error ? error.message : String(error)}`, "error");
    return { value: input, readable: false };
  }
}

function walkSafely(input: unknown, ctx: Context, slot: Slot): ParsedNode {
  try {
    const { value, readable } = readInput(input, ctx);
    if (!readable) return { type: "$invalid", path: "", issues: ctx.issues.slice(), raw: input };
    return parseNodeAt(value, "", ctx, slot, 0);
  } catch (error) {
    // Only reachable with inputs JSON cannot produce (throwing getters, proxies); never rethrown.
    report(ctx, "", `Could not read the widget: ${error instanceof Error ? error.message : String(error)}`, "error");
    return { type: "$invalid", path: "", issues: ctx.issues.slice(), raw: input };
  }
}

function split(issues: WidgetIssue[]) {
  const errors: WidgetIssue[] = [];
  const warnings: WidgetIssue[] = [];
  for (const issue of issues) (issue.severity === "error" ? errors : warnings).push(issue);
  return { errors, warnings };
}

/**
 * Validates widget JSON (an object, or JSON text) whose root is Card, ListView or Basic.
 * Never throws. See docs/schema.md for what is an error and what is a warning.
 */
export function parseWidget(input: unknown, options?: ParseWidgetOptions): ParseWidgetResult {
  const ctx = makeContext(options);
  const tree = walkSafely(input, ctx, "root");
  const { errors, warnings } = split(ctx.issues);
  if (errors.length === 0) return { ok: true, widget: tree as WidgetRoot, warnings };
  return {
    ok: false,
    issues: errors,
    warnings,
    summary: summarizeIssues(errors, warnings.length),
    partial: tree as WidgetRoot | InvalidNode,
  };
}

export interface ParseNodeResult {
  /** The component, or an InvalidNode when it cannot be used; descendants may be InvalidNodes. */
  node: WidgetComponent | InvalidNode;
  errors: WidgetIssue[];
  warnings: WidgetIssue[];
}

/**
 * Validates one component (not a root), e.g. a node replaced by a streamed update. Paths are relative
 * to the node. Custom node types are accepted like in parseWidget.
 */
export function parseNode(input: unknown, options?: ParseWidgetOptions): ParseNodeResult {
  const ctx = makeContext(options);
  const node = walkSafely(input, ctx, "component") as WidgetComponent | InvalidNode;
  return { node, ...split(ctx.issues) };
}
