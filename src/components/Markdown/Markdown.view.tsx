import type { NodeView } from "../../renderer/types";
import type { MarkdownNode } from "../../schema";
import { Markdown } from "./Markdown";

/** Renders a `Markdown` node. */
export const MarkdownView: NodeView<MarkdownNode> = ({ node }) => <Markdown value={node.value} streaming={node.streaming} />;
