import { forwardRef, type HTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { fontWeightClasses, textAlignClasses, textColorClasses, textPresentation } from "../Text/textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const TITLE_DEFAULTS = { size: "md", weight: "medium", color: "prose", textAlign: "start" } as const;

export const titleVariants = cva("cw-title", {
  variants: {
    size: {
      xs: "cw-title--size-xs",
      sm: "cw-title--size-sm",
      md: "cw-title--size-md",
      lg: "cw-title--size-lg",
      xl: "cw-title--size-xl",
      "2xl": "cw-title--size-2xl",
      "3xl": "cw-title--size-3xl",
      "4xl": "cw-title--size-4xl",
      "5xl": "cw-title--size-5xl",
    },
    weight: fontWeightClasses,
    color: textColorClasses,
    textAlign: textAlignClasses,
  },
  defaultVariants: TITLE_DEFAULTS,
});

type TitleVariants = VariantProps<typeof titleVariants>;

export interface TitleProps extends Omit<HTMLAttributes<HTMLHeadingElement>, "color" | "children"> {
  /** The heading text. */
  value: string;
  /** Heading scale step, xs 16px … 5xl 72px (sm 18, md 20, lg 24, xl 32, 2xl 36, 3xl 48, 4xl 60). @default "md" */
  size?: TitleVariants["size"];
  /** Font weight. @default "medium" */
  weight?: TitleVariants["weight"];
  /** Text colour token; other colours go through `style`. @default "prose" */
  color?: TitleVariants["color"];
  /** Horizontal alignment. @default "start" */
  textAlign?: TitleVariants["textAlign"];
  /** One line with an ellipsis. @default false */
  truncate?: boolean;
  /** Clamp to this many lines. */
  maxLines?: number;
  /** The element to render; a heading level that fits the page outline. @default "h2" */
  as?: "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "div";
}

/** A heading. */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title(
  { value, size, weight, color, textAlign, truncate = false, maxLines, as: Element = "h2", className, style, ...rest },
  ref,
) {
  return (
    <Element
      ref={ref}
      {...textPresentation(titleVariants, TITLE_DEFAULTS, { size, weight, color, textAlign, truncate, maxLines }, className, style)}
      {...rest}
    >
      {value}
    </Element>
  );
});
