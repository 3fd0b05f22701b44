import type { NodeView } from "../../view-kit/types";
import { size } from "../../styling/resolve";
import { useStreamedValue } from "../../view-kit/streamedValues";
import type { TextNode } from "../../schema";
import { StaticText, type TextProps } from "./textBase";
import { textColorProps } from "./textNode";

/** The `Text` props a Text node gives, `editable` aside. */
export function textPropsOf(node: TextNode, value: string): Omit<TextProps, "editable"> {
  return {
    value,
    size: node.size,
    weight: node.weight,
    textAlign: node.textAlign,
    truncate: node.truncate,
    maxLines: node.maxLines,
    minLines: node.minLines,
    italic: node.italic,
    lineThrough: node.lineThrough,
    width: size(node.width),
    streaming: node.streaming,
    ...textColorProps(node.color),
  };
}

/**
 * Renders a `Text` node that is not `editable` (the renderer draws an editable one with `EditableTextView`, which
 * loads with the other form fields).
 */
export const TextView: NodeView<TextNode> = ({ node }) => {
  const value = useStreamedValue(node);
  return <StaticText {...textPropsOf(node, value)} />;
};
