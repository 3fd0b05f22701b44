import { describe, expect, it } from "vitest";
import { WidgetDiffError, diffWidget, streamWidget, streamingTextDeltas } from "../../src/server/diff";
import type { ThreadStreamEvent, WireWidget } from "../../src/protocol/types";

const card = (...children: unknown[]): WireWidget => ({ type: "Card", children });
const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: "Text", id: "text", value, ...extra });

describe("diffWidget (WIDGET-SPEC §5.2)", () => {
  it("streams append-only growth of an id'd Text as a value delta (chatkit-python test case)", () => {
    expect(diffWidget(card(text("Hello", { streaming: true })), card(text("Hello, world!", { streaming: true })))).toEqual([
      { type: "widget.streaming_text.value_delta", component_id: "text", delta: ", world!", done: false },
    ]);
  });

  it("replaces the root when streaming flips true → false in the same step", () => {
    const after = card(text("Hello, world!", { streaming: false }));
    expect(diffWidget(card(text("Hello", { streaming: true })), after)).toEqual([{ type: "widget.root.updated", widget: after }]);
  });

  it("marks a delta done when the node is not streaming (absent streaming reads as false)", () => {
    expect(diffWidget(card(text("a")), card(text("ab")))).toEqual([
      { type: "widget.streaming_text.value_delta", component_id: "text", delta: "b", done: true },
    ]);
  });

  it("emits one delta per grown Markdown/Text with an id, deep in the tree, in tree order", () => {
    const before = card({ type: "Col", children: [{ type: "Markdown", id: "a", value: "x", streaming: true }, { type: "Text", id: "b", value: "" , streaming: true}] });
    const after = card({ type: "Col", children: [{ type: "Markdown", id: "a", value: "xy", streaming: true }, { type: "Text", id: "b", value: "z", streaming: true }] });
    expect(diffWidget(before, after)).toEqual([
      { type: "widget.streaming_text.value_delta", component_id: "a", delta: "y", done: false },
      { type: "widget.streaming_text.value_delta", component_id: "b", delta: "z", done: false },
    ]);
  });

  it("sends nothing for text growth on a node without an id (the client could not address it)", () => {
    expect(diffWidget(card({ type: "Text", value: "a" }), card({ type: "Text", value: "ab" }))).toEqual([]);
  });

  it.each([
    ["a type change", card(text("a")), { type: "ListView", children: [text("a")] }],
    ["an id change", card(text("a")), card({ ...text("a"), id: "other" })],
    ["a key change", card(text("a")), card(text("a", { key: "k" }))],
    ["a list length change", card(text("a")), card(text("a"), { type: "Divider" })],
    ["another prop change", card(text("a")), card(text("a", { color: "secondary" }))],
    ["a nested component change", card({ type: "Row", children: [{ type: "Badge", label: "New" }] }), card({ type: "Row", children: [{ type: "Badge", label: "Old" }] })],
    ["a value that is not an extension", card(text("Hello")), card(text("Help"))],
    ["growth of a non-text value", card({ type: "Title", id: "t", value: "A" }), card({ type: "Title", id: "t", value: "AB" })],
    ["an action payload change", card({ type: "Button", onClickAction: { type: "x", payload: { n: 1 } } }), card({ type: "Button", onClickAction: { type: "x", payload: { n: 2 } } })],
  ])("replaces the root for %s", (_name, before, after) => {
    expect(diffWidget(before as WireWidget, after as WireWidget)).toEqual([{ type: "widget.root.updated", widget: after }]);
  });

  it("returns no updates for equal trees, treating null like an absent prop", () => {
    expect(diffWidget(card(text("a", { color: null })), card(text("a")))).toEqual([]);
  });

  it("treats a new id'd node and a rewritten value as full replaces, as chatkit-python does", () => {
    expect(diffWidget(card(), card(text("a")))[0].type).toBe("widget.root.updated");
    expect(diffWidget(card(text("abc")), card(text("xyz")))[0].type).toBe("widget.root.updated");
  });
});

describe("streamingTextDeltas errors (rule 4)", () => {
  it("throws when a node with an id appears that was not there before", () => {
    expect(() => streamingTextDeltas(card(), card(text("a")))).toThrowError(
      new WidgetDiffError("text", "Node text was not present when the widget was initially rendered. All nodes with ID must persist across all widget updates."),
    );
  });

  it("throws when a value is not a prefix extension", () => {
    let error: unknown;
    try {
      streamingTextDeltas(card(text("Hello")), card(text("Help")));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WidgetDiffError);
    expect((error as WidgetDiffError).componentId).toBe("text");
    expect((error as Error).message).toBe(
      "Node text was updated with a new value that is not a prefix of the initial value. All widget updates must be cumulative.",
    );
  });
});

async function collect(source: AsyncIterable<ThreadStreamEvent>) {
  const out: ThreadStreamEvent[] = [];
  for await (const event of source) out.push(event);
  return out;
}

describe("streamWidget (§5.1)", () => {
  it("sends a static widget as one thread.item.done with copy text", async () => {
    const widget = card(text("Hi"));
    const [event, ...rest] = await collect(streamWidget(widget, { copyText: "Hi" }));
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ type: "thread.item.done", item: { type: "widget", widget, copy_text: "Hi" } });
    expect((event as { item: { id: string } }).item.id).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it("streams states as added → one updated per delta → done with the last state", async () => {
    // One object mutated between yields, as generator code often does: each state is snapshotted.
    const node: Record<string, unknown> = text("", { streaming: true });
    const widget = card(node);
    async function* states() {
      yield widget;
      node.value = "Hel";
      yield widget;
      node.value = "Hello";
      yield widget;
      node.streaming = false;
      yield widget;
    }
    const out = await collect(streamWidget(states()));
    expect(out.map((event) => event.type)).toEqual(["thread.item.added", "thread.item.updated", "thread.item.updated", "thread.item.updated", "thread.item.done"]);
    const id = (out[0] as { item: { id: string } }).item.id;
    expect(out.slice(1, 4)).toEqual([
      { type: "thread.item.updated", item_id: id, update: { type: "widget.streaming_text.value_delta", component_id: "text", delta: "Hel", done: false } },
      { type: "thread.item.updated", item_id: id, update: { type: "widget.streaming_text.value_delta", component_id: "text", delta: "lo", done: false } },
      { type: "thread.item.updated", item_id: id, update: { type: "widget.root.updated", widget: card(text("Hello", { streaming: false })) } },
    ]);
    expect(out[4]).toMatchObject({ type: "thread.item.done", item: { id, widget: card(text("Hello", { streaming: false })) } });
    expect((out[0] as { item: { widget: unknown } }).item.widget).toEqual(card(text("", { streaming: true })));
  });
});
