// parseWidget: a lenient, never-throwing walk over widget JSON.
//
// Why a walker and not `WidgetRootSchema.safeParse`: leniency is per prop (a bad optional value is dropped
// with a warning, the node still renders) and per subtree (an invalid child becomes an InvalidNode, its
// siblings survive), which one zod parse cannot express. The walker runs on specs generated from the zod
// schemas (generated/specs.ts, generated/specs-on-demand.ts), compiled once at module load into predicates
// (nodeSpecs.ts), so the browser
// path needs no zod at all. No schema is built per node; no exception is thrown. The renderer loads this walker
// only for a widget that `cleanWidget` (clean.ts) does not accept as it is.
import type * as z from "zod/mini";
import type { ActionConfig } from "./action";
import { measureWidget, type WidgetLimits } from "./limits";
import {
  describeValue,
  formatZodIssue,
  joinPath,
  joinPathSegments,
  kindOf,
  summarizeIssues,
  type IssueSeverity,
  type WidgetIssue,
} from "./issues";
import { INVALID_NODE_TYPE, type InvalidNode } from "./invalidNode";
import { ON_DEMAND_NODES, WIDGET_NODE_TYPES as NODE_TYPE_NAMES } from "./generated/specs-on-demand";
import { DEFAULT_MAX_DEPTH, NODE_SPECS, addNodeSpecs, compiler, isEmptyButton, objectSpec, placementOf, type FieldSpec, type NodeSpec, type ObjectSpec } from "./nodeSpecs";
import { SPEC_DATA } from "./generated/specs";
import type { WidgetComponent, WidgetNode, WidgetNodeType, WidgetRoot } from "./roots";
import { missingRequiredNote } from "./required";
import { UNREPAIRABLE, clean, dropNulls, explain, iconNameProblem, repair, unreadableLengths, type RepairNote } from "./repair";
import { isPlainObject, type Category, type Slot, type ValueSpec } from "./spec";

type AnySchema = z.core.$ZodType;

export { INVALID_NODE_TYPE, isInvalidNode, type InvalidNode } from "./invalidNode";

/** Every built-in node `type`: roots, ListViewItem, then components (the order of WIDGET-SPEC). */
export const WIDGET_NODE_TYPES: readonly WidgetNodeType[] = NODE_TYPE_NAMES;

// The walker knows every built-in type: the specs the renderer leaves to load on demand are added with it.
addNodeSpecs(ON_DEMAND_NODES);
const ACTION_SPEC = objectSpec("action", SPEC_DATA.action);
const CARD_ACTION_SPEC = objectSpec("card action", SPEC_DATA.cardAction);

