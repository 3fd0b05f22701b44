// The ChatKitStore contract as a reusable suite: every store (memory, SQLite, PostgreSQL, …) runs it with
//
//   describeStoreConformance("my store", async () => ({ store, contextFor: (owner) => ({ userId: owner }) }));
//
// `contextFor(owner)` builds the app context of a request by `owner`; the store must keep owners apart.
// `describeOwnerKeyRules` checks what a store does without (or with a broken) `ownerKey`, the same for all.
import { describe, expect, it } from "vitest";
import { StoreConflictError, StoreNotFoundError, type ChatKitStore } from "../../src/server";
import type { OwnerKey } from "../../src/server/owner";
import type { Attachment, ThreadItem, ThreadMetadata } from "../../src/protocol/types";

export interface StoreUnderTest<Context> {
  store: ChatKitStore<Context>;
  contextFor(owner: string): Context;
  /** Called after each test (close connections, drop tables). */
  dispose?(): Promise<void> | void;
}

let sequence = 0;
const unique = (prefix: string) => `${prefix}_${Date.now().toString(36)}${(sequence++).toString(36)}`;

export function thread(id = unique("thr"), title: string | null = null): ThreadMetadata {
  return { id, title, created_at: "2026-01-01T00:00:00Z", status: { type: "active" }, metadata: {} };
}

export function message(threadId: string, text: string, id = unique("msg")): ThreadItem {
  return {
    id,
    thread_id: threadId,
    created_at: "2026-01-01T00:00:00Z",
    type: "user_message",
    content: [{ type: "input_text", text }],
    attachments: [],
    quoted_text: null,
    inference_options: {},
  } as ThreadItem;
}

function attachment(id = unique("atc")): Attachment {
  return { type: "file", id, name: "notes.txt", mime_type: "text/plain" };
}

const texts = (items: ThreadItem[]) => items.map((item) => (item as { content: Array<{ text: string }> }).content[0].text);

