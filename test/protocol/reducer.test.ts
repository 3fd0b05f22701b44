import { describe, expect, it } from "vitest";
import { INITIAL_THREAD_STATE, applyThreadEvent, type ThreadState } from "../../src/protocol/reducer";
import type { AssistantMessageItem, ThreadItem, ThreadStreamEvent, WidgetItem } from "../../src/protocol/types";

const base = { thread_id: "thr_1", created_at: "2026-01-01T00:00:00Z" };
const user: ThreadItem = { ...base, id: "msg_u", type: "user_message", content: [{ type: "input_text", text: "Hi" }] };
const widget: WidgetItem = {
  ...base,
  id: "msg_w",
  type: "widget",
  widget: {
    type: "Card",
    children: [
      { type: "Title", value: "Report" },
      { type: "Col", children: [{ type: "Markdown", id: "body", value: "Hel", streaming: true }] },
    ],
  },
};
const assistant: AssistantMessageItem = { ...base, id: "msg_a", type: "assistant_message", content: [] };

function reduce(events: ThreadStreamEvent[], state: ThreadState = INITIAL_THREAD_STATE): ThreadState {
  return events.reduce(applyThreadEvent, state);
}

/** A widget item's tree, typed for reaching into children. */
const tree = (item: ThreadItem) => (item as WidgetItem).widget as unknown as { children: { children?: unknown[] }[] };

const withItems = (...items: ThreadItem[]): ThreadState => ({ ...INITIAL_THREAD_STATE, items });

describe("applyThreadEvent: threads", () => {
  it("thread.created sets the thread without its items page and resets items", () => {
    const state = reduce(
      [{ type: "thread.created", thread: { id: "thr_2", title: "T", created_at: "c", status: { type: "active" }, items: { data: [], has_more: false } } }],
      withItems(user),
    );
    expect(state.thread).toEqual({ id: "thr_2", title: "T", created_at: "c", status: { type: "active" } });
    expect(state.items).toEqual([]);
  });

  it("thread.updated changes metadata and keeps items", () => {
    const before = withItems(user);
    const state = applyThreadEvent(before, { type: "thread.updated", thread: { id: "thr_1", title: "Renamed", created_at: "c" } });
    expect(state.thread?.title).toBe("Renamed");
    expect(state.items).toBe(before.items);
  });
});

describe("applyThreadEvent: items", () => {
  it("thread.item.added appends and marks pending; done replaces the snapshot and clears pending", () => {
    const added = applyThreadEvent(withItems(user), { type: "thread.item.added", item: assistant });
    expect(added.items.map((item) => item.id)).toEqual(["msg_u", "msg_a"]);
    expect(added.pendingItemIds).toEqual(["msg_a"]);
    const finalItem = { ...assistant, content: [{ type: "output_text" as const, text: "Done", annotations: [] }] };
    const done = applyThreadEvent(added, { type: "thread.item.done", item: finalItem });
    expect(done.items[1]).toBe(finalItem);
    expect(done.items[0]).toBe(added.items[0]);
    expect(done.pendingItemIds).toEqual([]);
  });

  it("thread.item.replaced keeps the item's position", () => {
    const replacement = { ...widget, widget: { type: "Card", children: [] } };
    const state = applyThreadEvent(withItems(user, widget, assistant), { type: "thread.item.replaced", item: replacement });
    expect(state.items.map((item) => item.id)).toEqual(["msg_u", "msg_w", "msg_a"]);
    expect(state.items[1]).toBe(replacement);
  });

  it("thread.item.removed deletes the item; unknown ids leave the state untouched", () => {
    const before = withItems(user, widget);
    expect(applyThreadEvent(before, { type: "thread.item.removed", item_id: "msg_u" }).items).toEqual([widget]);
    expect(applyThreadEvent(before, { type: "thread.item.removed", item_id: "nope" })).toBe(before);
    expect(applyThreadEvent(before, { type: "thread.item.updated", item_id: "nope", update: { type: "widget.root.updated", widget: { type: "Card" } } })).toBe(before);
  });
});

