import { WidgetChildren, nodeKey } from "../../view-kit/WidgetChildren";
import type { NodeView } from "../../view-kit/types";
import type { TransitionNode } from "../../schema";
import { Transition } from "./Transition";

/** Renders a `Transition` node: its child is keyed by `key`/`id`, so a swapped child animates in. */
export const TransitionView: NodeView<TransitionNode> = ({ node, path }) => (
  <Transition contentKey={node.children ? nodeKey(node.children, 0) : null}>
    {node.children ? <WidgetChildren nodes={node.children} path={path} /> : null}
  </Transition>
);
