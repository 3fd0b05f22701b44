import type { NodeView } from "../../view-kit/types";
import { size } from "../../styling/resolve";
import { useStreamedValue } from "../../view-kit/streamedValues";
import type { TextNode } from "../../schema";
import { Text } from "./Text";
import { textColorProps } from "./textNode";

/** Renders a `Text` node; with `editable` it is a named form field read when an action fires. */
export const TextView: NodeView<TextNode> = ({ node }) => {
  const value = useStreamedValue(node);
  return (
    <Text
      value={value}
      size={node.size}
      weight={node.weight}
      textAlign={node.textAlign}
      truncate={node.truncate}
      maxLines={node.maxLines}
      minLines={node.minLines}
      italic={node.italic}
      lineThrough={node.lineThrough}
      width={size(node.width)}
      streaming={node.streaming}
      editable={node.editable || false}
      {...textColorProps(node.color)}
    />
  );
};
