import { forwardRef, type HTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { fontWeightClasses, textAlignClasses, textColorClasses, textPresentation } from "../Text/textStyle";

/** Defaults of the variants (also mirrored into the data-* attributes). */
export const CAPTION_DEFAULTS = { size: "md", weight: "normal", color: "secondary", textAlign: "start" } as const;

export const captionVariants = cva("cw-caption", {
  variants: {
    size: { sm: "cw-caption--size-sm", md: "cw-caption--size-md", lg: "cw-caption--size-lg" },
    weight: fontWeightClasses,
    color: textColorClasses,
    textAlign: textAlignClasses,
  },
  defaultVariants: CAPTION_DEFAULTS,
});

type CaptionVariants = VariantProps<typeof captionVariants>;

export interface CaptionProps extends Omit<HTMLAttributes<HTMLParagraphElement>, "color" | "children"> {
  /** The caption text. */
  value: string;
  /** sm 12/18, md 14/20, lg 16/24 px. @default "md" */
  size?: CaptionVariants["size"];
  /** Font weight. @default "normal" */
  weight?: CaptionVariants["weight"];
  /** Text colour token; other colours go through `style`. @default "secondary" */
  color?: CaptionVariants["color"];
  /** Horizontal alignment. @default "start" */
  textAlign?: CaptionVariants["textAlign"];
  /** One line with an ellipsis. @default false */
  truncate?: boolean;
  /** Clamp to this many lines. */
  maxLines?: number;
}

/** Small supporting text (metadata, hints, timestamps). */
export const Caption = forwardRef<HTMLParagraphElement, CaptionProps>(function Caption(
  { value, size, weight, color, textAlign, truncate = false, maxLines, className, style, ...rest },
  ref,
) {
  return (
    <p
      ref={ref}
      {...textPresentation(captionVariants, CAPTION_DEFAULTS, { size, weight, color, textAlign, truncate, maxLines }, className, style)}
      {...rest}
    >
      {value}
    </p>
  );
});
