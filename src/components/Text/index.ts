export { Text, textVariants, TEXT_DEFAULTS, type TextProps, type TextEditableProps, type TextSize } from "./Text";
export { TEXT_COLOR_TOKENS, isTextColorToken, type TextColorToken } from "./textStyle";
export { TextView } from "./Text.view";
export { EditableTextView } from "./EditableText.view";
