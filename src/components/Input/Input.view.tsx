import type { NodeView } from "../../view-kit/types";
import type { InputNode } from "../../schema";
import { Input } from "./Input";
import { useTextFieldNodeProps } from "./textField.view";

/**
 * Renders an `Input` node: a native named `input`, read from the form when an action fires. A new version of
 * the widget with a different `defaultValue` shows that value (`useServerValue`).
 */
export const InputView: NodeView<InputNode> = ({ node }) => (
  <Input {...useTextFieldNodeProps(node)} inputType={node.inputType} pill={node.pill} />
);
