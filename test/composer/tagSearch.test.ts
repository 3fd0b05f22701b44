import { describe, expect, it, vi } from "vitest";
import type { Entity } from "../../src/composer/content";
import { createTagSearch, type TagSearchState } from "../../src/composer/tagSearch";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const entity = (id: string): Entity => ({ id, title: id });

function setup() {
  const calls = new Map<string, ReturnType<typeof deferred<Entity[]>>>();
  const onTagSearch = vi.fn((query: string) => {
    const call = deferred<Entity[]>();
    calls.set(query, call);
    return call.promise;
  });
  const states: TagSearchState[] = [];
  const search = createTagSearch(onTagSearch, (state) => states.push(state));
  return { calls, onTagSearch, states, search };
}

describe("createTagSearch", () => {
  it("drops a late answer to an older query", async () => {
    const { calls, search } = setup();
    search.search("a");
    search.search("al");
    calls.get("al")!.resolve([entity("alice")]);
    await flush();
    expect(search.getState()).toMatchObject({ query: "al", status: "ready", resultsQuery: "al" });
    calls.get("a")!.resolve([entity("adam"), entity("alice")]);
    await flush();
    expect(search.getState().results.map((e) => e.id)).toEqual(["alice"]);
    expect(search.getState().resultsQuery).toBe("al");
  });

  it("keeps the previous results visible while the next query loads", async () => {
    const { calls, search } = setup();
    search.search("a");
    calls.get("a")!.resolve([entity("adam")]);
    await flush();
    search.search("ad");
    expect(search.getState()).toMatchObject({ query: "ad", status: "loading", resultsQuery: "a" });
    expect(search.getState().results.map((e) => e.id)).toEqual(["adam"]);
  });

  it("ignores a late failure of an older query and reports the latest one's", async () => {
    const { calls, search } = setup();
    search.search("x");
    search.search("xy");
    calls.get("x")!.reject(new Error("old"));
    await flush();
    expect(search.getState().status).toBe("loading");
    calls.get("xy")!.reject(new Error("down"));
    await flush();
    expect(search.getState()).toMatchObject({ query: "xy", status: "error", results: [] });
    expect((search.getState().error as Error).message).toBe("down");
  });

  it("treats a synchronous throw as a failed search", async () => {
    const search = createTagSearch(
      () => {
        throw new Error("sync");
      },
      () => {},
    );
    search.search("q");
    await flush();
    expect(search.getState().status).toBe("error");
  });

  it("drops pending answers after reset", async () => {
    const { calls, search, states } = setup();
    search.search("b");
    search.reset();
    calls.get("b")!.resolve([entity("bob")]);
    await flush();
    expect(search.getState()).toMatchObject({ status: "idle", results: [] });
    expect(states.at(-1)!.status).toBe("idle");
  });
});
