import type { NodeView } from "../../renderer/types";
import type { TextareaNode } from "../../schema";
import { Textarea } from "./Textarea";

/** Renders a `Textarea` node: a native named `textarea`, read from the form when an action fires. */
export const TextareaView: NodeView<TextareaNode> = ({ node }) => (
  <Textarea
    name={node.name}
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
    rows={node.rows}
    autoResize={node.autoResize}
    maxRows={node.maxRows}
    allowAutofillExtensions={node.allowAutofillExtensions}
  />
);
