// The public Text primitive: static text (textBase.tsx) or, with `editable`, a field (EditableText.tsx).
import { forwardRef, type HTMLAttributes, type Ref } from "react";
import { EditableText } from "./EditableText";
import { splitTextProps, StaticText, type TextEditableProps, type TextProps } from "./textBase";

export {
  lineCount,
  textVariants,
  TEXT_DEFAULTS,
  type TextEditableProps,
  type TextProps,
  type TextSize,
} from "./textBase";

/** Body text; with `editable` a text field that looks like the text it edits. */
export const Text = forwardRef<HTMLElement, TextProps>(function Text(props, ref) {
  if (!props.editable) {
    const { editable: _static, ...staticProps } = props;
    return <StaticText ref={ref as Ref<HTMLParagraphElement>} {...staticProps} />;
  }
  const { value, editable, presentation, rest } = splitTextProps(props);
  return (
    <EditableText
      ref={ref as Ref<HTMLInputElement>}
      value={value}
      editable={editable as TextEditableProps}
      {...presentation}
      {...(rest as HTMLAttributes<HTMLInputElement>)}
    />
  );
});
