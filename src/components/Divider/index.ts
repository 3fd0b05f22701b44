export { Divider, dividerVariants, type DividerProps } from "./Divider";
