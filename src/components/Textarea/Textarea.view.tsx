import { useServerValue } from "../../view-kit/serverValue";
import type { NodeView } from "../../view-kit/types";
import type { TextareaNode } from "../../schema";
import { Textarea } from "./Textarea";

/**
 * Renders a `Textarea` node: a native named `textarea`, read from the form when an action fires. A new version
 * of the widget with a different `defaultValue` shows that value (`useServerValue`).
 */
export const TextareaView: NodeView<TextareaNode> = ({ node }) => {
  const [value, setValue] = useServerValue(node.defaultValue ?? "");
  return (
    <Textarea
      name={node.name}
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
      rows={node.rows}
      autoResize={node.autoResize}
      maxRows={node.maxRows}
      allowAutofillExtensions={node.allowAutofillExtensions}
    />
  );
};
