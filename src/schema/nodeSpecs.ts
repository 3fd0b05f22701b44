// The built-in node specs, compiled once from the generated data into predicates. Both the full walker (parse.ts,
// which explains and repairs) and the clean-widget check (clean.ts, which only accepts) read them, so the renderer
// can accept a valid widget without loading the walker. The specs of the everyday types (generated/specs.ts) are
// here from the start; those of the types whose views load on demand (lists, tables, forms, fields, charts:
// generated/specs-on-demand.ts) are added by the walker when it loads, or by the renderer with their views.
import { SPEC_DATA } from "./generated/specs";
import { lengthKeysOf } from "./lengths";
import { SpecCompiler, isPlainObject, type Category, type Check, type NodeSpecData, type ObjectSpecData, type Slot, type ValueSpec } from "./spec";

/** Deepest nesting of components accepted by default (`ParseWidgetOptions.maxDepth`). */
export const DEFAULT_MAX_DEPTH = 256;

export type FieldKind = "value" | "icon" | "action" | "cardAction";

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  spec: ValueSpec;
  required: boolean;
  check: Check;
}

export interface ObjectSpec {
  /** Used in messages: the node type, or "action". */
  label: string;
  /** The node type, for node props (missing required props are drawn empty); unset for actions. */
  type?: string;
  fields: Map<string, FieldSpec>;
  required: FieldSpec[];
  check: Check;
}

export interface ChildrenSpec {
  many: boolean;
  required: boolean;
  slot: Slot;
}

export interface NodeSpec extends ObjectSpec {
  type: string;
  category: Category;
  /** Whether `children` is one of its props (otherwise a `children` key is an unknown prop). */
  children: ChildrenSpec | null;
  /** Props typed as lengths (`number | string`, padding/margin also `Spacing`), checked by warnUnreadableLengths. */
  lengthKeys: string[];
}

export const compiler = new SpecCompiler({ action: SPEC_DATA.action, cardAction: SPEC_DATA.cardAction });

export function objectSpec(label: string, data: ObjectSpecData): ObjectSpec {
  const fields = new Map<string, FieldSpec>();
  const required: FieldSpec[] = [];
  for (const [key, spec] of Object.entries(data.object)) {
    const kind: FieldKind = spec === "icon" || spec === "action" || spec === "cardAction" ? spec : "value";
    const field: FieldSpec = { key, kind, spec, required: data.required.includes(key), check: compiler.check(spec) };
    fields.set(key, field);
    if (field.required) required.push(field);
  }
  return { label, fields, required, check: compiler.check(data) };
}

/** The compiled specs by node `type`: the everyday types at first, every built-in type once `addNodeSpecs` added the rest. */
export const NODE_SPECS = new Map<string, NodeSpec>();

/** Compiles and adds node specs (generated data); a type already present is kept as it is. */
export function addNodeSpecs(nodes: readonly NodeSpecData[]): void {
  for (const node of nodes) {
    if (NODE_SPECS.has(node.type)) continue;
    NODE_SPECS.set(node.type, {
      ...objectSpec(node.type, node.props),
      type: node.type,
      category: node.category,
      children: node.children ? { ...node.children } : null,
      lengthKeys: lengthKeysOf(node.props),
    });
  }
}
addNodeSpecs(SPEC_DATA.nodes);


export type Placement = "ok" | "lenient" | "refused";

/**
 * Whether a `slot` takes a node of this category. "lenient": drawn where it is, with a warning (a root
 * nested in a container is drawn as a nested card or list, a ListViewItem outside a ListView as a row,
 * a component directly in a ListView as a row of its own). "refused": the node cannot be drawn there.
 */
export function placementOf(slot: Slot, category: Category, type: string): Placement {
  switch (slot) {
    case "root":
      return category === "root" ? "ok" : "refused";
    case "component":
      return category === "component" ? "ok" : "lenient";
    case "componentOrRoot":
      return category === "listViewItem" ? "lenient" : "ok";
    case "listViewItem":
      return category === "listViewItem" ? "ok" : "lenient";
    case "tableRow":
      return type === "Table.Row" ? "ok" : "refused";
    case "tableCell":
      return type === "Table.Cell" ? "ok" : "refused";
  }
}

/** One value of a length prop of a node: its path below the node, the prop, and whether the CSS shorthand is allowed. */
export interface LengthValue {
  /** `["gap"]`, or `["padding", "top"]` for a side of a `Spacing` object. */
  segments: string[];
  key: string;
  value: unknown;
  /** `padding`/`margin` as a whole take the 2–4 value shorthand. */
  list: boolean;
}

/**
 * The values of a node's length props (`spec.lengthKeys`), the sides of a `Spacing` object one by one. The walker
 * warns about those that `isReadableLength` refuses (`unreadableLengths`, repair.ts); `cleanWidget` leaves a node
 * with any of them to the walker.
 */
export function lengthValuesOf(spec: NodeSpec, node: Record<string, unknown>): LengthValue[] {
  const found: LengthValue[] = [];
  for (const key of spec.lengthKeys) {
    const value = node[key];
    if (value === undefined) continue;
    if (isPlainObject(value)) for (const side in value) found.push({ segments: [key, side], key, value: value[side], list: false });
    else found.push({ segments: [key], key, value, list: key === "padding" || key === "margin" });
  }
  return found;
}

/** A Button with neither `label` nor `iconStart`/`iconEnd` (drawn empty, with a warning). */
export const isEmptyButton = (type: string, node: Record<string, unknown>): boolean =>
  type === "Button" && node.label === undefined && node.iconStart === undefined && node.iconEnd === undefined;
