export { Label, labelVariants, LABEL_DEFAULTS, type LabelProps } from "./Label";
export { LabelView } from "./Label.view";
