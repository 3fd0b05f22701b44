import { useServerValue } from "../../view-kit/serverValue";
import type { NodeView } from "../../view-kit/types";
import type { InputNode } from "../../schema";
import { Input } from "./Input";

/**
 * Renders an `Input` node: a native named `input`, read from the form when an action fires. A new version of
 * the widget with a different `defaultValue` shows that value (`useServerValue`).
 */
export const InputView: NodeView<InputNode> = ({ node }) => {
  const [value, setValue] = useServerValue(node.defaultValue ?? "");
  return (
    <Input
      name={node.name}
      inputType={node.inputType}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      required={node.required}
      pattern={node.pattern}
      placeholder={node.placeholder}
      autoSelect={node.autoSelect}
      autoFocus={node.autoFocus}
      disabled={node.disabled}
      variant={node.variant}
      size={node.size}
      gutterSize={node.gutterSize}
      pill={node.pill}
      allowAutofillExtensions={node.allowAutofillExtensions}
    />
  );
};
