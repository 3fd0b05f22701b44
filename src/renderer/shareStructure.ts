// Keeps the identity of every part of a new widget tree that equals the previous one, so that memoised node
// views skip unchanged subtrees: a streamed text delta or one changed list item re-renders only its own path.
// Parsing yields new objects on every call, whatever the thread reducer already shared.
import { isStreamedTextNode, type StreamedValueChange } from "./streamedValues";

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * `next`, with every subtree deep-equal to the same place in `previous` replaced by `previous`'s object.
 * With `streamed`, a Text or Markdown node that differs only in `value` also keeps its previous object, and the
 * new value is pushed to `streamed` (the renderer delivers it to that node's view alone).
 */
export function shareStructure<T>(previous: unknown, next: T, streamed?: StreamedValueChange[]): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const shared = next.map((item, index) => {
      const kept = shareStructure(previous[index], item, streamed);
      if (kept !== previous[index]) same = false;
      return kept;
    });
    return (same ? previous : shared) as T;
  }
  if (!isPlainObject(next) || !isPlainObject(previous)) return next;
  if (streamed && isStreamedTextNode(next) && isStreamedTextNode(previous) && differsInValueOnly(previous, next)) {
    streamed.push({ node: previous, value: next.value as string });
    return previous as T;
  }
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  // A copy, never a write into `next`: parsed nodes may be the caller's own objects.
  const shared: Record<string, unknown> = Object.create(Object.getPrototypeOf(next));
  for (const key of keys) {
    const kept = shareStructure(previous[key], next[key], streamed);
    if (!Object.prototype.hasOwnProperty.call(previous, key) || kept !== previous[key]) same = false;
    shared[key] = kept;
  }
  return (same ? previous : shared) as T;
}

function differsInValueOnly(previous: Record<string, unknown>, next: Record<string, unknown>): boolean {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(previous).length) return false;
  return keys.every((key) => key === "value" || (Object.prototype.hasOwnProperty.call(previous, key) && shareStructure(previous[key], next[key]) === previous[key]));
}
