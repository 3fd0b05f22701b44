export { Title, titleVariants, TITLE_DEFAULTS, type TitleProps } from "./Title";
