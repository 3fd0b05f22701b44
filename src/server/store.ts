// Where threads and items live between requests. The handler writes by the persistence rules of
// WIDGET-SPEC §5.4: `added` is not stored, `done`/`replaced` are saved, `removed` deletes.
import type { Page, ThreadItem, ThreadMetadata } from "../protocol/types";
import { copyJson } from "../schema/limits";

export interface ListOptions {
  limit: number;
  order: "asc" | "desc";
  /** Return items after the one with this id (in `order`). */
  after?: string | null;
}

export interface ChatKitStore {
  loadThread(threadId: string): Promise<ThreadMetadata | null>;
  saveThread(thread: ThreadMetadata): Promise<void>;
  listThreads(options: ListOptions): Promise<Page<ThreadMetadata>>;
  deleteThread(threadId: string): Promise<void>;
  loadItems(threadId: string, options: ListOptions): Promise<Page<ThreadItem>>;
  loadItem(threadId: string, itemId: string): Promise<ThreadItem | null>;
  /** Appends a new item, or replaces the item with the same id where it is. */
  saveItem(threadId: string, item: ThreadItem): Promise<void>;
  deleteItem(threadId: string, itemId: string): Promise<void>;
}

/** A store in memory (lost on restart): for development, tests and in-browser servers. */
export function createMemoryStore(): ChatKitStore {
  const threads = new Map<string, { thread: ThreadMetadata; items: ThreadItem[] }>();
  // Copies in and out, so app code mutating an object it was given cannot change stored history
  // (iterative: a deeply nested widget cannot overflow the stack here).
  const copy = <T>(value: T): T => copyJson(value);

  return {
    async loadThread(threadId) {
      const entry = threads.get(threadId);
      return entry ? copy(entry.thread) : null;
    },
    async saveThread(thread) {
      const entry = threads.get(thread.id);
      if (entry) entry.thread = copy(thread);
      else threads.set(thread.id, { thread: copy(thread), items: [] });
    },
    async listThreads(options) {
      return page([...threads.values()].map((entry) => entry.thread), options, copy);
    },
    async deleteThread(threadId) {
      threads.delete(threadId);
    },
    async loadItems(threadId, options) {
      return page(threads.get(threadId)?.items ?? [], options, copy);
    },
    async loadItem(threadId, itemId) {
      const item = threads.get(threadId)?.items.find((candidate) => candidate.id === itemId);
      return item ? copy(item) : null;
    },
    async saveItem(threadId, item) {
      const entry = threads.get(threadId);
      if (!entry) throw new Error(`Thread ${threadId} not found`);
      const index = entry.items.findIndex((candidate) => candidate.id === item.id);
      if (index === -1) entry.items.push(copy(item));
      else entry.items[index] = copy(item);
    },
    async deleteItem(threadId, itemId) {
      const entry = threads.get(threadId);
      if (entry) entry.items = entry.items.filter((candidate) => candidate.id !== itemId);
    },
  };
}

function page<T extends { id: string }>(all: readonly T[], options: ListOptions, copy: <V>(value: V) => V): Page<T> {
  const ordered = options.order === "desc" ? [...all].reverse() : [...all];
  let start = 0;
  if (options.after) {
    const index = ordered.findIndex((entry) => entry.id === options.after);
    start = index === -1 ? ordered.length : index + 1;
  }
  const data = ordered.slice(start, start + options.limit).map(copy);
  const hasMore = start + options.limit < ordered.length;
  return { data, has_more: hasMore, after: data.length > 0 ? data[data.length - 1].id : null };
}
