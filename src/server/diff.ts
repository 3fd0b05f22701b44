// stream_widget / diff_widget of chatkit-python (WIDGET-SPEC §5.1–5.2), rule for rule.
import type { ThreadItemUpdate, ThreadStreamEvent, WireWidget } from "../protocol/types";
import { copyJson, nestsDeeperThan } from "../schema/limits";
import { events, items, type WidgetItemOptions } from "./events";

/** Trees nested deeper than this many JSON levels are not compared: they are sent whole (`widget.root.updated`). */
const DIFF_MAX_NESTING = 1_000;

export type WidgetUpdate = Extract<
  ThreadItemUpdate,
  { type: "widget.root.updated" | "widget.streaming_text.value_delta" | "widget.component.updated" }
>;

/** The two contract violations of a widget stream (chatkit-python raises `ValueError` for both). */
export class WidgetDiffError extends Error {
  override readonly name = "WidgetDiffError";
  readonly componentId: string;
  constructor(componentId: string, message: string) {
    super(message);
    this.componentId = componentId;
  }
}

type Node = Record<string, unknown> & { type: string };
type StreamingText = Node & { value: string };

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === "string";
}

/** Rule 1: a Markdown or Text component whose `value` is a string. */
function isStreamingText(node: Node): node is StreamingText {
  return (node.type === "Markdown" || node.type === "Text") && typeof node.value === "string";
}

/**
 * The updates that turn `before` into `after`: one `widget.root.updated` with the whole new root when anything
 * changed besides append-only growth of streaming text (rule 2), else one `value_delta` per grown text
 * component with an `id` (rule 3); no change gives `[]`.
 */
export function diffWidget(before: WireWidget, after: WireWidget): WidgetUpdate[] {
  // The comparison recurses once per level; past the bound the answer "changed" is always correct.
  if (nestsDeeperThan(before, DIFF_MAX_NESTING) || nestsDeeperThan(after, DIFF_MAX_NESTING)) {
    return [{ type: "widget.root.updated", widget: after }];
  }
  if (componentChanged(before, after)) return [{ type: "widget.root.updated", widget: after }];
  return streamingTextDeltas(before, after);
}

// Rule 2. `null` and absent compare equal: the Python model reads both as None.
function componentChanged(before: Node, after: Node): boolean {
  if (before.type !== after.type || !sameScalar(before.id, after.id) || !sameScalar(before.key, after.key)) return true;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    if (field === "value" && isStreamingText(before) && isStreamingText(after) && after.value.startsWith(before.value)) {
      continue; // append-only growth of streaming text does not force a replace
    }
    if (fieldChanged(before[field], after[field])) return true;
  }
  return false;
}

function fieldChanged(before: unknown, after: unknown): boolean {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return true;
    return before.some((item, index) => fieldChanged(item, after[index]));
  }
  if (isNode(before) && isNode(after)) return componentChanged(before, after);
  return !deepEqual(before ?? null, after ?? null);
}

function sameScalar(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!deepEqual(left[key], right[key])) return false;
  return true;
}

/**
 * Rules 3–4: the value deltas of every streaming text component with an `id`, found through `children`.
 * `diffWidget` only calls this once the trees match apart from text growth, so there the two errors cannot
 * occur (as in chatkit-python); called directly on other trees it enforces the stream contract.
 */
export function streamingTextDeltas(before: WireWidget, after: WireWidget): Extract<WidgetUpdate, { type: "widget.streaming_text.value_delta" }>[] {
  const beforeNodes = streamingTextById(before);
  const afterNodes = streamingTextById(after);
  const deltas: Extract<WidgetUpdate, { type: "widget.streaming_text.value_delta" }>[] = [];
  for (const [id, afterNode] of afterNodes) {
    const beforeNode = beforeNodes.get(id);
    if (!beforeNode) {
      throw new WidgetDiffError(
        id,
        `Node ${id} was not present when the widget was initially rendered. All nodes with ID must persist across all widget updates.`,
      );
    }
    if (beforeNode.value === afterNode.value) continue;
    if (!afterNode.value.startsWith(beforeNode.value)) {
      throw new WidgetDiffError(
        id,
        `Node ${id} was updated with a new value that is not a prefix of the initial value. All widget updates must be cumulative.`,
      );
    }
    deltas.push({
      type: "widget.streaming_text.value_delta",
      component_id: id,
      delta: afterNode.value.slice(beforeNode.value.length),
      done: !afterNode.streaming,
    });
  }
  return deltas;
}

function streamingTextById(root: Node): Map<string, StreamingText> {
  const found = new Map<string, StreamingText>();
  // Depth first, in document order, with an explicit stack (any depth is safe).
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isStreamingText(node) && typeof node.id === "string" && node.id !== "") found.set(node.id, node);
    if (!Array.isArray(node.children)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child: unknown = node.children[index];
      if (isNode(child)) stack.push(child);
    }
  }
  return found;
}

/**
 * A widget as thread events. A widget object → one `thread.item.done`. An async iterable of successive
 * states → `thread.item.added` with the first, one `thread.item.updated` per `diffWidget` update between
 * consecutive states, then `thread.item.done` with the last. An iterable that yields nothing emits nothing.
 */
export async function* streamWidget(
  widget: WireWidget | AsyncIterable<WireWidget>,
  options: WidgetItemOptions = {},
): AsyncGenerator<ThreadStreamEvent> {
  if (!isAsyncIterable(widget)) {
    yield events.itemDone(items.widget(widget, options));
    return;
  }
  let item: ReturnType<typeof items.widget> | null = null;
  for await (const state of widget) {
    // Snapshots, because generators may mutate one object between yields.
    if (!item) {
      item = items.widget(copyJson(state), options);
      yield events.itemAdded(item);
      continue;
    }
    for (const update of diffWidget(item.widget, state)) yield events.itemUpdated(item.id, update);
    item = { ...item, widget: copyJson(state) };
  }
  if (item) yield events.itemDone(item);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<WireWidget> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}
