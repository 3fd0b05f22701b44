// Keeps the identity of every part of a new widget tree that equals the previous one, so that memoised node
// views skip unchanged subtrees: a streamed text delta or one changed list item re-renders only its own path.
// Parsing yields new objects on every call, whatever the thread reducer already shared.
import { isStreamedTextNode, type StreamedValueChange } from "../view-kit/streamedValues";

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Deepest level compared. Parsed widgets nest at most `WIDGET_LIMITS.maxNesting` (1,000) JSON levels; anything
 * deeper (a tree handed in unparsed) is taken as new below this level instead of overflowing the stack.
 */
export const SHARE_STRUCTURE_MAX_DEPTH = 1_100;

/**
 * `next`, with every subtree deep-equal to the same place in `previous` replaced by `previous`'s object.
 * With `streamed`, a Text or Markdown node that differs only in `value` also keeps its previous object, and the
 * new value is pushed to `streamed` (the renderer delivers it to that node's view alone).
 */
export function shareStructure<T>(previous: unknown, next: T, streamed?: StreamedValueChange[], depth = 0): T {
  if (Object.is(previous, next) || depth > SHARE_STRUCTURE_MAX_DEPTH) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const shared = next.map((item, index) => {
      const kept = shareStructure(previous[index], item, streamed, depth + 1);
      if (kept !== previous[index]) same = false;
      return kept;
    });
    return (same ? previous : shared) as T;
  }
  if (!isPlainObject(next) || !isPlainObject(previous)) return next;
  const keys = Object.keys(next);
  let valueDiffers = false;
  let otherDiffers = keys.length !== Object.keys(previous).length;
  // A copy, never a write into `next`: parsed nodes may be the caller's own objects.
  const shared: Record<string, unknown> = Object.create(Object.getPrototypeOf(next));
  for (const key of keys) {
    const kept = shareStructure(previous[key], next[key], streamed, depth + 1);
    if (!Object.prototype.hasOwnProperty.call(previous, key) || kept !== previous[key]) {
      if (key === "value") valueDiffers = true;
      else otherDiffers = true;
    }
    shared[key] = kept;
  }
  if (!otherDiffers && streamed && isStreamedTextNode(next) && isStreamedTextNode(previous)) {
    // Reported even when the value is unchanged, so that an earlier streamed value does not linger.
    streamed.push({ node: previous, value: next.value as string });
    return previous as T;
  }
  return (otherDiffers || valueDiffers ? shared : previous) as T;
}
