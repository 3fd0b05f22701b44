import type { ComponentType } from "react";
import type { WidgetNode } from "../schema";

/** What the renderer hands every node view: the validated node and its path in the widget (`children[2]`). */
export interface NodeViewProps<N = WidgetNode> {
  node: N;
  /** Issue-style path of the node (`""` for the root, `children[0].children[1]` below it). */
  path: string;
}

/** A React component that renders one widget node type (`<Name>View` in `src/components/<Name>/`). */
// `any` lets one registry hold views of different node types; each view narrows its own node.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NodeView<N = any> = ComponentType<NodeViewProps<N>>;

/** `type` → view. */
export type NodeViewMap = Readonly<Record<string, NodeView>>;
