import type { NodeView } from "../../view-kit/types";
import { useStreamedValue } from "../../view-kit/streamedValues";
import type { TextNode } from "../../schema";
import { Text } from "./Text";
import { textPropsOf } from "./Text.view";

/** Renders a `Text` node with `editable`: a named form field, read when an action fires. */
export const EditableTextView: NodeView<TextNode> = ({ node }) => {
  const value = useStreamedValue(node);
  return <Text {...textPropsOf(node, value)} editable={node.editable || false} />;
};
