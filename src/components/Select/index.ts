export {
  Select,
  selectVariants,
  matchesQuery,
  SELECT_DEFAULTS,
  SELECT_VARIANTS,
  SELECT_SIZES,
  SELECT_SEARCH_THRESHOLD,
  type SelectProps,
  type SelectOption,
} from "./Select";
export { SelectView } from "./Select.view";
