// The built-in node specs, compiled once from the generated data (generated/specs.ts) into predicates. Both
// the full walker (parse.ts, which explains and repairs) and the clean-widget check (clean.ts, which only
// accepts) read them, so the renderer can accept a valid widget without loading the walker.
import { SPEC_DATA } from "./generated/specs";
import { lengthKeysOf, lengthProblem } from "./lengths";
import type { WidgetNodeType } from "./roots";
import { SpecCompiler, isPlainObject, type Category, type Check, type ObjectSpecData, type Slot, type ValueSpec } from "./spec";

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

export const NODE_SPECS = new Map<string, NodeSpec>();
for (const node of SPEC_DATA.nodes) {
  const children = node.children ? { ...node.children } : null;
  NODE_SPECS.set(node.type, {
    ...objectSpec(node.type, node.props),
    type: node.type,
    category: node.category,
    children,
    lengthKeys: lengthKeysOf(node.props),
  });
}

/** Every built-in node `type`, roots first. */
export const WIDGET_NODE_TYPES = [...NODE_SPECS.keys()] as readonly WidgetNodeType[];

export const ACTION_SPEC = objectSpec("action", SPEC_DATA.action);
export const CARD_ACTION_SPEC = objectSpec("card action", SPEC_DATA.cardAction);

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

/**
 * The length props of a node (`spec.lengthKeys`) whose value is not a readable CSS length, each with its path below
 * the node (`["gap"]`, `["padding", "top"]`) and the warning; stops at the first when `first` is set. Both the walker
 * (which warns) and `cleanWidget` (which leaves such a node to the walker) ask this.
 */
export function unreadableLengths(spec: NodeSpec, node: Record<string, unknown>, first = false): { segments: string[]; problem: string }[] {
  const found: { segments: string[]; problem: string }[] = [];
  for (const key of spec.lengthKeys) {
    const value = node[key];
    if (value === undefined) continue;
    if (isPlainObject(value)) {
      for (const side in value) {
        const problem = lengthProblem(key, value[side]);
        if (problem) found.push({ segments: [key, side], problem });
        if (first && found.length > 0) return found;
      }
      continue;
    }
    const problem = lengthProblem(key, value, key === "padding" || key === "margin");
    if (problem) found.push({ segments: [key], problem });
    if (first && found.length > 0) return found;
  }
  return found;
}

/** A Button with neither `label` nor `iconStart`/`iconEnd` (drawn empty, with a warning). */
export const isEmptyButton = (type: string, node: Record<string, unknown>): boolean =>
  type === "Button" && node.label === undefined && node.iconStart === undefined && node.iconEnd === undefined;
