import { useCallback, useContext, useSyncExternalStore } from "react";
import { NodeRenderScopeContext } from "./context";

// A streamed text delta changes one string deep in the tree. Were the new tree rendered as usual, every
// ancestor of the node would re-render (each gets new children). Instead the renderer keeps the node's
// previous object in the tree and hands the new value to the node's view through this store, so a delta
// re-renders that one node.

/** Node types whose `value` streams (`widget.streaming_text.value_delta`). */
const STREAMED_TYPES = new Set(["Text", "Markdown"]);

export function isStreamedTextNode(node: Record<string, unknown>): boolean {
  return STREAMED_TYPES.has(node.type as string) && typeof node.value === "string";
}

/** The latest `value` of nodes kept in the tree under their previous object, keyed by that object. */
export class StreamedValues {
  private readonly values = new WeakMap<object, string>();
  private readonly listeners = new WeakMap<object, Set<() => void>>();

  get(node: object): string | undefined {
    return this.values.get(node);
  }

  set(node: object, value: string): void {
    if (this.values.get(node) === value) return;
    this.values.set(node, value);
    for (const listener of this.listeners.get(node) ?? []) listener();
  }

  subscribe(node: object, listener: () => void): () => void {
    let set = this.listeners.get(node);
    if (!set) this.listeners.set(node, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }
}

/** A change `shareStructure` left out of the tree: `node` (the previous object) now has `value`. */
export interface StreamedValueChange {
  node: object;
  value: string;
}

/** The current `value` of a Text or Markdown node: the streamed one when the tree kept the node's older object. */
export function useStreamedValue(node: { value: string }): string {
  const { streamed } = useContext(NodeRenderScopeContext);
  const subscribe = useCallback((listener: () => void) => (streamed ? streamed.subscribe(node, listener) : () => {}), [streamed, node]);
  const read = () => streamed?.get(node) ?? node.value;
  return useSyncExternalStore(subscribe, read, read);
}
