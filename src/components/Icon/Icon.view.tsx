import type { NodeView } from "../../view-kit/types";
import type { IconNode } from "../../schema";
import { textColorProps } from "../Text/textNode";
import { Icon } from "./Icon";

/** Renders an `Icon` node (prose colour unless the node says otherwise, as in ChatKit). */
export const IconView: NodeView<IconNode> = ({ node }) => (
  <Icon name={node.name} size={node.size} {...textColorProps(node.color ?? "prose")} />
);
