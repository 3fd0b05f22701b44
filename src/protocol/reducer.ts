// The thread reducer: applies ChatKit stream events to a thread snapshot (WIDGET-SPEC §5.3, §6.3–6.4).
// Pure and structurally shared: anything an event does not touch keeps its identity, so memoised views of
// other items and other widget nodes do not re-render.
import type {
  AssistantMessageContent,
  ErrorEvent,
  NoticeEvent,
  ProgressUpdateEvent,
  StreamOptions,
  ThreadItem,
  ThreadItemUpdate,
  ThreadMetadata,
  ThreadStreamEvent,
  WireWidget,
} from "./types";

export interface ThreadState {
  /** The thread's metadata (without items); `null` until a thread is created or loaded. */
  thread: ThreadMetadata | null;
  /** Items in display order. */
  items: readonly ThreadItem[];
  /** Ids of items announced by `thread.item.added` and not yet `done`/`replaced`. */
  pendingItemIds: readonly string[];
  /** The `stream_options` of the running stream. */
  streamOptions: StreamOptions | null;
  /** The latest `progress_update`; cleared when the next item arrives or the stream ends. */
  progress: ProgressUpdateEvent | null;
  /** Notices of the current stream (transient; cleared when a new stream starts). */
  notices: readonly NoticeEvent[];
  /** The last `error` event the server sent. */
  serverError: ErrorEvent | null;
}

export const INITIAL_THREAD_STATE: ThreadState = Object.freeze({
  thread: null,
  items: Object.freeze([]) as readonly ThreadItem[],
  pendingItemIds: Object.freeze([]) as readonly string[],
  streamOptions: null,
  progress: null,
  notices: Object.freeze([]) as readonly NoticeEvent[],
  serverError: null,
});

export function applyThreadEvent(state: ThreadState, event: ThreadStreamEvent): ThreadState {
  switch (event.type) {
    case "thread.created":
    case "thread.updated": {
      const { items, ...thread } = event.thread;
      // `thread.created` starts a new thread; its items (normally none) replace whatever was shown.
      if (event.type === "thread.created") {
        return { ...state, thread, items: items?.data ?? INITIAL_THREAD_STATE.items, pendingItemIds: INITIAL_THREAD_STATE.pendingItemIds };
      }
      return { ...state, thread };
    }
    case "thread.item.added": {
      const next = upsertItem(state, event.item);
      const pending = state.pendingItemIds.includes(event.item.id) ? state.pendingItemIds : [...state.pendingItemIds, event.item.id];
      return { ...next, pendingItemIds: pending, progress: null };
    }
    case "thread.item.done":
    case "thread.item.replaced": {
      // Both carry the authoritative snapshot; `upsertItem` keeps the item where it was.
      const next = upsertItem(state, event.item);
      return { ...next, pendingItemIds: without(state.pendingItemIds, event.item.id), progress: event.type === "thread.item.done" ? null : state.progress };
    }
    case "thread.item.removed": {
      const index = state.items.findIndex((item) => item.id === event.item_id);
      if (index === -1) return state;
      return {
        ...state,
        items: [...state.items.slice(0, index), ...state.items.slice(index + 1)],
        pendingItemIds: without(state.pendingItemIds, event.item_id),
      };
    }
    case "thread.item.updated": {
      const index = state.items.findIndex((item) => item.id === event.item_id);
      if (index === -1) return state;
      const current = state.items[index];
      const updated = applyItemUpdate(current, event.update);
      if (updated === current) return state;
      const items = state.items.slice();
      items[index] = updated;
      return { ...state, items };
    }
    case "stream_options":
      return { ...state, streamOptions: event.stream_options };
    case "progress_update":
      return { ...state, progress: event };
    case "notice":
      return { ...state, notices: [...state.notices, event] };
    case "error":
      return { ...state, serverError: event };
    case "client_effect":
      // Fire-and-forget: effects reach the app through the client's `onEffect`, they are not thread state.
      return state;
  }
}

function upsertItem(state: ThreadState, item: ThreadItem): ThreadState {
  const index = state.items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return { ...state, items: [...state.items, item] };
  const items = state.items.slice();
  items[index] = item;
  return { ...state, items };
}

