// Deep and huge widgets through every walk over widget data outside React: the parser, the whole-widget limits,
// the thread reducer, the server's diff, wire JSON and the memory store. None may overflow the stack.
// (Deep values are compared by identity or measured: the test library's own deep equality recurses.)
import { describe, expect, it } from "vitest";
import { applyItemUpdate, updateNodeById } from "../../src/protocol/reducer";
import type { ThreadItem, WireWidget } from "../../src/protocol/types";
import { copyJson, measureWidget, parseWidget, WIDGET_LIMITS } from "../../src/schema";
import { diffWidget, streamingTextDeltas } from "../../src/server/diff";
import { toWireJson } from "../../src/server/sse";
import { createMemoryStore } from "../../src/server/store";

/** Card > Box × depth > Text (id "leaf"), built without recursion. */
export function deepBoxes(depth: number, value = "x"): WireWidget {
  let node: WireWidget = { type: "Text", id: "leaf", value };
  for (let level = 0; level < depth; level++) node = { type: "Box", children: [node] };
  return { type: "Card", children: [node] };
}

const DEPTHS = [5_000, 50_000];
const UNLIMITED = { maxNesting: Infinity, maxNodes: Infinity, maxTotalStringLength: Infinity };

describe("whole-widget limits", () => {
  it.each(DEPTHS)("parseWidget rejects %i levels at the root, naming the limit", (depth) => {
    const result = parseWidget(deepBoxes(depth));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "", severity: "error", message: `The widget is nested deeper than ${WIDGET_LIMITS.maxNesting} levels. (limit maxNesting)` },
    ]);
  });

  it("rejects more components than maxNodes and more text than maxTotalStringLength", () => {
    const many = { type: "ListView", children: Array.from({ length: WIDGET_LIMITS.maxNodes }, () => ({ type: "ListViewItem", children: [] })) };
    const nodes = parseWidget(many);
    expect(nodes.ok).toBe(false);
    expect(!nodes.ok && nodes.issues[0]!.message).toMatch(/more than 20000 components\. \(limit maxNodes\)/);
    const long = { type: "Card", children: [{ type: "Text", value: "x".repeat(WIDGET_LIMITS.maxTotalStringLength) }] };
    const text = parseWidget(long);
    expect(!text.ok && text.issues[0]!.message).toMatch(/longer than 2000000 characters in total\. \(limit maxTotalStringLength\)/);
  });

  it("accepts big real-sized widgets: 2,000 rows, 200 levels, 100 KB of text", () => {
    const rows = { type: "ListView", children: Array.from({ length: 2_000 }, (_, i) => ({ type: "ListViewItem", children: [{ type: "Text", value: `Row ${i}` }] })) };
    expect(parseWidget(rows).ok).toBe(true);
    expect(parseWidget(deepBoxes(200)).ok).toBe(true);
    expect(parseWidget({ type: "Card", children: [{ type: "Markdown", value: "word ".repeat(20_000) }] }).ok).toBe(true);
  });

  it("limits can be tightened per call, and measureWidget reports what it counted", () => {
    expect(parseWidget(deepBoxes(10), { limits: { maxNodes: 5 } }).ok).toBe(false);
    const measure = measureWidget(deepBoxes(3));
    expect(measure).toMatchObject({ nodes: 5, nesting: 9 });
    expect(measure.exceeded).toBeUndefined();
  });
});

describe.each(DEPTHS)("%i levels outside the renderer", (depth) => {
  const widget = deepBoxes(depth);

  it("the reducer applies a streamed delta and a component update at the bottom", () => {
    const item: ThreadItem = { id: "w", thread_id: "t", created_at: "2026-01-01T00:00:00Z", type: "widget", widget };
    const next = applyItemUpdate(item, { type: "widget.streaming_text.value_delta", component_id: "leaf", delta: "y", done: true });
    expect(next === item).toBe(false);
    let node = (next as { widget: WireWidget }).widget;
    while (Array.isArray(node.children)) node = node.children[0] as WireWidget;
    expect(node).toEqual({ type: "Text", id: "leaf", value: "xy", streaming: false });
    expect(updateNodeById(widget, "nowhere", () => ({ type: "Text" })) === widget).toBe(true);
  });

  it("diffWidget sends the whole root instead of recursing, and text deltas are found iteratively", () => {
    const after = deepBoxes(depth, "xy");
    const updates = diffWidget(widget, after);
    expect(updates.map((update) => update.type)).toEqual(["widget.root.updated"]);
    expect((updates[0] as { widget: unknown }).widget === after).toBe(true);
    expect(streamingTextDeltas(widget, deepBoxes(depth, "xy"))).toEqual([
      { type: "widget.streaming_text.value_delta", component_id: "leaf", delta: "y", done: true },
    ]);
  });

  it("toWireJson refuses with a RangeError naming the limit (not a stack overflow)", () => {
    expect(() => toWireJson(widget)).toThrow(/nested deeper than 1100 levels/);
  });

  it("the memory store copies it in and out", async () => {
    const store = createMemoryStore({ ownerKey: () => "shared" });
    await store.createThread({ id: "t", created_at: "2026-01-01T00:00:00Z", status: { type: "active" } } as never, {});
    const item: ThreadItem = { id: "w", thread_id: "t", created_at: "2026-01-01T00:00:00Z", type: "widget", widget };
    await store.saveItem("t", item, {});
    const loaded = await store.loadItem("t", "w", {});
    expect(loaded === item).toBe(false);
    expect(measureWidget((loaded as { widget: unknown }).widget, UNLIMITED).nesting).toBe(depth * 2 + 3);
  });

  it("copyJson copies any depth", () => {
    const copy = copyJson(widget);
    expect(copy === widget).toBe(false);
    expect(measureWidget(copy, UNLIMITED).nodes).toBe(depth + 2);
  });
});
