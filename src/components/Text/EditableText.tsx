// Text's editable mode: an input that looks like the text it edits, named by a matching Label (fieldLabels).
import { forwardRef, useEffect, useId, useRef, type HTMLAttributes } from "react";
import { useFieldLabelledBy } from "../Label/fieldLabels";
import type { TextEditableProps } from "./textBase";

export interface EditableTextProps extends Omit<HTMLAttributes<HTMLInputElement>, "children"> {
  value: string;
  editable: TextEditableProps;
}

/**
 * The field `Text` draws with `editable`: `editable.name` names it in the form, `value` is its initial value; a
 * `Label` with that `fieldName` names it for assistive technology, else the placeholder does.
 */
export const EditableText = forwardRef<HTMLInputElement, EditableTextProps>(function EditableText(
  { value, editable, id, onFocus, ...rest },
  forwardedRef,
) {
  const generatedId = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const labelledBy = useFieldLabelledBy(editable.name, inputRef);
  const { name, placeholder, required, pattern, autoFocus, autoSelect, autoComplete, allowAutofillExtensions } = editable;

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (autoFocus) input.focus();
    if (autoSelect && autoFocus) input.select();
    // Mount-time behaviour only, like the native attributes it stands in for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <input
      ref={(node) => {
        inputRef.current = node;
        if (typeof forwardedRef === "function") forwardedRef(node);
        else if (forwardedRef) forwardedRef.current = node;
      }}
      id={id ?? generatedId}
      type="text"
      name={name}
      defaultValue={value}
      placeholder={placeholder}
      required={required}
      pattern={pattern}
      autoComplete={autoComplete ?? (allowAutofillExtensions ? undefined : "off")}
      // Password managers skip fields marked like this unless the widget allows them in.
      data-1p-ignore={allowAutofillExtensions ? undefined : true}
      data-lpignore={allowAutofillExtensions ? undefined : "true"}
      // A <Label fieldName> names it; else the placeholder (never the field name).
      aria-labelledby={labelledBy}
      title={placeholder}
      onFocus={(event) => {
        if (autoSelect) event.currentTarget.select();
        onFocus?.(event);
      }}
      {...rest}
    />
  );
});
