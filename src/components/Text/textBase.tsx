// Text without its editable mode: the variants, the props, and the static paragraph the renderer draws for a Text
// node. The editable field (EditableText.tsx, with label pairing) is apart, so a widget without one does not load it.
import { forwardRef, type CSSProperties, type HTMLAttributes, type Ref } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { fontWeightClasses, lineCount, textAlignClasses, textColorClasses, textPresentation, textSizeClasses } from "./textStyle";

export { lineCount } from "./textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const TEXT_DEFAULTS = { size: "md", weight: "normal", color: "prose", textAlign: "start" } as const;

export const textVariants = cva("cw-text", {
  variants: {
    size: textSizeClasses,
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

/**
 * Splits `Text` props into the value, `editable`, what the element is drawn with (classes, data-* mirrors of the
 * resolved variants, style; shared by the static and the editable form so both look alike) and the rest (passed on
 * to the element).
 */
export function splitTextProps({
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
}: TextProps) {
  const minLinesCount = lineCount(minLines);
  const presentation = {
    ...textPresentation(textVariants, TEXT_DEFAULTS, { size, weight, color, textAlign, truncate, maxLines }, cx(editable && "cw-text--editable", className), {
      ...(minLinesCount ? { "--cw-text-min-lines": minLinesCount } : {}),
      ...(width !== undefined ? { width } : {}),
      ...style,
    } as CSSProperties),
    "data-min-lines": minLinesCount,
    "data-italic": italic || undefined,
    "data-line-through": lineThrough || undefined,
    "data-streaming": (streaming && !editable) || undefined,
  };
  return { value, editable, presentation, rest };
}

/** `Text` without `editable`: a paragraph (what the renderer draws for a Text node that is not a field). */
export const StaticText = forwardRef<HTMLParagraphElement, Omit<TextProps, "editable">>(function StaticText(props, ref) {
  const { value, presentation, rest } = splitTextProps(props);
  return (
    <p ref={ref as Ref<HTMLParagraphElement>} {...presentation} {...rest}>
      {value}
    </p>
  );
});
