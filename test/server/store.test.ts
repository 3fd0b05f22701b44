import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../src/server";
import { describeStoreConformance, thread } from "./store-conformance";

describeStoreConformance("memory store", () => ({
  store: createMemoryStore<{ userId: string }>({ ownerKey: (context) => context.userId }),
  contextFor: (owner) => ({ userId: owner }),
}));

describe("createMemoryStore without ownerKey", () => {
  it("keeps one shared space when requests carry no app context", async () => {
    const store = createMemoryStore();
    await store.createThread(thread("thr_shared"), undefined);
    expect((await store.loadThread("thr_shared", undefined))?.id).toBe("thr_shared");
  });

  it("refuses to serve a request that has an app context, instead of sharing everyone's threads", async () => {
    const store = createMemoryStore<{ userId: string }>();
    await expect(store.listThreads({ limit: 10, order: "desc" }, { userId: "alice" })).rejects.toThrow(/no ownerKey/);
    await expect(store.createThread(thread(), { userId: "alice" })).rejects.toThrow(/no ownerKey/);
  });

  it("refuses an ownerKey that names no owner", async () => {
    const store = createMemoryStore<{ userId?: string }>({ ownerKey: (context) => context.userId as string });
    await expect(store.loadThread("thr_x", {})).rejects.toThrow(/non-empty string/);
  });
});