export function describeStoreConformance<Context>(name: string, setup: () => Promise<StoreUnderTest<Context>> | StoreUnderTest<Context>) {
  describe(`ChatKitStore conformance: ${name}`, () => {
    async function withStore(
      body: (store: ChatKitStore<Context>, alice: Context, bob: Context, contextFor: (owner: string) => Context) => Promise<void>,
    ) {
      const subject = await setup();
      try {
        await body(subject.store, subject.contextFor("alice"), subject.contextFor("bob"), subject.contextFor);
      } finally {
        await subject.dispose?.();
      }
    }

    it("creates and loads a thread, copying values in and out", () =>
      withStore(async (store, alice) => {
        const created = thread(undefined, "Plans");
        await store.createThread(created, alice);
        created.title = "changed after saving";
        const loaded = await store.loadThread(created.id, alice);
        expect(loaded).toEqual({ ...created, title: "Plans" });
        loaded!.title = "changed after loading";
        expect((await store.loadThread(created.id, alice))?.title).toBe("Plans");
        expect(await store.loadThread("thr_missing", alice)).toBeNull();
      }));

    it("createThread never overwrites an existing thread, of the same owner or another", () =>
      withStore(async (store, alice, bob) => {
        const original = thread(undefined, "Original");
        await store.createThread(original, alice);
        await store.saveItem(original.id, message(original.id, "first"), alice);
        await expect(store.createThread({ ...original, title: "Again" }, alice)).rejects.toBeInstanceOf(StoreConflictError);
        await expect(store.createThread({ ...original, title: "Hijack" }, bob)).rejects.toBeInstanceOf(StoreConflictError);
        expect((await store.loadThread(original.id, alice))?.title).toBe("Original");
        expect(texts((await store.loadItems(original.id, { limit: 10, order: "asc" }, alice)).data)).toEqual(["first"]);
        expect(await store.loadThread(original.id, bob)).toBeNull();
      }));

    it("saveThread updates the owner's thread", () =>
      withStore(async (store, alice) => {
        const created = thread();
        await store.createThread(created, alice);
        await store.saveThread({ ...created, title: "Renamed" }, alice);
        expect((await store.loadThread(created.id, alice))?.title).toBe("Renamed");
      }));

    it("lists the owner's threads in insertion order with cursor paging", () =>
      withStore(async (store, alice, bob) => {
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) {
          const created = thread();
          ids.push(created.id);
          await store.createThread(created, alice);
        }
        await store.createThread(thread(), bob);
        const first = await store.listThreads({ limit: 2, order: "asc" }, alice);
        expect(first.data.map((t) => t.id)).toEqual(ids.slice(0, 2));
        expect(first).toMatchObject({ has_more: true, after: ids[1] });
        const rest = await store.listThreads({ limit: 10, order: "asc", after: first.after }, alice);
        expect(rest.data.map((t) => t.id)).toEqual(ids.slice(2));
        expect(rest.has_more).toBe(false);
        const newest = await store.listThreads({ limit: 2, order: "desc" }, alice);
        expect(newest.data.map((t) => t.id)).toEqual([ids[4], ids[3]]);
        const all = await store.listThreads({ limit: 100, order: "asc" }, alice);
        expect(all.data.map((t) => t.id)).toEqual(ids);
      }));

    it("appends items, replaces one with the same id in place, pages and deletes them", () =>
      withStore(async (store, alice) => {
        const created = thread();
        await store.createThread(created, alice);
        const [a, b, c] = ["a", "b", "c"].map((text) => message(created.id, text));
        for (const item of [a, b, c]) await store.saveItem(created.id, item, alice);
        await store.saveItem(created.id, message(created.id, "B", b.id), alice);
        const asc = await store.loadItems(created.id, { limit: 2, order: "asc" }, alice);
        expect(texts(asc.data)).toEqual(["a", "B"]);
        expect(asc).toMatchObject({ has_more: true, after: b.id });
        expect(texts((await store.loadItems(created.id, { limit: 5, order: "asc", after: asc.after }, alice)).data)).toEqual(["c"]);
        expect(texts((await store.loadItems(created.id, { limit: 5, order: "desc" }, alice)).data)).toEqual(["c", "B", "a"]);
        expect(await store.loadItem(created.id, c.id, alice)).toEqual(c);
        await store.deleteItem(created.id, b.id, alice);
        expect(texts((await store.loadItems(created.id, { limit: 5, order: "asc" }, alice)).data)).toEqual(["a", "c"]);
        expect(await store.loadItem(created.id, b.id, alice)).toBeNull();
      }));

    it("refuses items for a thread that does not exist", () =>
      withStore(async (store, alice) => {
        await expect(store.saveItem("thr_missing", message("thr_missing", "x"), alice)).rejects.toBeInstanceOf(StoreNotFoundError);
        expect((await store.loadItems("thr_missing", { limit: 5, order: "asc" }, alice)).data).toEqual([]);
      }));

    it("deleting a thread deletes its items", () =>
      withStore(async (store, alice) => {
        const created = thread();
        await store.createThread(created, alice);
        const item = message(created.id, "x");
        await store.saveItem(created.id, item, alice);
        await store.deleteThread(created.id, alice);
        expect(await store.loadThread(created.id, alice)).toBeNull();
        expect(await store.loadItem(created.id, item.id, alice)).toBeNull();
        expect((await store.listThreads({ limit: 10, order: "asc" }, alice)).data).toEqual([]);
      }));

    it("keeps owners apart: another owner's thread is not found by any method", () =>
      withStore(async (store, alice, bob) => {
        const secret = thread(undefined, "Alice's");
        await store.createThread(secret, alice);
        const item = message(secret.id, "private");
        await store.saveItem(secret.id, item, alice);

        expect(await store.loadThread(secret.id, bob)).toBeNull();
        expect((await store.listThreads({ limit: 100, order: "desc" }, bob)).data).toEqual([]);
        expect((await store.loadItems(secret.id, { limit: 100, order: "asc" }, bob)).data).toEqual([]);
        expect(await store.loadItem(secret.id, item.id, bob)).toBeNull();
        await expect(store.saveThread({ ...secret, title: "Bob's now" }, bob)).rejects.toBeInstanceOf(StoreNotFoundError);
        await expect(store.saveItem(secret.id, message(secret.id, "injected"), bob)).rejects.toBeInstanceOf(StoreNotFoundError);
        await expect(store.saveItem(secret.id, message(secret.id, "overwritten", item.id), bob)).rejects.toBeInstanceOf(StoreNotFoundError);
        await store.deleteItem(secret.id, item.id, bob);
        await store.deleteThread(secret.id, bob);

        expect(await store.loadThread(secret.id, alice)).toEqual(secret);
        expect(await store.loadItems(secret.id, { limit: 100, order: "asc" }, alice)).toMatchObject({ data: [item] });
      }));

    it("saveThread adds a thread the owner does not have yet", () =>
      withStore(async (store, alice) => {
        const created = thread(undefined, "Saved first");
        await store.saveThread(created, alice);
        expect(await store.loadThread(created.id, alice)).toEqual(created);
        await expect(store.createThread(created, alice)).rejects.toBeInstanceOf(StoreConflictError);
      }));

    it("of concurrent createThread calls with one id, exactly one succeeds", () =>
      withStore(async (store, alice, bob) => {
        const id = thread().id;
        const results = await Promise.allSettled([
          store.createThread(thread(id, "Alice's"), alice),
          store.createThread(thread(id, "Bob's"), bob),
          store.createThread(thread(id, "Alice's again"), alice),
        ]);
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
        for (const result of results) {
          if (result.status === "rejected") expect(result.reason).toBeInstanceOf(StoreConflictError);
        }
        const owners = [(await store.loadThread(id, alice)) !== null, (await store.loadThread(id, bob)) !== null];
        expect(owners.filter(Boolean)).toHaveLength(1);
      }));

    it("pages newest first with a cursor, and an unknown cursor gives an empty page", () =>
      withStore(async (store, alice) => {
        const created = thread();
        await store.createThread(created, alice);
        const saved = ["a", "b", "c", "d"].map((text) => message(created.id, text));
        for (const item of saved) await store.saveItem(created.id, item, alice);
        const first = await store.loadItems(created.id, { limit: 3, order: "desc" }, alice);
        expect(texts(first.data)).toEqual(["d", "c", "b"]);
        expect(first).toMatchObject({ has_more: true, after: saved[1].id });
        const second = await store.loadItems(created.id, { limit: 3, order: "desc", after: first.after }, alice);
        expect(texts(second.data)).toEqual(["a"]);
        expect(second).toMatchObject({ has_more: false, after: saved[0].id });
        expect(await store.loadItems(created.id, { limit: 3, order: "asc", after: "msg_unknown" }, alice)).toEqual({
          data: [],
          has_more: false,
          after: null,
        });
        const threads = await store.listThreads({ limit: 3, order: "desc", after: "thr_unknown" }, alice);
        expect(threads.data).toEqual([]);
      }));

    it("keeps items of different threads apart, even with the same item id", () =>
      withStore(async (store, alice) => {
        const [one, two] = [thread(), thread()];
        await store.createThread(one, alice);
        await store.createThread(two, alice);
        await store.saveItem(one.id, message(one.id, "in one", "msg_same"), alice);
        await store.saveItem(two.id, message(two.id, "in two", "msg_same"), alice);
        expect(texts((await store.loadItems(one.id, { limit: 5, order: "asc" }, alice)).data)).toEqual(["in one"]);
        expect(texts([(await store.loadItem(two.id, "msg_same", alice))!])).toEqual(["in two"]);
        await store.deleteItem(one.id, "msg_same", alice);
        expect(await store.loadItem(one.id, "msg_same", alice)).toBeNull();
        expect(await store.loadItem(two.id, "msg_same", alice)).not.toBeNull();
        await store.deleteThread(two.id, alice);
        expect(await store.loadThread(one.id, alice)).not.toBeNull();
      }));

    it("gives back exactly the JSON it was given: nulls, NUL characters, lone surrogates, emoji, nesting, numbers", () =>
      withStore(async (store, alice, _bob, contextFor) => {
        const awkward = "nul\u0000 lone\ud800 emoji👩‍💻 quote\" backslash\\ newline\n '; DROP TABLE threads; --";
        const created = { ...thread(undefined, awkward), metadata: { nested: { deeper: [1, 2.5, -0.125, 1e21, null, true, { "": "" }] } } };
        await store.createThread(created, alice);
        expect(await store.loadThread(created.id, alice)).toEqual(created);
        let deep: unknown = "bottom";
        for (let level = 0; level < 200; level++) deep = { level, children: [deep] };
        const widget = { ...message(created.id, awkward), quoted_text: null, inference_options: { deep } } as unknown as ThreadItem;
        await store.saveItem(created.id, widget, alice);
        expect(await store.loadItem(created.id, widget.id, alice)).toEqual(widget);
        const listed = await store.loadItems(created.id, { limit: 1, order: "asc" }, alice);
        expect(listed.data).toEqual([widget]);
        // Owners are any non-empty string (PostgreSQL's text cannot hold U+0000, so not that one).
        const stranger = contextFor(`${awkward.replace("\u0000", "")}'"`);
        const theirs = thread();
        await store.createThread(theirs, stranger);
        expect(await store.loadThread(theirs.id, stranger)).toEqual(theirs);
        expect(await store.loadThread(theirs.id, alice)).toBeNull();
      }));

    it("stores attachments per owner", () =>
      withStore(async (store, alice, bob) => {
        const file = attachment();
        await store.saveAttachment(file, alice);
        expect(await store.loadAttachment(file.id, alice)).toEqual(file);
        expect(await store.loadAttachment(file.id, bob)).toBeNull();
        await expect(store.saveAttachment({ ...file, name: "bob.txt" }, bob)).rejects.toBeInstanceOf(StoreNotFoundError);
        await store.deleteAttachment(file.id, bob);
        expect(await store.loadAttachment(file.id, alice)).toEqual(file);
        await store.deleteAttachment(file.id, alice);
        expect(await store.loadAttachment(file.id, alice)).toBeNull();
      }));
  });
}

