export { Box, boxVariants, useBoxLayout, type BoxProps, type BoxLayoutProps, type BoxAlign, type BoxDirection, type BoxJustify, type BoxWrap } from "./Box";
export { layoutPropsOf } from "./layoutProps";
