// Where threads, items and attachments live between requests. The handler writes by the persistence rules of
// WIDGET-SPEC §5.4: `added` is not stored, `done`/`replaced` are saved, `removed` deletes.
//
// As in chatkit-python's `Store`, every method receives the request context: the value the app's
// `context(request)` option returned (the signed-in user, tenant, …). A store scopes everything it holds by
// the owner that context names, so one user can never list, read, change or delete another user's data:
// a thread of another owner behaves exactly like a thread that does not exist.
import type { Attachment, Page, ThreadItem, ThreadMetadata } from "../protocol/types";
import { copyJson } from "../schema/limits";
import type { IdKind } from "./ids";
import { ownerResolver, type OwnerKey } from "./owner";

export interface ListOptions {
  /** Page size, ≥ 1. */
  limit: number;
  order: "asc" | "desc";
  /** Return entries after the one with this id (in `order`). */
  after?: string | null;
}

/** A thread or item id is not (or not for this owner) in the store. Handlers answer 404. */
export class StoreNotFoundError extends Error {
  override name = "StoreNotFoundError";
}

/** `createThread` was given an id that is already taken (by any owner). Nothing was written. */
export class StoreConflictError extends Error {
  override name = "StoreConflictError";
}

/**
 * The persistence interface of the server kit, shaped after chatkit-python's `Store` so that SQL and
 * key-value stores can implement it. `Context` is the app's context type (`context(request)`'s result).
 *
 * Contract (checked by `test/server/store-conformance.ts`, which every store should run):
 * - Scoping: every read, write and delete sees only the data of the owner `context` names. Another owner's
 *   thread is "not found": `loadThread` → null, `loadItems` → an empty page, `loadItem` → null,
 *   `listThreads` leaves it out, `deleteThread`/`deleteItem` leave it untouched, and `saveThread`/`saveItem`
 *   reject with `StoreNotFoundError` rather than write into it.
 * - `createThread` never overwrites: an id taken by any owner rejects with `StoreConflictError`.
 * - Values are copied in and out: mutating an object given to or returned by the store does not change
 *   what it holds.
 * - Lists are ordered by insertion (`asc`: oldest first); `after` is an id from a previous page.
 */
export interface ChatKitStore<Context = unknown> {
  /** Optional id generators (chatkit-python's `generate_thread_id` / `generate_item_id`); default `generateId`. */
  generateThreadId?(context: Context): string;
  generateItemId?(kind: IdKind, thread: ThreadMetadata, context: Context): string;

  /** The owner's thread, or null (also when the thread belongs to someone else). */
  loadThread(threadId: string, context: Context): Promise<ThreadMetadata | null>;
  /** Stores a new thread for the owner; rejects with `StoreConflictError` when the id exists (for any owner). */
  createThread(thread: ThreadMetadata, context: Context): Promise<void>;
  /** Updates the owner's thread (or adds it); rejects with `StoreNotFoundError` when the id is another owner's. */
  saveThread(thread: ThreadMetadata, context: Context): Promise<void>;
  /** The owner's threads only. */
  listThreads(options: ListOptions, context: Context): Promise<Page<ThreadMetadata>>;
  /** Deletes the owner's thread with its items; does nothing for an unknown or foreign id. */
  deleteThread(threadId: string, context: Context): Promise<void>;

  /** Items of the owner's thread; an empty page for an unknown or foreign thread. */
  loadItems(threadId: string, options: ListOptions, context: Context): Promise<Page<ThreadItem>>;
  loadItem(threadId: string, itemId: string, context: Context): Promise<ThreadItem | null>;
  /**
   * Appends a new item, or replaces the item with the same id where it is. Rejects with
   * `StoreNotFoundError` when the thread is unknown or another owner's.
   */
  saveItem(threadId: string, item: ThreadItem, context: Context): Promise<void>;
  /** Does nothing for an unknown item or a foreign thread. */
  deleteItem(threadId: string, itemId: string, context: Context): Promise<void>;

  /** Stores attachment metadata for the owner (replacing one of theirs with the same id). */
  saveAttachment(attachment: Attachment, context: Context): Promise<void>;
  /** The owner's attachment, or null. */
  loadAttachment(attachmentId: string, context: Context): Promise<Attachment | null>;
  /** Does nothing for an unknown or foreign id. */
  deleteAttachment(attachmentId: string, context: Context): Promise<void>;
}

export interface MemoryStoreOptions<Context = unknown> {
  /**
   * Names the owner of the data a request may see, from the app's context (e.g. `(ctx) => ctx.userId`).
   * Must return a non-empty string; anything else fails the request (nothing is read or written).
   *
   * Default: without `ownerKey`, a handler that has no `context` option (context `undefined`) keeps one
   * shared space (a single-user app). A request whose context is defined is REFUSED with an error, so an app
   * that has users cannot share everyone's threads by forgetting this option. To share deliberately, pass
   * `ownerKey: () => "shared"`.
   */
  ownerKey?: OwnerKey<Context>;
}

