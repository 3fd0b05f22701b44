import { describe, expect, it } from "vitest";
import { shareStructure } from "../../src/renderer/shareStructure";

describe("shareStructure", () => {
  const previous = {
    type: "ListView",
    children: [
      { type: "ListViewItem", key: "a", children: [{ type: "Text", value: "A" }] },
      { type: "ListViewItem", key: "b", children: [{ type: "Text", value: "B" }] },
    ],
  };

  it("returns the previous tree when nothing changed", () => {
    expect(shareStructure(previous, structuredClone(previous))).toBe(previous);
  });

  it("keeps unchanged siblings and gives the changed path new objects", () => {
    const next = structuredClone(previous);
    next.children[1]!.children[0]!.value = "B2";
    const shared = shareStructure(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.children[0]).toBe(previous.children[0]);
    expect(shared.children[1]).not.toBe(previous.children[1]);
    expect(shared.children[1]!.children[0]!.value).toBe("B2");
  });

  it("treats added and removed props and children as changes, and never writes into either tree", () => {
    const next = structuredClone(previous) as typeof previous & { status?: string };
    next.status = "done";
    next.children.pop();
    const snapshot = structuredClone(next);
    const shared = shareStructure(previous, next);
    expect(shared).toEqual(snapshot);
    expect(shared.children[0]).toBe(previous.children[0]);
    expect(next).toEqual(snapshot);
    expect(previous.children).toHaveLength(2);
    expect(shareStructure({ a: 1, b: undefined }, { a: 1, c: undefined })).toEqual({ a: 1, c: undefined });
  });
});
