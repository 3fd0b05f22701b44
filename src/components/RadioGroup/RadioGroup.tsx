import { forwardRef, useId, useImperativeHandle, useRef, type ComponentPropsWithoutRef, type ElementRef } from "react";
import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { useFieldLabelledBy } from "../Label/fieldLabels";

export const RADIO_DIRECTIONS = ["row", "col"] as const;
export const RADIO_GROUP_DEFAULTS = { direction: "row", disabled: false, required: false } as const;

export const radioGroupVariants = cva("cw-radio-group", {
  variants: {
    direction: { row: "cw-radio-group--row", col: "cw-radio-group--col" },
    disabled: { true: "cw-radio-group--disabled", false: "" },
  },
  defaultVariants: { direction: RADIO_GROUP_DEFAULTS.direction, disabled: RADIO_GROUP_DEFAULTS.disabled },
});

export interface RadioGroupOption {
  /** Text of the choice. */
  label: string;
  /** Value submitted when the choice is selected. */
  value: string;
  /** The choice cannot be selected. */
  disabled?: boolean;
}

type RootProps = ComponentPropsWithoutRef<typeof RadioGroupPrimitive.Root>;

export interface RadioGroupProps
  extends Omit<RootProps, "orientation" | "dir" | "children" | "value" | "defaultValue" | "onValueChange"> {
  /** Field name: the form payload gets the selected value under it (dot paths nest). */
  name?: string;
  /** The choices. */
  options?: RadioGroupOption[];
  /** Accessible name of the group when no `Label` whose `fieldName` is `name` names it. */
  ariaLabel?: string;
  /** Initially selected value of the uncontrolled group. */
  defaultValue?: string;
  /** Controlled value; pair with `onValueChange`. */
  value?: string;
  /** Called with the newly selected value. */
  onValueChange?: (value: string) => void;
  /** Lay the choices out in a row or a column. @default "row" */
  direction?: VariantProps<typeof radioGroupVariants>["direction"];
  /** Every choice is disabled and the group is left out of form values. @default false */
  disabled?: boolean;
  /** The form cannot be submitted until a choice is selected. @default false */
  required?: boolean;
}

/**
 * A group of radio choices (Radix RadioGroup: native radios are rendered inside forms). All four arrow keys move
 * the choice, in a row or a column (WAI-ARIA radio group pattern).
 */
export const RadioGroup = forwardRef<ElementRef<typeof RadioGroupPrimitive.Root>, RadioGroupProps>(function RadioGroup(
  { options = [], ariaLabel, name, direction, disabled = false, className, ...rest },
  ref,
) {
  const baseId = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => groupRef.current!, []);
  const labelledBy = useFieldLabelledBy(name, groupRef);
  const resolvedDirection = direction ?? RADIO_GROUP_DEFAULTS.direction;
  return (
    <RadioGroupPrimitive.Root
      ref={groupRef}
      name={name}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : ariaLabel}
      // No orientation for the arrow keys: Up/Left and Down/Right move the choice in both layouts (the radio
      // group pattern); the layout is still exposed as aria-orientation.
      aria-orientation={resolvedDirection === "row" ? "horizontal" : "vertical"}
      disabled={disabled}
      className={cx(radioGroupVariants({ direction: resolvedDirection, disabled }), className)}
      data-direction={resolvedDirection}
      {...rest}
    >
      {options.map((option, index) => {
        const itemId = `${baseId}-${index}`;
        return (
          <span key={option.value} className="cw-radio-group__option" data-disabled={option.disabled || disabled || undefined}>
            <RadioGroupPrimitive.Item id={itemId} value={option.value} disabled={option.disabled} className="cw-radio-group__item">
              <RadioGroupPrimitive.Indicator className="cw-radio-group__indicator" />
            </RadioGroupPrimitive.Item>
            <label className="cw-radio-group__label" htmlFor={itemId}>
              {option.label}
            </label>
          </span>
        );
      })}
    </RadioGroupPrimitive.Root>
  );
});
