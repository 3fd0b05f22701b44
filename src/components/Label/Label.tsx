import { forwardRef, useCallback, useId, useLayoutEffect, useRef, useState, type LabelHTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { useLabelFor } from "./fieldLabels";
import { fontWeightClasses, textAlignClasses, textColorClasses, textPresentation, textSizeClasses } from "../Text/textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const LABEL_DEFAULTS = { size: "sm", weight: "medium", color: "secondary", textAlign: "start" } as const;

export const labelVariants = cva("cw-label", {
  variants: {
    size: textSizeClasses,
    weight: fontWeightClasses,
    color: textColorClasses,
    textAlign: textAlignClasses,
  },
  defaultVariants: LABEL_DEFAULTS,
});

type LabelVariants = VariantProps<typeof labelVariants>;

export interface LabelProps extends Omit<LabelHTMLAttributes<HTMLLabelElement>, "color" | "children"> {
  /** The label text. */
  value: string;
  /**
   * `name` of the form field this label names. The control with that `name` in the same form (else widget,
   * else page) takes this label's id into its `aria-labelledby`, whatever its kind (Input, Textarea, Select,
   * DatePicker, Checkbox, RadioGroup), and the label points `htmlFor` at it when it is labelable. Either may
   * render first. `""` labels nothing.
   */
  fieldName: string;
  /** Text size (same scale as Text). @default "sm" */
  size?: LabelVariants["size"];
  /** Font weight. @default "medium" */
  weight?: LabelVariants["weight"];
  /** Text colour token; other colours go through `style`. @default "secondary" */
  color?: LabelVariants["color"];
  /** Horizontal alignment. @default "start" */
  textAlign?: LabelVariants["textAlign"];
}

/** Elements that a `<label for>` can point at (clicking the label then focuses or activates them). */
const LABELABLE = "input, textarea, select, button";

/** A plain native field named `fieldName` near `from` (same form, widget, root, page), for fields not built from the
 * primitives (which pair through `aria-labelledby`). Radix's hidden native controls (`aria-hidden`) are skipped. */
function findNativeField(from: HTMLElement, fieldName: string): HTMLElement | undefined {
  if (fieldName === "") return undefined;
  for (const scope of [from.closest("form"), from.closest(".cw-widget"), from.closest(".cw-root"), from.ownerDocument]) {
    if (!scope) continue;
    // Compared as attribute values, so no name needs escaping into a selector.
    for (const candidate of scope.querySelectorAll<HTMLElement>("input:not([type=hidden]), textarea, select")) {
      if (candidate.getAttribute("name") === fieldName && !candidate.closest("[aria-hidden=true]")) return candidate;
    }
  }
  return undefined;
}

let generatedIds = 0;

/** A form field's label, bound by field name rather than by id. */
export const Label = forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { value, fieldName, size, weight, color, textAlign, className, htmlFor, id, ...rest },
  forwardedRef,
) {
  const ownRef = useRef<HTMLLabelElement | null>(null);
  const generatedId = useId();
  const setRef = useCallback(
    (node: HTMLLabelElement | null) => {
      ownRef.current = node;
      if (typeof forwardedRef === "function") forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );
  // The control names itself with this label's id (aria-labelledby); the label points htmlFor back at it.
  const field = useLabelFor(fieldName, ownRef);
  const [nativeId, setNativeId] = useState<string | undefined>(undefined);
  useLayoutEffect(() => {
    const label = ownRef.current;
    const native = field || htmlFor || !label ? undefined : findNativeField(label, fieldName);
    if (native && !native.id) native.id = `cw-field-${++generatedIds}`;
    setNativeId(native?.id);
  });
  const fieldId = htmlFor ?? (field?.id && field.matches(LABELABLE) ? field.id : nativeId);

  return (
    <label
      ref={setRef}
      id={id ?? generatedId}
      htmlFor={fieldId}
      {...textPresentation(labelVariants, LABEL_DEFAULTS, { size, weight, color, textAlign }, className)}
      data-field-name={fieldName}
      {...rest}
    >
      {value}
    </label>
  );
});
