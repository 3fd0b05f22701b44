// The Radix-based control views, loaded together in one chunk on first use (see registry.ts).
export { SelectView } from "../components/Select/Select.view";
export { DatePickerView } from "../components/DatePicker/DatePicker.view";
export { CheckboxView } from "../components/Checkbox/Checkbox.view";
export { RadioGroupView } from "../components/RadioGroup/RadioGroup.view";
