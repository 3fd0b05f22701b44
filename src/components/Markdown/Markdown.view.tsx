import { useStreamedValue } from "../../view-kit/streamedValues";
import type { NodeView } from "../../view-kit/types";
import type { MarkdownNode } from "../../schema";
import { Markdown } from "./Markdown";

/** Renders a `Markdown` node. */
export const MarkdownView: NodeView<MarkdownNode> = ({ node }) => {
  const value = useStreamedValue(node);
  return <Markdown value={value} streaming={node.streaming} />;
};
