export { Caption, captionVariants, CAPTION_DEFAULTS, type CaptionProps } from "./Caption";
export { CaptionView } from "./Caption.view";
