import type { NodeView } from "../../view-kit/types";
import type { TextareaNode } from "../../schema";
import { Textarea } from "./Textarea";
import { useTextFieldNodeProps } from "../Input/textField.view";

/**
 * Renders a `Textarea` node: a native named `textarea`, read from the form when an action fires. A new version
 * of the widget with a different `defaultValue` shows that value (`useServerValue`).
 */
export const TextareaView: NodeView<TextareaNode> = ({ node }) => (
  <Textarea
    {...useTextFieldNodeProps(node)}
    rows={node.rows}
    autoResize={node.autoResize}
    maxRows={node.maxRows}
  />
);
