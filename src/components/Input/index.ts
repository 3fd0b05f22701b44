export {
  Input,
  inputVariants,
  INPUT_DEFAULTS,
  INPUT_TYPES,
  FIELD_VARIANTS,
  FIELD_SIZES,
  FIELD_GUTTER_SIZES,
  FIELD_GUTTER_FOR,
  AUTOFILL_IGNORE_ATTRIBUTES,
  selectOnFocus,
  type InputProps,
} from "./Input";
export { InputView } from "./Input.view";
