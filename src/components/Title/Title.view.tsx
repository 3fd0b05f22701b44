import type { NodeView } from "../../view-kit/types";
import type { TitleNode } from "../../schema";
import { textColorProps } from "../Text/textNode";
import { Title } from "./Title";

/** Renders a `Title` node. */
export const TitleView: NodeView<TitleNode> = ({ node }) => (
  <Title
    value={node.value}
    size={node.size}
    weight={node.weight}
    textAlign={node.textAlign}
    truncate={node.truncate}
    maxLines={node.maxLines}
    {...textColorProps(node.color)}
  />
);
