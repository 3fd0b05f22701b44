import type { NodeView } from "../../view-kit/types";
import type { BadgeNode } from "../../schema";
import { Badge } from "./Badge";

/** Renders a `Badge` node. */
export const BadgeView: NodeView<BadgeNode> = ({ node }) => (
  <Badge label={node.label} color={node.color} variant={node.variant} size={node.size} pill={node.pill} />
);
