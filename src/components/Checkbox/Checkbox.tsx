import { forwardRef, useId, useImperativeHandle, useRef, type ComponentPropsWithoutRef, type ElementRef } from "react";
import { Checkbox as CheckboxPrimitive } from "radix-ui";
import { cva, cx } from "class-variance-authority";
import { useFieldLabelledBy } from "../Label/fieldLabels";

export const CHECKBOX_DEFAULTS = { defaultChecked: false, disabled: false, required: false } as const;

export const checkboxVariants = cva("cw-checkbox", {
  variants: { disabled: { true: "cw-checkbox--disabled", false: "" } },
  defaultVariants: { disabled: CHECKBOX_DEFAULTS.disabled },
});

type RootProps = ComponentPropsWithoutRef<typeof CheckboxPrimitive.Root>;

export interface CheckboxProps
  extends Omit<RootProps, "checked" | "defaultChecked" | "onCheckedChange" | "children"> {
  /** Field name: the form payload gets `true`/`false` under it (dot paths nest). */
  name?: string;
  /** Text next to the box; clicking it toggles the box. */
  label?: string;
  /** Initial state of the uncontrolled box. @default false */
  defaultChecked?: boolean;
  /** Controlled state; pair with `onCheckedChange`. */
  checked?: boolean;
  /** Called with the new state after the user toggles the box. */
  onCheckedChange?: (checked: boolean) => void;
  /** The form cannot be submitted while the box is unchecked. @default false */
  required?: boolean;
  /** Greys the box out and leaves it out of form values. @default false */
  disabled?: boolean;
  /** Show the invalid state. */
  invalid?: boolean;
}

/**
 * A check box with an optional label (Radix Checkbox: a native checkbox is rendered inside forms). Its name is
 * a `Label` whose `fieldName` is `name` (followed by its own `label`), else its `label`, else `aria-label`.
 */
export const Checkbox = forwardRef<ElementRef<typeof CheckboxPrimitive.Root>, CheckboxProps>(function Checkbox(
  { label, defaultChecked, checked, onCheckedChange, disabled = false, invalid, className, id, ...rest },
  ref,
) {
  const generatedId = useId();
  const labelId = useId();
  const boxId = id ?? generatedId;
  const boxRef = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => boxRef.current!, []);
  const labelledBy = useFieldLabelledBy(rest.name, boxRef);
  return (
    <span className={cx(checkboxVariants({ disabled }), className)} data-disabled={disabled || undefined}>
      <CheckboxPrimitive.Root
        ref={boxRef}
        id={boxId}
        className="cw-checkbox__box"
        defaultChecked={defaultChecked}
        checked={checked}
        onCheckedChange={onCheckedChange ? (state) => onCheckedChange(state === true) : undefined}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        {...rest}
        aria-labelledby={rest["aria-labelledby"] ?? (labelledBy ? `${labelledBy}${label ? ` ${labelId}` : ""}` : undefined)}
      >
        <CheckboxPrimitive.Indicator className="cw-checkbox__indicator">
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </CheckboxPrimitive.Indicator>
      </CheckboxPrimitive.Root>
      {label ? (
        <label className="cw-checkbox__label" id={labelId} htmlFor={boxId}>
          {label}
        </label>
      ) : null}
    </span>
  );
});
