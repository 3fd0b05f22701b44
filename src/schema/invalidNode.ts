// The placeholder the walker puts where a subtree cannot be drawn; kept apart from the walker so the renderer can
// recognise one without loading it.
import type { WidgetIssue } from "./issues";
import { isPlainObject } from "./spec";

/** Where an invalid subtree was; the renderer shows an error card in its place. */
export interface InvalidNode {
  type: "$invalid";
  /** JSON path of the node, `""` for the root. */
  path: string;
  /** The node's own issues (not those of its descendants). */
  issues: WidgetIssue[];
  /** The node as it was received. */
  raw: unknown;
}

export const INVALID_NODE_TYPE = "$invalid" as const;

export function isInvalidNode(value: unknown): value is InvalidNode {
  return isPlainObject(value) && value.type === INVALID_NODE_TYPE;
}
