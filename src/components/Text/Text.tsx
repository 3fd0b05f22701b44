import { forwardRef, useEffect, useId, useRef, type CSSProperties, type HTMLAttributes, type Ref } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { useFieldLabelledBy } from "../Label/fieldLabels";
import { fontWeightClasses, textAlignClasses, textColorClasses } from "./textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const TEXT_DEFAULTS = { size: "md", weight: "normal", color: "prose", textAlign: "start" } as const;

export const textVariants = cva("cw-text", {
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
  defaultVariants: TEXT_DEFAULTS,
});

type TextVariants = VariantProps<typeof textVariants>;
export type TextSize = NonNullable<TextVariants["size"]>;

/** Makes the text an editable form field (its value is collected with the form's other fields). */
export interface TextEditableProps {
  /** Form field name; dot paths (`todo.title`) nest in the action payload. */
  name: string;
  /** Shown while the field is empty. */
  placeholder?: string;
  /** The form refuses to submit while the field is empty. */
  required?: boolean;
  /** Regular expression the whole value has to match (native `pattern`). */
  pattern?: string;
  /** Focus the field when it mounts. */
  autoFocus?: boolean;
  /** Select the current text when the field mounts or is focused. */
  autoSelect?: boolean;
  /** Native `autocomplete` hint, e.g. `"name"` or `"off"`. */
  autoComplete?: string;
  /** Let password managers and autofill extensions fill the field (off by default). */
  allowAutofillExtensions?: boolean;
}

export interface TextProps extends Omit<HTMLAttributes<HTMLElement>, "color" | "children"> {
  /** The text. Newlines are kept. */
  value: string;
  /** Type scale step: xs 12/18, sm 14/20, md 16/24, lg 18/29, xl 20/26 px. @default "md" */
  size?: TextVariants["size"];
  /** Font weight. @default "normal" */
  weight?: TextVariants["weight"];
  /** Text colour token (`--cw-text-<color>`); other colours go through `style`. @default "prose" */
  color?: TextVariants["color"];
  /** Horizontal alignment. @default "start" */
  textAlign?: TextVariants["textAlign"];
  /** Keep to one line and end with an ellipsis. @default false */
  truncate?: boolean;
  /** Clamp to this many lines (ellipsis on the last one). */
  maxLines?: number;
  /** Reserve the height of this many lines, e.g. before streamed text arrives. */
  minLines?: number;
  /** Italic. @default false */
  italic?: boolean;
  /** Strike through. @default false */
  lineThrough?: boolean;
  /** Width as a CSS length (the widget view converts numbers to px). */
  width?: CSSProperties["width"];
  /** Show a soft caret while the value is still arriving; set back to false when done. @default false */
  streaming?: boolean;
  /** Render an input field named `editable.name` holding the value instead of static text. @default false */
  editable?: false | TextEditableProps;
}

/** A whole number ≥ 1, or undefined: line counts end up in CSS, so nothing else may pass. */
export function lineCount(value: number | undefined): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const whole = Math.floor(value);
  return whole >= 1 ? whole : undefined;
}

/** Body text; with `editable` a text field that looks like the text it edits. */
export const Text = forwardRef<HTMLElement, TextProps>(function Text(
  {
    value,
    size,
    weight,
    color,
    textAlign,
    truncate = false,
    maxLines,
    minLines,
    italic = false,
    lineThrough = false,
    width,
    streaming = false,
    editable = false,
    className,
    style,
    ...rest
  },
  ref,
) {
  const resolved = {
    size: size ?? TEXT_DEFAULTS.size,
    weight: weight ?? TEXT_DEFAULTS.weight,
    color: color ?? TEXT_DEFAULTS.color,
    textAlign: textAlign ?? TEXT_DEFAULTS.textAlign,
  };
  const maxLinesCount = truncate ? undefined : lineCount(maxLines);
  const minLinesCount = lineCount(minLines);
  const classes = cx(textVariants({ size, weight, color, textAlign }), editable && "cw-text--editable", className);
  const dataAttributes = {
    "data-size": resolved.size,
    "data-weight": resolved.weight,
    "data-color": resolved.color,
    "data-text-align": resolved.textAlign,
    "data-truncate": truncate || undefined,
    "data-max-lines": maxLinesCount,
    "data-min-lines": minLinesCount,
    "data-italic": italic || undefined,
    "data-line-through": lineThrough || undefined,
    "data-streaming": (streaming && !editable) || undefined,
  };
  const cssVariables = {
    ...(maxLinesCount ? { "--cw-text-max-lines": maxLinesCount } : {}),
    ...(minLinesCount ? { "--cw-text-min-lines": minLinesCount } : {}),
  } as CSSProperties;
  const combinedStyle = { ...cssVariables, ...(width !== undefined ? { width } : {}), ...style };

  if (editable) {
    return (
      <EditableText
        ref={ref as Ref<HTMLInputElement>}
        value={value}
        editable={editable}
        className={classes}
        style={combinedStyle}
        {...dataAttributes}
        {...(rest as HTMLAttributes<HTMLInputElement>)}
      />
    );
  }
  return (
    <p ref={ref as Ref<HTMLParagraphElement>} className={classes} style={combinedStyle} {...dataAttributes} {...rest}>
      {value}
    </p>
  );
});

interface EditableTextProps extends Omit<HTMLAttributes<HTMLInputElement>, "children"> {
  value: string;
  editable: TextEditableProps;
}

const EditableText = forwardRef<HTMLInputElement, EditableTextProps>(function EditableText(
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
