import type { NodeView } from "../../view-kit/types";
import type { CaptionNode } from "../../schema";
import { textColorProps } from "../Text/textNode";
import { Caption } from "./Caption";

/** Renders a `Caption` node. */
export const CaptionView: NodeView<CaptionNode> = ({ node }) => (
  <Caption
    value={node.value}
    size={node.size}
    weight={node.weight}
    textAlign={node.textAlign}
    truncate={node.truncate}
    maxLines={node.maxLines}
    {...textColorProps(node.color)}
  />
);
