import type { NodeView } from "../../view-kit/types";
import type { DividerNode } from "../../schema";
import { Divider } from "./Divider";

/** Renders a `Divider` node. */
export const DividerView: NodeView<DividerNode> = ({ node }) => (
  <Divider color={node.color} size={node.size} spacing={node.spacing} flush={node.flush} />
);
