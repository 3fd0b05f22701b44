import {
  forwardRef,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type FocusEventHandler,
  type FormEventHandler,
  type InputHTMLAttributes,
  type ReactElement,
  type RefObject,
} from "react";
import { useFieldLabelledBy } from "../Label/fieldLabels";
import { useValidatedField, type ValidatedFieldOptions } from "./fieldValidity";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { CONTROL_SIZES } from "../../tokens";

export const INPUT_TYPES = ["text", "number", "email", "password", "tel", "url"] as const;
export const FIELD_VARIANTS = ["outline", "soft"] as const;
export const FIELD_SIZES = CONTROL_SIZES;
export const FIELD_GUTTER_SIZES = ["2xs", "xs", "sm", "md", "lg", "xl"] as const;

type InputType = (typeof INPUT_TYPES)[number];
type FieldVariant = (typeof FIELD_VARIANTS)[number];
type FieldSize = (typeof FIELD_SIZES)[number];
type FieldGutterSize = (typeof FIELD_GUTTER_SIZES)[number];

const classes = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name}`])) as Record<K, string>;

/** Defaults of the widget vocabulary (WIDGET-SPEC §2.5), mirrored into data-* attributes. */
export const INPUT_DEFAULTS = { variant: "outline", size: "md", pill: false } as const;

/** Horizontal padding that suits each height when `gutterSize` is not given. */
export const FIELD_GUTTER_FOR: Record<FieldSize, FieldGutterSize> = {
  "3xs": "2xs",
  "2xs": "2xs",
  xs: "xs",
  sm: "sm",
  md: "sm",
  lg: "md",
  xl: "md",
  "2xl": "lg",
  "3xl": "xl",
};

export const inputVariants = cva("cw-input", {
  variants: {
    variant: classes(FIELD_VARIANTS, "cw-input--"),
    size: classes(FIELD_SIZES, "cw-input--size-"),
    pill: { true: "cw-input--pill", false: "" },
  },
  defaultVariants: INPUT_DEFAULTS,
});

type InputVariantProps = VariantProps<typeof inputVariants>;

/**
 * Attributes that tell password managers (1Password, LastPass, Bitwarden, Dashlane) to leave a field
 * alone: widget fields are not login forms unless the author says so.
 */
export const AUTOFILL_IGNORE_ATTRIBUTES = {
  "data-1p-ignore": true,
  "data-lpignore": "true",
  "data-bwignore": true,
  "data-form-type": "other",
} as const;

export interface InputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "size" | "type" | "children"> {
  /** Field name: the key of the value in the form payload (dot paths nest). */
  name?: string;
  /** Kind of text the field takes (native `type`). @default "text" */
  inputType?: InputType;
  /** Initial value of the uncontrolled field. */
  defaultValue?: string;
  /** Controlled value; pair with `onChange`. */
  value?: string;
  /** Text shown while the field is empty. */
  placeholder?: string;
  /** The form cannot be submitted while the field is empty. @default false */
  required?: boolean;
  /** Regular expression the whole value must match for the form to submit. */
  pattern?: string;
  /** Select the whole text when the field receives focus. @default false */
  autoSelect?: boolean;
  /** Focus the field when it mounts. @default false */
  autoFocus?: boolean;
  /** Greys the field out and leaves it out of form values. @default false */
  disabled?: boolean;
  /** Outline (bordered) or soft (tinted) field. @default "outline" */
  variant?: FieldVariant;
  /** Height: 3xs 22 · 2xs 24 · xs 26 · sm 28 · md 32 · lg 36 · xl 40 · 2xl 44 · 3xl 48 px. @default "md" */
  size?: FieldSize;
  /** Horizontal padding: 2xs 6 · xs 8 · sm 10 · md 12 · lg 14 · xl 16 px; derived from `size` when omitted. */
  gutterSize?: FieldGutterSize;
  /** Fully rounded ends. @default false */
  pill?: InputVariantProps["pill"];
  /** Let password-manager extensions fill the field. @default inputType === "password" */
  allowAutofillExtensions?: boolean;
  /** Show the invalid state (also shown after the user leaves a field that fails `required`/`pattern`). */
  invalid?: boolean;
}

/**
 * Selects the field's text on focus: at once (so keys typed right after focus replace it), and again on the next
 * frame, since a click's mouseup places the caret after focus. The second pass is skipped once the value changed:
 * it would select what the user has just typed.
 */
export function selectOnFocus(event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) {
  const field = event.currentTarget;
  const value = field.value;
  field.select();
  requestAnimationFrame(() => {
    if (document.activeElement === field && field.value === value) field.select();
  });
}

/** What a text field (`Input`, `Textarea`) hands `useTextField`: its own props that every text field treats alike. */
export interface TextFieldOptions<F extends HTMLInputElement | HTMLTextAreaElement> extends ValidatedFieldOptions<F> {
  /** The caller's `id`; a generated one otherwise. */
  id?: string;
  /** The field's `name`: a `Label` whose `fieldName` matches names the field. */
  name?: string;
  /** The caller's `aria-labelledby`, which wins over a matching Label. */
  labelledBy?: string;
  /** Show the invalid state whatever the validity says. */
  invalid?: boolean;
  /** Select the text on focus. */
  autoSelect: boolean;
  /** Let password managers fill the field (else `autoComplete="off"` and AUTOFILL_IGNORE_ATTRIBUTES). */
  allowAutofill: boolean;
  onFocus?: FocusEventHandler<F>;
}

/** The native attributes `useTextField` gives a text field, in the order they are spread around the caller's rest. */
export interface TextField<F extends HTMLInputElement | HTMLTextAreaElement> {
  /** Spread before the caller's remaining props: id, `aria-invalid`, autofill attributes, focus and validity handlers. */
  props: Record<string, unknown> & {
    onFocus: FocusEventHandler<F>;
    onBlur: FocusEventHandler<F>;
    onInvalid: FormEventHandler<F>;
    onInput: FormEventHandler<F>;
  };
  /** Spread after them: `aria-labelledby` and `aria-describedby` (the invalid message's id while it is shown). */
  names: { "aria-labelledby": string | undefined; "aria-describedby": string | undefined };
  /** Checks the validity again while its message is shown (after a value set from outside). */
  recheck: () => void;
  /** The invalid message, rendered right after the field. */
  message: ReactElement;
}

/**
 * The wiring every text field shares: its id, the name a matching `Label` gives it, the validity handlers and
 * message (`useValidatedField`), `aria-invalid`, autofill opt-out and select-on-focus.
 */
export function useTextField<F extends HTMLInputElement | HTMLTextAreaElement>(
  fieldRef: RefObject<F | null>,
  { id, name, labelledBy, invalid, autoSelect, allowAutofill, onFocus, ...validity }: TextFieldOptions<F>,
): TextField<F> {
  const generatedId = useId();
  const labelledByLabel = useFieldLabelledBy(name, fieldRef);
  const validated = useValidatedField(fieldRef, validity);
  return {
    props: {
      id: id ?? generatedId,
      "aria-invalid": invalid || validated.shown || undefined,
      autoComplete: allowAutofill ? undefined : "off",
      ...(allowAutofill ? {} : AUTOFILL_IGNORE_ATTRIBUTES),
      onFocus: (event) => {
        if (autoSelect) selectOnFocus(event);
        onFocus?.(event);
      },
      ...validated.handlers,
    },
    names: { "aria-labelledby": labelledBy ?? labelledByLabel, "aria-describedby": validated.describedBy },
    recheck: validated.recheck,
    message: validated.message,
  };
}

/**
 * A single-line text field with ChatKit's outline/soft looks and control heights. A `Label` whose `fieldName`
 * is this field's `name` names it (`aria-labelledby`); without one the placeholder does. When the value fails
 * `required`/`pattern`/its type after the user leaves the field or submits, the field is marked
 * `aria-invalid` and the browser's message is shown under it, tied with `aria-describedby`.
 */
export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  {
    inputType = "text",
    variant,
    size,
    gutterSize,
    pill,
    autoSelect = false,
    allowAutofillExtensions,
    invalid,
    className,
    onFocus,
    onBlur,
    onInvalid,
    onInput,
    id,
    ...rest
  },
  ref,
) {
  const fieldRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => fieldRef.current!, []);
  const field = useTextField(fieldRef, {
    id,
    name: rest.name,
    labelledBy: rest["aria-labelledby"],
    describedBy: rest["aria-describedby"],
    invalid,
    autoSelect,
    allowAutofill: allowAutofillExtensions ?? inputType === "password",
    onFocus,
    onBlur,
    onInvalid,
    onInput,
  });
  const { recheck } = field;
  // A value set from outside (a new version of the widget) may fix or break the shown state.
  useLayoutEffect(recheck, [recheck, rest.value, rest.pattern, rest.required]);
  const resolvedVariant = variant ?? INPUT_DEFAULTS.variant;
  const resolvedSize = size ?? INPUT_DEFAULTS.size;
  const resolvedGutter = gutterSize ?? FIELD_GUTTER_FOR[resolvedSize];
  return (
    <>
      <input
        ref={fieldRef}
        type={inputType}
        className={cx(inputVariants({ variant: resolvedVariant, size: resolvedSize, pill }), className)}
        data-variant={resolvedVariant}
        data-size={resolvedSize}
        data-gutter={resolvedGutter}
        data-pill={pill ?? INPUT_DEFAULTS.pill}
        {...field.props}
        {...rest}
        {...field.names}
      />
      {field.message}
    </>
  );
});