export interface ParseWidgetOptions {
  /** Turn every warning into an error (CI, the CLI). */
  strict?: boolean;
  /**
   * Extra node types, by `type`. The schema validates the node without its `children`; children (an
   * array of nodes or one node) are walked like any component's. Built-in types cannot be replaced.
   */
  customNodes?: Readonly<Record<string, AnySchema>>;
  /** Deepest nesting of components accepted (default 256); deeper subtrees are errors, never a stack overflow. */
  maxDepth?: number;
  /**
   * Whole-widget limits (defaults `WIDGET_LIMITS`: 20,000 components, 1,000 JSON levels, 2,000,000 characters).
   * Beyond one, the result is an error at the root naming the limit and nothing below is walked.
   */
  limits?: Partial<WidgetLimits>;
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
// The walk.

interface Context {
  issues: WidgetIssue[];
  errorCount: number;
  strict: boolean;
  custom: Map<string, AnySchema> | null;
  maxDepth: number;
  limits: Partial<WidgetLimits>;
}

function report(ctx: Context, path: string, message: string, severity: IssueSeverity): void {
  const level: IssueSeverity = ctx.strict ? "error" : severity;
  ctx.issues.push({ path, message, severity: level });
  if (level === "error") ctx.errorCount++;
}

/** Returned by checkValue for a value that failed (and was reported). */
const REJECTED: unique symbol = Symbol("rejected");

/** Validates one value against its field spec; on failure reports why, at the exact path. */
function checkValue(field: FieldSpec, value: unknown, base: string, ctx: Context, severity: IssueSeverity): unknown {
  if (field.check(value)) return value;
  const cleaned = dropNulls(value);
  if (cleaned !== value && field.check(cleaned)) return cleaned;
  const problem = explain(compiler, field.spec, cleaned);
  // Valid apart from unknown keys in a lenient object: keep the known part, as zod would.
  if (!problem) return clean(compiler, field.spec, cleaned);
  // A value whose intent is plain (3 for "3", "true" for true) is read that way; a bad list item is dropped.
  const notes: RepairNote[] = [];
  const repaired = repair(compiler, field.spec, cleaned, notes);
  if (repaired !== UNREPAIRABLE) {
    for (const note of notes) report(ctx, joinPathSegments(joinPath(base, field.key), note.segments), note.message, "warning");
    return repaired;
  }
  report(ctx, joinPathSegments(joinPath(base, field.key), problem.segments), problem.message, severity);
  return REJECTED;
}

/**
 * The value a missing (or unusable) required prop is drawn with, so the parsed node keeps its type: `""`
 * for text (and names), `[]` for lists, `{}` for records. Undefined for shapes without an empty value.
 */
function emptyValueOf(spec: ValueSpec): unknown {
  const resolved = compiler.resolve(spec);
  if (resolved === "string" || resolved === "icon") return "";
  if (typeof resolved === "object" && "array" in resolved) return [];
  if (typeof resolved === "object" && "record" in resolved) return {};
  return undefined;
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
  hasChildren = false,
): boolean {
  let complete = true;
  for (const key in raw) {
    if (skipType && (key === "type" || (key === "children" && hasChildren))) continue;
    const value = raw[key];
    if (value === null || value === undefined) continue; // null reads as absent
    const field = spec.fields.get(key);
    if (!field) {
      if (key === "__proto__") {
        report(ctx, joinPath(path, key), `Dropped "__proto__" on ${spec.label}`, "warning");
      } else {
        out[key] = value;
        report(ctx, joinPath(path, key), `Unknown prop "${key}" on ${spec.label} (kept, ignored by the renderer)`, "warning");
      }
      continue;
    }
    const severity = field.required ? requiredSeverity : "warning";
    switch (field.kind) {
      case "value": {
        const result = checkValue(field, value, path, ctx, severity);
        if (result !== REJECTED) out[key] = result;
        else if (field.required) complete = fillRequired(field, spec, out) && complete;
        // A status line's icon is an icon name like Icon.name: the same check, the same warning.
        if (key === "status" && result !== REJECTED && isPlainObject(result) && typeof result.icon === "string") {
          const problem = iconNameProblem(result.icon);
          if (problem) report(ctx, joinPath(joinPath(path, key), "icon"), problem, "warning");
        }
        break;
      }
      case "icon": {
        if (typeof value !== "string") {
          report(ctx, joinPath(path, key), `Expected string, received ${kindOf(value)}`, severity);
          if (field.required) complete = fillRequired(field, spec, out) && complete;
          break;
        }
        out[key] = value;
        const problem = iconNameProblem(value);
        if (problem) report(ctx, joinPath(path, key), problem, "warning");
        break;
      }
      case "action": {
        const action = parseAction(value, path, key, ctx);
        if (action) out[key] = action;
        else if (field.required) complete = false;
        break;
      }
      case "cardAction": {
        const cardAction = parseNested(value, CARD_ACTION_SPEC, path, key, ctx);
        if (cardAction) out[key] = cardAction;
        else if (field.required) complete = false;
        break;
      }
    }
  }
  for (const field of spec.required) {
    if (raw[field.key] === null || raw[field.key] === undefined) {
      const note = spec.type ? missingRequiredNote(spec.type, field.key) : undefined;
      report(ctx, joinPath(path, field.key), note ? `Required (${note})` : "Required", requiredSeverity);
      complete = fillRequired(field, spec, out) && complete;
    }
  }
  return complete;
}

/**
 * A node's required prop that is missing or unusable is drawn with its empty value (docs/schema.md:
 * "Required props"); returns whether the object is still complete (false for actions and card actions,
 * which are dropped instead).
 */
function fillRequired(field: FieldSpec, spec: ObjectSpec, out: Record<string, unknown>): boolean {
  if (!spec.type) return false;
  const empty = emptyValueOf(field.spec);
  if (empty === undefined) return false;
  out[field.key] = empty;
  return true;
}

/** A lenient nested object (action, card action): any problem inside is a warning and drops it. */
function parseNested(value: unknown, spec: ObjectSpec, base: string, key: string, ctx: Context) {
  if (spec.check(value)) return value as Record<string, unknown>;
  if (!isPlainObject(value)) {
    report(ctx, joinPath(base, key), `Expected ${spec.label} object, received ${describeValue(value)}`, "warning");
    return undefined;
  }
  const out: Record<string, unknown> = {};
  return parseFields(value, spec, joinPath(base, key), ctx, out, "warning", false) ? out : undefined;
}

function parseAction(value: unknown, base: string, key: string, ctx: Context): ActionConfig | undefined {
  return parseNested(value, ACTION_SPEC, base, key, ctx) as ActionConfig | undefined;
}

function placementMessage(slot: Slot, category: Category, type: string): string {
  const received = JSON.stringify(type);
  switch (slot) {
    case "root":
      return `Expected a root node ("Card" | "ListView" | "Basic"), received ${received}`;
    case "listViewItem":
      return `ListView children should be "ListViewItem", received ${received} (drawn as a row of its own)`;
    case "tableRow":
      return `Table children must be "Table.Row", received ${received}`;
    case "tableCell":
      return `Table.Row children must be "Table.Cell", received ${received}`;
    default:
      if (category === "listViewItem") return `"ListViewItem" belongs directly in a ListView (drawn as a row here)`;
      return `${received} is a root node nested in a component (drawn as a nested ${type === "ListView" ? "list" : type === "Card" ? "card" : "group"})`;
  }
}

type ParsedNode = WidgetNode | InvalidNode | Record<string, unknown>;

function childrenPathOf(path: string): string {
  return path === "" ? "children" : `${path}.children`;
}

/** The InvalidNode for `raw`, carrying the issues reported since `issuesBefore` (its own). */
function invalidNode(path: string, ctx: Context, issuesBefore: number, raw: unknown, issuesEnd = ctx.issues.length): InvalidNode {
  return { type: INVALID_NODE_TYPE, path, issues: ctx.issues.slice(issuesBefore, issuesEnd), raw };
}

function parseNodeAt(raw: unknown, path: string, ctx: Context, slot: Slot, depth: number): ParsedNode {
  const issuesBefore = ctx.issues.length;
  const errorsBefore = ctx.errorCount;

  if (depth > ctx.maxDepth) {
    report(ctx, path, `Nested deeper than ${ctx.maxDepth} levels`, "error");
    return invalidNode(path, ctx, issuesBefore, raw);
  }
  if (!isPlainObject(raw)) {
    report(ctx, path, `Expected a widget node (an object with "type"), received ${describeValue(raw)}`, "error");
    return invalidNode(path, ctx, issuesBefore, raw);
  }
  const type = raw.type;
  if (typeof type !== "string") {
    report(ctx, joinPath(path, "type"), type == null ? "Required" : `Expected string, received ${kindOf(type)}`, "error");
    return invalidNode(path, ctx, issuesBefore, raw);
  }
  const spec = NODE_SPECS.get(type);
  if (!spec) {
    const custom = ctx.custom?.get(type);
    if (custom && slot !== "root" && slot !== "listViewItem" && slot !== "tableRow" && slot !== "tableCell") {
      return parseCustomNode(raw, custom, path, ctx, depth, issuesBefore, errorsBefore);
    }
    report(ctx, joinPath(path, "type"), `Unknown component type ${JSON.stringify(type)}`, "error");
    return invalidNode(path, ctx, issuesBefore, raw);
  }
  const placement = placementOf(slot, spec.category, type);
  if (placement === "refused") {
    report(ctx, path, placementMessage(slot, spec.category, type), "error");
    return invalidNode(path, ctx, issuesBefore, raw);
  }
  if (placement === "lenient") report(ctx, path, placementMessage(slot, spec.category, type), "warning");

  const out: Record<string, unknown> = { type };
  // A missing required prop does not stop drawing: warned, drawn with its empty value (see required.ts).
  parseFields(raw, spec, path, ctx, out, "warning", true, spec.children !== null);
  warnUnreadableLengths(spec, out, path, ctx);
  if (isEmptyButton(type, out)) {
    // An icon-only button omits the label; a button with neither is drawn empty.
    report(ctx, joinPath(path, "label"), `Required, or iconStart/iconEnd for an icon-only button (${missingRequiredNote("Button", "label")})`, "warning");
  }

  const children = spec.children;
  let rawChildren: unknown = null;
  if (children) {
    rawChildren = raw.children;
    const childrenPath = childrenPathOf(path);
    if (rawChildren === null || rawChildren === undefined) {
      if (children.required) {
        report(ctx, childrenPath, `Required (${missingRequiredNote(type, "children")})`, "warning");
        out.children = [];
      }
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
  const walked = shapeOk ? walkChildren(rawChildren, children.many, childrenPathOf(path), ctx, children.slot, depth) : undefined;
  if (!valid) return invalidNode(path, ctx, issuesBefore, raw, ownIssues);
  if (walked !== undefined) out.children = walked;
  return out as WidgetNode;
}

/**
 * Length props (gap, padding, margin, sizes, Divider spacing) whose string is not a CSS length (`gap: "md"`)
 * are kept as written and warned about: the renderer applies the component's default for them
 * (`src/schema/lengths.ts`). Numeric strings (`"4"`) are read as numbers, also with a warning.
 */
function warnUnreadableLengths(spec: NodeSpec, out: Record<string, unknown>, path: string, ctx: Context): void {
  for (const { segments, problem } of unreadableLengths(spec, out)) report(ctx, joinPathSegments(path, segments), problem, "warning");
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

/**
 * Runs an app's zod schema through its own `_zod.run` (what `safeParse` does inside), so the parser
 * imports nothing from zod: the app's schema already carries the code it needs.
 */
function runSchema(schema: AnySchema, value: unknown): { value: unknown; issues: z.core.$ZodRawIssue[] } {
  const payload = schema._zod.run({ value, issues: [] }, { reportInput: true });
  if (payload instanceof Promise) {
    return { value, issues: [{ code: "custom", path: [], message: "Async schemas are not supported", input: value }] };
  }
  return payload;
}

function parseCustomNode(
  raw: Record<string, unknown>,
  schema: AnySchema,
  path: string,
  ctx: Context,
  depth: number,
  issuesBefore: number,
  errorsBefore: number,
): ParsedNode {
  const { children: rawChildren, ...props } = raw;
  let result: { value: unknown; issues: z.core.$ZodRawIssue[] };
  try {
    // An app's schema may contain refinements that throw; that must not escape parseWidget.
    result = runSchema(schema, props);
  } catch (error) {
    report(ctx, path, `Custom node schema for ${JSON.stringify(raw.type)} threw: ${String(error)}`, "error");
    return invalidNode(path, ctx, issuesBefore, raw);
  }
  for (const issue of result.issues) {
    const formatted = formatZodIssue(issue as z.core.$ZodIssue);
    report(ctx, joinPathSegments(path, formatted.segments), formatted.message, "error");
  }
  const childrenPath = childrenPathOf(path);
  if (rawChildren !== null && rawChildren !== undefined && !Array.isArray(rawChildren) && !isPlainObject(rawChildren)) {
    report(ctx, childrenPath, `Expected array or one widget node, received ${kindOf(rawChildren)}`, "error");
  }
  if (ctx.errorCount > errorsBefore || result.issues.length > 0) return invalidNode(path, ctx, issuesBefore, raw);
  const out: Record<string, unknown> = isPlainObject(result.value) ? { ...result.value, type: raw.type } : { type: raw.type };
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
    // Clamped: the walk recurses once per level, and the whole-widget nesting limit bounds it anyway.
    maxDepth: Math.min(options?.maxDepth ?? DEFAULT_MAX_DEPTH, 2_000),
    limits: options?.limits ?? {},
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
    // Measured before the walk: nothing recursive ever sees a widget beyond the limits.
    const { exceeded } = measureWidget(value, ctx.limits);
    if (exceeded) {
      report(ctx, "", `${exceeded.message} (limit ${exceeded.limit})`, "error");
      // `raw` is left out: the oversized input is what nothing downstream should walk again.
      return { type: "$invalid", path: "", issues: ctx.issues.slice(), raw: undefined };
    }
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
