import type { NodeView } from "../../renderer/types";
import type { InputNode } from "../../schema";
import { Input } from "./Input";

/** Renders an `Input` node: a native named `input`, read from the form when an action fires. */
export const InputView: NodeView<InputNode> = ({ node }) => (
  <Input
    name={node.name}
    inputType={node.inputType}
    defaultValue={node.defaultValue}
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
