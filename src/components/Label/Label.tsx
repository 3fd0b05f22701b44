import { forwardRef, useCallback, useLayoutEffect, useRef, useState, type LabelHTMLAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { fontWeightClasses, textAlignClasses, textColorClasses } from "../Text/textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const LABEL_DEFAULTS = { size: "sm", weight: "medium", color: "secondary", textAlign: "start" } as const;

export const labelVariants = cva("cw-label", {
  variants: {
    size: {
      xs: "cw-text--size-xs",
      sm: "cw-text--size-sm",
      md: "cw-text--size-md",
      lg: "cw-text--size-lg",
      xl: "cw-text--size-xl",
    },
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
   * `name` of the form field this label describes. The label finds that field in its form (or widget)
   * and points `htmlFor` at it, giving the field an id when it has none.
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

const FIELD_SELECTOR = "input:not([type=hidden]), textarea, select, [role=combobox], [role=radiogroup], button[role=checkbox]";
let generatedIds = 0;

/** The labelable element named `fieldName` near `from`: same form first, then the widget, then the document. */
function findField(from: HTMLElement, fieldName: string): HTMLElement | null {
  // A Label without `fieldName` (the parser draws it with "") labels nothing.
  if (fieldName === "") return null;
  const scopes = [from.closest("form"), from.closest("[data-cw-widget], .cw-root"), from.ownerDocument];
  for (const scope of scopes) {
    if (!scope) continue;
    // Compared as attribute values, so no name needs escaping into a selector.
    for (const candidate of scope.querySelectorAll<HTMLElement>("[name]")) {
      if (candidate.getAttribute("name") !== fieldName) continue;
      if (candidate.matches(FIELD_SELECTOR)) return candidate;
      // Radix renders a hidden native control next to its visible trigger; label the trigger.
      const visible = candidate.parentElement?.querySelector<HTMLElement>(FIELD_SELECTOR);
      if (visible) return visible;
    }
  }
  return null;
}

/** A form field's label, bound by field name rather than by id. */
export const Label = forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { value, fieldName, size, weight, color, textAlign, className, htmlFor, ...rest },
  forwardedRef,
) {
  const ownRef = useRef<HTMLLabelElement | null>(null);
  const [fieldId, setFieldId] = useState<string | undefined>(htmlFor);
  const setRef = useCallback(
    (node: HTMLLabelElement | null) => {
      ownRef.current = node;
      if (typeof forwardedRef === "function") forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );

  // The field may render after the label (it usually follows it), so look it up after layout.
  useLayoutEffect(() => {
    if (htmlFor) return setFieldId(htmlFor);
    const label = ownRef.current;
    if (!label) return;
    const field = findField(label, fieldName);
    if (!field) return setFieldId(undefined);
    if (!field.id) field.id = `cw-field-${++generatedIds}`;
    setFieldId(field.id);
  });

  return (
    <label
      ref={setRef}
      htmlFor={fieldId}
      className={cx(labelVariants({ size, weight, color, textAlign }), className)}
      data-size={size ?? LABEL_DEFAULTS.size}
      data-weight={weight ?? LABEL_DEFAULTS.weight}
      data-color={color ?? LABEL_DEFAULTS.color}
      data-text-align={textAlign ?? LABEL_DEFAULTS.textAlign}
      data-field-name={fieldName}
      {...rest}
    >
      {value}
    </label>
  );
});
