import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen } from "@testing-library/react";
import { groupEntities, type Entity } from "../../src/composer";
import { MentionList, MENTION_STATUS_SETTLE_MS } from "../../src/composer/MentionList";
import type { TagSearchState } from "../../src/composer/tagSearch";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const alina: Entity = { id: "p1", title: "Alina Petrova", group: "People" };
const loading = (query: string, results: Entity[] = []): TagSearchState => ({ query, status: "loading", results, resultsQuery: null, error: null });
const ready = (query: string, results: Entity[]): TagSearchState => ({ query, status: "ready", results, resultsQuery: query, error: null });

function List({ search }: { search: TagSearchState }) {
  return (
    <MentionList
      listId="list"
      groups={groupEntities(search.results)}
      search={search}
      activeEntity={undefined}
      optionId={(entity) => `option-${entity.id}`}
      onPick={() => {}}
      onHover={() => {}}
    />
  );
}

describe("the @mention status line", () => {
  it("says nothing while fast answers follow each keystroke, so 'Searching…' does not flip per key", () => {
    vi.useFakeTimers();
    const seen = new Set<string>();
    const { rerender } = render(<List search={loading("a")} />);
    const status = screen.getByRole("status");
    const observer = new MutationObserver(() => seen.add(status.textContent ?? ""));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    for (const query of ["a", "al", "ali", "alin"]) {
      rerender(<List search={loading(query, [alina])} />);
      act(() => vi.advanceTimersByTime(MENTION_STATUS_SETTLE_MS / 4));
      rerender(<List search={ready(query, [alina])} />);
      act(() => vi.advanceTimersByTime(MENTION_STATUS_SETTLE_MS / 4));
    }
    act(() => vi.advanceTimersByTime(MENTION_STATUS_SETTLE_MS * 2));
    observer.disconnect();
    expect([...seen]).toEqual([]);
    expect(status.textContent).toBe("");
  });

  it("says 'Searching…' once a search stays pending, then the outcome once it holds", () => {
    vi.useFakeTimers();
    const { rerender } = render(<List search={loading("zebra")} />);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    act(() => vi.advanceTimersByTime(MENTION_STATUS_SETTLE_MS + 1));
    expect(status.textContent).toBe("Searching…");
    rerender(<List search={ready("zebra", [])} />);
    act(() => vi.advanceTimersByTime(MENTION_STATUS_SETTLE_MS + 1));
    expect(status.textContent).toBe("No results for “zebra”");
  });
});
