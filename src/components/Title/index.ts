export { Title, titleVariants, TITLE_DEFAULTS, type TitleProps } from "./Title";
export { TitleView } from "./Title.view";
