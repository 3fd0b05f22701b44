import {
  forwardRef,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type TextareaHTMLAttributes,
} from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { FIELD_GUTTER_FOR, FIELD_GUTTER_SIZES, FIELD_SIZES, FIELD_VARIANTS, useTextField } from "../Input/Input";

type FieldVariant = (typeof FIELD_VARIANTS)[number];
type FieldSize = (typeof FIELD_SIZES)[number];
type FieldGutterSize = (typeof FIELD_GUTTER_SIZES)[number];

/** Defaults of the widget vocabulary (WIDGET-SPEC §2.5). `maxRows` defaults to max(rows, 10). */
export const TEXTAREA_DEFAULTS = { variant: "outline", size: "md", rows: 3, autoResize: false } as const;

const classes = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name}`])) as Record<K, string>;

export const textareaVariants = cva("cw-textarea", {
  variants: {
    variant: classes(FIELD_VARIANTS, "cw-textarea--"),
    size: classes(FIELD_SIZES, "cw-textarea--size-"),
    autoResize: { true: "cw-textarea--auto-resize", false: "" },
  },
  defaultVariants: TEXTAREA_DEFAULTS,
});

type TextareaVariantProps = VariantProps<typeof textareaVariants>;

export interface TextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "rows" | "children"> {
  /** Field name: the key of the value in the form payload (dot paths nest). */
  name?: string;
  /** Initial value of the uncontrolled field. */
  defaultValue?: string;
  /** Controlled value; pair with `onChange`. */
  value?: string;
  /** Text shown while the field is empty. */
  placeholder?: string;
  /** The form cannot be submitted while the field is empty. @default false */
  required?: boolean;
  /** Regular expression the whole value must match (checked like an input's `pattern`). */
  pattern?: string;
  /** Select the whole text when the field receives focus. @default false */
  autoSelect?: boolean;
  /** Focus the field when it mounts. @default false */
  autoFocus?: boolean;
  /** Greys the field out and leaves it out of form values. @default false */
  disabled?: boolean;
  /** Outline (bordered) or soft (tinted) field. @default "outline" */
  variant?: FieldVariant;
  /** Type size and padding follow the control size scale. @default "md" */
  size?: FieldSize;
  /** Horizontal padding: 2xs 6 · xs 8 · sm 10 · md 12 · lg 14 · xl 16 px; derived from `size` when omitted. */
  gutterSize?: FieldGutterSize;
  /** Visible lines (the minimum height when `autoResize`). @default 3 */
  rows?: number;
  /** Grow with the text, from `rows` up to `maxRows` lines, then scroll. @default false */
  autoResize?: TextareaVariantProps["autoResize"];
  /** Most lines an auto-resizing field grows to. @default Math.max(rows, 10) */
  maxRows?: number;
  /** Let password-manager extensions fill the field. @default false */
  allowAutofillExtensions?: boolean;
  /** Show the invalid state. */
  invalid?: boolean;
}

/** The message of a failed `pattern` (textarea has no native `pattern`, so it is checked here). */
export const TEXTAREA_PATTERN_MESSAGE = "Please match the requested format.";

/**
 * A multi-line text field; optionally grows with its content between `rows` and `maxRows`. Named and marked
 * invalid like `Input`: a `Label` for its `name` labels it; a failed `required`/`pattern` after the user
 * changes and leaves it (or submits) sets `aria-invalid` and shows the message, tied by `aria-describedby`.
 */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  {
    variant,
    size,
    gutterSize,
    rows = TEXTAREA_DEFAULTS.rows,
    autoResize = TEXTAREA_DEFAULTS.autoResize,
    maxRows,
    autoSelect = false,
    allowAutofillExtensions = false,
    pattern,
    invalid,
    className,
    style,
    onFocus,
    onInput,
    onBlur,
    onInvalid,
    id,
    ...rest
  },
  ref,
) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => fieldRef.current!, []);
  const resolvedVariant = variant ?? TEXTAREA_DEFAULTS.variant;
  const resolvedSize = size ?? TEXTAREA_DEFAULTS.size;
  const resolvedGutter = gutterSize ?? FIELD_GUTTER_FOR[resolvedSize];
  const resolvedMaxRows = Math.max(maxRows ?? Math.max(rows, 10), rows);

  // Height follows the content: measure at "auto", clamp between rows and maxRows lines.
  const fitToContent = useCallback(() => {
    const field = fieldRef.current;
    if (!field || !autoResize) return;
    const computed = getComputedStyle(field);
    const lineHeight = parseFloat(computed.lineHeight);
    const chrome =
      parseFloat(computed.paddingTop) +
      parseFloat(computed.paddingBottom) +
      parseFloat(computed.borderTopWidth) +
      parseFloat(computed.borderBottomWidth);
    field.style.height = "auto";
    const minHeight = rows * lineHeight + chrome;
    const maxHeight = resolvedMaxRows * lineHeight + chrome;
    const wanted = field.scrollHeight + parseFloat(computed.borderTopWidth) + parseFloat(computed.borderBottomWidth);
    field.style.height = `${Math.min(Math.max(wanted, minHeight), maxHeight)}px`;
    field.style.overflowY = wanted > maxHeight ? "auto" : "hidden";
  }, [autoResize, rows, resolvedMaxRows]);

  const checkPattern = useCallback(() => {
    const field = fieldRef.current;
    if (!field || !pattern) return;
    let matches = true;
    try {
      matches = field.value === "" || new RegExp(`^(?:${pattern})$`, "v").test(field.value);
    } catch {
      matches = true; // an invalid pattern is ignored, as browsers do for inputs
    }
    field.setCustomValidity(matches ? "" : TEXTAREA_PATTERN_MESSAGE);
  }, [pattern]);

  const field = useTextField(fieldRef, {
    id,
    name: rest.name,
    labelledBy: rest["aria-labelledby"],
    describedBy: rest["aria-describedby"],
    invalid,
    autoSelect,
    allowAutofill: allowAutofillExtensions,
    onFocus,
    onBlur,
    onInvalid,
    onInput,
    // The height and the pattern's custom validity are brought up to date before the validity is read.
    beforeInput: () => {
      fitToContent();
      checkPattern();
    },
  });
  const { recheck } = field;
  useLayoutEffect(() => {
    fitToContent();
    checkPattern();
    // A value set from outside (a new version of the widget) may fix or break the shown state.
    recheck();
  }, [fitToContent, checkPattern, recheck, rest.value, rest.required]);

  return (
    <>
      <textarea
        ref={fieldRef}
        rows={rows}
        className={cx(textareaVariants({ variant: resolvedVariant, size: resolvedSize, autoResize }), className)}
        style={style}
        data-variant={resolvedVariant}
        data-size={resolvedSize}
        data-gutter={resolvedGutter}
        data-auto-resize={autoResize || undefined}
        data-max-rows={autoResize ? resolvedMaxRows : undefined}
        {...field.props}
        {...rest}
        {...field.names}
      />
      {field.message}
    </>
  );
});
