export {
  DatePicker,
  datePickerVariants,
  DATE_PICKER_DEFAULTS,
  DATE_PICKER_VARIANTS,
  DATE_PICKER_SIZES,
  DATE_PICKER_SIDES,
  DATE_PICKER_ALIGNS,
  type DatePickerProps,
} from "./DatePicker";
export { parseIsoDay, formatIsoDay, normalizeIsoDay } from "./dates";
export { DatePickerView } from "./DatePicker.view";
