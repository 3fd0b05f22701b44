export { Textarea, textareaVariants, TEXTAREA_DEFAULTS, TEXTAREA_PATTERN_MESSAGE, type TextareaProps } from "./Textarea";
export { TextareaView } from "./Textarea.view";
