// The @mention search as a small state machine, free of React so that its race handling is unit-tested.
import type { Entity } from "./content";

export type TagSearchStatus = "idle" | "loading" | "ready" | "error";

export interface TagSearchState<T = Entity> {
  /** The query the list belongs to (the latest one asked for). */
  query: string;
  status: TagSearchStatus;
  /**
   * Results of the newest answered query. While a newer query is loading they stay visible (no flicker between
   * keystrokes); they are replaced only by the answer to the latest query.
   */
  results: T[];
  /** Which query `results` answered; differs from `query` while loading. */
  resultsQuery: string | null;
  error: unknown;
}

export const IDLE_TAG_SEARCH: TagSearchState<never> = { query: "", status: "idle", results: [], resultsQuery: null, error: null };

export interface TagSearch<T = Entity> {
  /** Starts a search; any answer to an earlier query that arrives later is dropped. */
  search(query: string): void;
  /** Forgets the list and drops every pending answer (the menu closed). */
  reset(): void;
  getState(): TagSearchState<T>;
}

/**
 * A search whose answers may arrive out of order (the @mention and `/` command menus): only the answer to the
 * latest `search(query)` is kept. `T` is what one answer lists (entities, commands).
 */
export function createTagSearch<T = Entity>(
  onTagSearch: (query: string) => Promise<T[]>,
  onChange: (state: TagSearchState<T>) => void,
): TagSearch<T> {
  let state: TagSearchState<T> = IDLE_TAG_SEARCH;
  // Each request takes a number; only the answer carrying the latest number may touch the state.
  let latestRequest = 0;

  const set = (next: TagSearchState<T>) => {
    state = next;
    onChange(state);
  };

  return {
    search(query) {
      const request = ++latestRequest;
      set({ ...state, query, status: "loading", error: null });
      let pending: Promise<T[]>;
      try {
        pending = Promise.resolve(onTagSearch(query));
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (results) => {
          if (request !== latestRequest) return;
          set({ query, status: "ready", results: Array.isArray(results) ? results : [], resultsQuery: query, error: null });
        },
        (error: unknown) => {
          if (request !== latestRequest) return;
          set({ query, status: "error", results: [], resultsQuery: query, error });
        },
      );
    },
    reset() {
      latestRequest++;
      set(IDLE_TAG_SEARCH);
    },
    getState: () => state,
  };
}
