export {
  RadioGroup,
  radioGroupVariants,
  RADIO_GROUP_DEFAULTS,
  RADIO_DIRECTIONS,
  type RadioGroupProps,
  type RadioGroupOption,
} from "./RadioGroup";
export { RadioGroupView } from "./RadioGroup.view";
