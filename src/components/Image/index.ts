export { Image, imageVariants, IMAGE_DEFAULTS, IMAGE_FITS, IMAGE_POSITIONS, type ImageProps, type ImageBlockSize } from "./Image";
export { isSafeImageSrc, isSafeLinkHref, urlScheme } from "./safeUrl";
export { ImageView } from "./Image.view";
