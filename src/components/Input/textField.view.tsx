import type { ChangeEvent } from "react";
import { useServerValue } from "../../view-kit/serverValue";
import type { InputNode, TextareaNode } from "../../schema";

/**
 * Maps the fields `Input` and `Textarea` nodes share onto the props of the `Input`/`Textarea` component: the
 * name and the controlled value (a new version of the widget with a different `defaultValue` shows that value,
 * `useServerValue`), validation (`required`, `pattern`), focus behaviour, looks and autofill.
 */
export function useTextFieldNodeProps(node: InputNode | TextareaNode) {
  const [value, setValue] = useServerValue(node.defaultValue ?? "");
  return {
    name: node.name,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(event.currentTarget.value),
    required: node.required,
    pattern: node.pattern,
    placeholder: node.placeholder,
    autoSelect: node.autoSelect,
    autoFocus: node.autoFocus,
    disabled: node.disabled,
    variant: node.variant,
    size: node.size,
    gutterSize: node.gutterSize,
    allowAutofillExtensions: node.allowAutofillExtensions,
  };
}
