export { Checkbox, checkboxVariants, CHECKBOX_DEFAULTS, type CheckboxProps } from "./Checkbox";
export { CheckboxView } from "./Checkbox.view";
