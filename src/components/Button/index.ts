export {
  Button,
  buttonVariants,
  BUTTON_DEFAULTS,
  BUTTON_COLORS,
  BUTTON_VARIANTS,
  BUTTON_SIZES,
  BUTTON_PRESETS,
  BUTTON_ICON_SIZE_FOR,
  iconAccessibleName,
  type ButtonProps,
} from "./Button";
export { ButtonView } from "./Button.view";