describe("applyThreadEvent: widget updates", () => {
  it("widget.streaming_text.value_delta appends to the node with that id and shares everything else", () => {
    const before = withItems(user, widget);
    const state = applyThreadEvent(before, {
      type: "thread.item.updated",
      item_id: "msg_w",
      update: { type: "widget.streaming_text.value_delta", component_id: "body", delta: "lo", done: false },
    });
    const root = tree(state.items[1]);
    expect(root.children[1].children?.[0]).toEqual({ type: "Markdown", id: "body", value: "Hello", streaming: true });
    // Untouched siblings and items keep identity.
    const oldRoot = tree(widget);
    expect(root.children[0]).toBe(oldRoot.children[0]);
    expect(state.items[0]).toBe(before.items[0]);
  });

  it("a delta with done: true ends streaming on the node", () => {
    const state = applyThreadEvent(withItems(widget), {
      type: "thread.item.updated",
      item_id: "msg_w",
      update: { type: "widget.streaming_text.value_delta", component_id: "body", delta: "lo!", done: true },
    });
    const root = tree(state.items[0]);
    expect(root.children[1].children?.[0]).toEqual({ type: "Markdown", id: "body", value: "Hello!", streaming: false });
  });

  it("widget.root.updated replaces the whole widget", () => {
    const next = { type: "ListView", children: [] };
    const state = applyThreadEvent(withItems(widget), { type: "thread.item.updated", item_id: "msg_w", update: { type: "widget.root.updated", widget: next } });
    expect((state.items[0] as WidgetItem).widget).toBe(next);
  });

  it("widget.component.updated replaces the node with that id; an unknown id changes nothing", () => {
    const component = { type: "Text", id: "body", value: "Replaced" };
    const before = withItems(widget);
    const state = applyThreadEvent(before, {
      type: "thread.item.updated",
      item_id: "msg_w",
      update: { type: "widget.component.updated", component_id: "body", component },
    });
    const root = tree(state.items[0]);
    expect(root.children[1].children?.[0]).toBe(component);
    const unchanged = applyThreadEvent(before, {
      type: "thread.item.updated",
      item_id: "msg_w",
      update: { type: "widget.component.updated", component_id: "missing", component },
    });
    expect(unchanged).toBe(before);
  });
});

describe("applyThreadEvent: assistant messages", () => {
  it("builds content from part added, text deltas, annotations and part done", () => {
    const update = (u: Extract<ThreadStreamEvent, { type: "thread.item.updated" }>["update"]): ThreadStreamEvent => ({
      type: "thread.item.updated",
      item_id: "msg_a",
      update: u,
    });
    const annotation = { type: "annotation" as const, source: { type: "url", url: "https://example.com", title: "Ex" } };
    const state = reduce([
      { type: "thread.item.added", item: assistant },
      update({ type: "assistant_message.content_part.added", content_index: 0, content: { type: "output_text", text: "", annotations: [] } }),
      update({ type: "assistant_message.content_part.text_delta", content_index: 0, delta: "Hel" }),
      update({ type: "assistant_message.content_part.text_delta", content_index: 0, delta: "lo" }),
      update({ type: "assistant_message.content_part.annotation_added", content_index: 0, annotation_index: 0, annotation }),
    ]);
    expect((state.items[0] as AssistantMessageItem).content).toEqual([{ type: "output_text", text: "Hello", annotations: [annotation] }]);
    const done = applyThreadEvent(
      state,
      update({ type: "assistant_message.content_part.done", content_index: 0, content: { type: "output_text", text: "Hello.", annotations: [] } }),
    );
    expect((done.items[0] as AssistantMessageItem).content[0].text).toBe("Hello.");
  });

  it("ignores a widget update sent to a message and a text delta sent to a widget", () => {
    const before = withItems(assistant, widget);
    expect(reduce([{ type: "thread.item.updated", item_id: "msg_a", update: { type: "widget.root.updated", widget: { type: "Card" } } }], before)).toBe(before);
    expect(
      reduce([{ type: "thread.item.updated", item_id: "msg_w", update: { type: "assistant_message.content_part.text_delta", content_index: 0, delta: "x" } }], before),
    ).toBe(before);
  });
});

describe("applyThreadEvent: transient events", () => {
  it("records stream options, progress (cleared by the next item), notices and server errors; effects change nothing", () => {
    const state = reduce([
      { type: "stream_options", stream_options: { allow_cancel: true } },
      { type: "progress_update", text: "Searching", icon: "search" },
      { type: "notice", level: "warning", message: "Careful" },
      { type: "error", code: "custom", message: "Oops", allow_retry: true },
    ]);
    expect(state.streamOptions).toEqual({ allow_cancel: true });
    expect(state.progress).toEqual({ type: "progress_update", text: "Searching", icon: "search" });
    expect(state.notices).toEqual([{ type: "notice", level: "warning", message: "Careful" }]);
    expect(state.serverError).toEqual({ type: "error", code: "custom", message: "Oops", allow_retry: true });
    expect(applyThreadEvent(state, { type: "client_effect", name: "confetti" })).toBe(state);
    expect(applyThreadEvent(state, { type: "thread.item.added", item: assistant }).progress).toBeNull();
  });
});