function without(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids.filter((existing) => existing !== id) : ids;
}

/** Applies one `ThreadItemUpdate`; returns the same item when the update does not apply to it. */
export function applyItemUpdate(item: ThreadItem, update: ThreadItemUpdate): ThreadItem {
  switch (update.type) {
    case "widget.root.updated":
      if (item.type !== "widget") return item;
      return { ...item, widget: update.widget };
    case "widget.streaming_text.value_delta": {
      if (item.type !== "widget") return item;
      const widget = updateNodeById(item.widget, update.component_id, (node) => {
        const value = typeof node.value === "string" ? node.value : "";
        const next: WireWidget = { ...node, value: value + update.delta };
        if (update.done) next.streaming = false;
        return next;
      });
      return widget === item.widget ? item : { ...item, widget };
    }
    case "widget.component.updated": {
      if (item.type !== "widget") return item;
      const widget = updateNodeById(item.widget, update.component_id, () => update.component);
      return widget === item.widget ? item : { ...item, widget };
    }
    case "assistant_message.content_part.added":
    case "assistant_message.content_part.done":
      if (item.type !== "assistant_message") return item;
      return { ...item, content: setAt(item.content, update.content_index, update.content) };
    case "assistant_message.content_part.text_delta": {
      if (item.type !== "assistant_message") return item;
      const part: AssistantMessageContent = item.content[update.content_index] ?? { type: "output_text", text: "", annotations: [] };
      return { ...item, content: setAt(item.content, update.content_index, { ...part, text: part.text + update.delta }) };
    }
    case "assistant_message.content_part.annotation_added": {
      if (item.type !== "assistant_message") return item;
      const part: AssistantMessageContent = item.content[update.content_index] ?? { type: "output_text", text: "", annotations: [] };
      const annotations = setAt(part.annotations ?? [], update.annotation_index, update.annotation);
      return { ...item, content: setAt(item.content, update.content_index, { ...part, annotations }) };
    }
    case "workflow.task.added": {
      // Inserted at its index (chatkit-python appends; the index is the new task's position either way).
      if (item.type !== "workflow") return item;
      const tasks = item.workflow.tasks.slice();
      tasks.splice(update.task_index, 0, update.task);
      return { ...item, workflow: { ...item.workflow, tasks } };
    }
    case "workflow.task.updated":
      if (item.type !== "workflow") return item;
      return { ...item, workflow: { ...item.workflow, tasks: setAt(item.workflow.tasks, update.task_index, update.task) } };
    case "generated_image.updated":
      if (item.type !== "generated_image") return item;
      return { ...item, image: update.image, progress: update.progress ?? null };
  }
}

function setAt<T>(list: readonly T[], index: number, value: T): T[] {
  const next = list.slice();
  next[index] = value;
  return next;
}

/**
 * Replaces the first node whose `id` matches (depth first, document order), copying only the nodes on the path
 * to it (nodes are found through `children`, like the server's diff). Returns the same root when no node has that
 * id. Iterative: any depth is safe.
 */
export function updateNodeById(root: WireWidget, id: string, update: (node: WireWidget) => WireWidget): WireWidget {
  // Each entry: a node and the chain of (parent, index) links that leads to it.
  type Link = { node: WireWidget; parent: Link | null; index: number };
  const stack: Link[] = [{ node: root, parent: null, index: -1 }];
  while (stack.length > 0) {
    const link = stack.pop()!;
    if (link.node.id === id) {
      let replaced = update(link.node);
      for (let at: Link = link; at.parent; at = at.parent) {
        const parent = at.parent.node;
        const children = (parent.children as unknown[]).slice();
        children[at.index] = replaced;
        replaced = { ...parent, children };
      }
      return replaced;
    }
    const children = link.node.children;
    if (!Array.isArray(children)) continue;
    for (let index = children.length - 1; index >= 0; index--) {
      const child: unknown = children[index];
      if (isNode(child)) stack.push({ node: child, parent: link, index });
    }
  }
  return root;
}

function isNode(value: unknown): value is WireWidget {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