/**
 * What a store does without `ownerKey` (one shared space for requests without an app context, refusal for
 * requests with one) and with an `ownerKey` that names no owner. `create(ownerKey)` makes a fresh store.
 */
export function describeOwnerKeyRules(
  name: string,
  create: (ownerKey?: OwnerKey<never>) => Promise<StoreUnderTest<unknown>["store"] & { close?(): unknown }>,
) {
  describe(`ChatKitStore ownerKey rules: ${name}`, () => {
    it("keeps one shared space when requests carry no app context", async () => {
      const store = await create();
      try {
        const shared = thread();
        await store.createThread(shared, undefined);
        expect((await store.loadThread(shared.id, undefined))?.id).toBe(shared.id);
      } finally {
        await store.close?.();
      }
    });

    it("refuses to serve a request that has an app context, instead of sharing everyone's threads", async () => {
      const store = await create();
      try {
        await expect(store.listThreads({ limit: 10, order: "desc" }, { userId: "alice" })).rejects.toThrow(/no ownerKey/);
        await expect(store.createThread(thread(), { userId: "alice" })).rejects.toThrow(/no ownerKey/);
        await expect(store.saveItem("thr_x", message("thr_x", "x"), { userId: "alice" })).rejects.toThrow(/no ownerKey/);
      } finally {
        await store.close?.();
      }
    });

    it("refuses an ownerKey that names no owner", async () => {
      const store = await create(((context: { userId?: string }) => context.userId as string) as OwnerKey<never>);
      try {
        await expect(store.loadThread("thr_x", {})).rejects.toThrow(/non-empty string/);
        await expect(store.deleteThread("thr_x", { userId: "" })).rejects.toThrow(/non-empty string/);
      } finally {
        await store.close?.();
      }
    });
  });
}