interface ThreadEntry {
  owner: string;
  thread: ThreadMetadata;
  items: ThreadItem[];
}

/**
 * A store in memory (lost on restart): for development, tests and in-browser servers. Scoped by
 * `options.ownerKey` (see `MemoryStoreOptions` for the default). Implements the `ChatKitStore` contract.
 */
export function createMemoryStore<Context = unknown>(options: MemoryStoreOptions<Context> = {}): ChatKitStore<Context> {
  const threads = new Map<string, ThreadEntry>();
  const attachments = new Map<string, { owner: string; attachment: Attachment }>();
  // Copies in and out, so app code mutating an object it was given cannot change stored history.
  // Iterative: a deeply nested widget cannot overflow the stack here.
  const copy = <T>(value: T): T => copyJson(value);

  const ownerOf = ownerResolver("createMemoryStore", options.ownerKey);

  function entryOf(threadId: string, context: Context): ThreadEntry | undefined {
    const owner = ownerOf(context);
    const entry = threads.get(threadId);
    return entry && entry.owner === owner ? entry : undefined;
  }

  return {
    async loadThread(threadId, context) {
      const entry = entryOf(threadId, context);
      return entry ? copy(entry.thread) : null;
    },
    async createThread(thread, context) {
      const owner = ownerOf(context);
      if (threads.has(thread.id)) throw new StoreConflictError(`Thread ${thread.id} already exists.`);
      threads.set(thread.id, { owner, thread: copy(thread), items: [] });
    },
    async saveThread(thread, context) {
      const owner = ownerOf(context);
      const entry = threads.get(thread.id);
      if (entry && entry.owner !== owner) throw new StoreNotFoundError(`Thread ${thread.id} not found.`);
      if (entry) entry.thread = copy(thread);
      else threads.set(thread.id, { owner, thread: copy(thread), items: [] });
    },
    async listThreads(list, context) {
      const owner = ownerOf(context);
      const own = [...threads.values()].filter((entry) => entry.owner === owner).map((entry) => entry.thread);
      return page(own, list, copy);
    },
    async deleteThread(threadId, context) {
      if (entryOf(threadId, context)) threads.delete(threadId);
    },
    async loadItems(threadId, list, context) {
      return page(entryOf(threadId, context)?.items ?? [], list, copy);
    },
    async loadItem(threadId, itemId, context) {
      const item = entryOf(threadId, context)?.items.find((candidate) => candidate.id === itemId);
      return item ? copy(item) : null;
    },
    async saveItem(threadId, item, context) {
      const entry = entryOf(threadId, context);
      if (!entry) throw new StoreNotFoundError(`Thread ${threadId} not found.`);
      const stored = copy(item);
      const index = entry.items.findIndex((candidate) => candidate.id === item.id);
      if (index === -1) entry.items.push(stored);
      else entry.items[index] = stored;
    },
    async deleteItem(threadId, itemId, context) {
      const entry = entryOf(threadId, context);
      if (entry) entry.items = entry.items.filter((candidate) => candidate.id !== itemId);
    },
    async saveAttachment(attachment, context) {
      const owner = ownerOf(context);
      const existing = attachments.get(attachment.id);
      if (existing && existing.owner !== owner) throw new StoreNotFoundError(`Attachment ${attachment.id} not found.`);
      attachments.set(attachment.id, { owner, attachment: copy(attachment) });
    },
    async loadAttachment(attachmentId, context) {
      const owner = ownerOf(context);
      const entry = attachments.get(attachmentId);
      return entry && entry.owner === owner ? copy(entry.attachment) : null;
    },
    async deleteAttachment(attachmentId, context) {
      const owner = ownerOf(context);
      if (attachments.get(attachmentId)?.owner === owner) attachments.delete(attachmentId);
    },
  };
}

function page<T extends { id: string }>(all: readonly T[], options: ListOptions, copy: <V>(value: V) => V): Page<T> {
  const limit = Math.max(1, Math.floor(options.limit));
  const ordered = options.order === "desc" ? [...all].reverse() : [...all];
  let start = 0;
  if (options.after) {
    const index = ordered.findIndex((entry) => entry.id === options.after);
    start = index === -1 ? ordered.length : index + 1;
  }
  const data = ordered.slice(start, start + limit).map(copy);
  const hasMore = start + limit < ordered.length;
  return { data, has_more: hasMore, after: data.length > 0 ? data[data.length - 1].id : null };
}
