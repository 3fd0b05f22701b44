import { forwardRef, type CSSProperties, type HTMLAttributes } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { boxStyle, spacingStyle, type BoxInput } from "../../styling/resolve";
import { BOX_LAYOUT_KEYS } from "../../schema/lengths";

/** Layout variants shared by Box, Row, Col, Form, Basic and ListViewItem (one source of the names). */
export const boxVariants = cva("cw-box", {
  variants: {
    direction: { row: "cw-box--row", col: "cw-box--col" },
    align: {
      start: "cw-box--align-start",
      center: "cw-box--align-center",
      end: "cw-box--align-end",
      baseline: "cw-box--align-baseline",
      stretch: "cw-box--align-stretch",
    },
    justify: {
      start: "cw-box--justify-start",
      center: "cw-box--justify-center",
      end: "cw-box--justify-end",
      between: "cw-box--justify-between",
      around: "cw-box--justify-around",
      evenly: "cw-box--justify-evenly",
      stretch: "cw-box--justify-stretch",
    },
    wrap: { nowrap: "cw-box--nowrap", wrap: "cw-box--wrap", "wrap-reverse": "cw-box--wrap-reverse" },
  },
  defaultVariants: { direction: "col" },
});

export type BoxVariants = VariantProps<typeof boxVariants>;
export type BoxDirection = NonNullable<BoxVariants["direction"]>;
export type BoxAlign = NonNullable<BoxVariants["align"]>;
export type BoxJustify = NonNullable<BoxVariants["justify"]>;
export type BoxWrap = NonNullable<BoxVariants["wrap"]>;

/** The widget vocabulary of a box (BoxBaseProps); free values go through `src/styling/resolve`. */
export interface BoxLayoutProps extends BoxInput {
  /** Main axis. @default "col" */
  direction?: BoxDirection | null;
  /** Cross-axis alignment of the children. */
  align?: BoxAlign | null;
  /** Main-axis distribution of the children. */
  justify?: BoxJustify | null;
  /** Whether children wrap onto new lines. */
  wrap?: BoxWrap | null;
  /** Space between children: a number of spacing units (4px each) or a CSS length. Without it the box applies its default gap. */
  gap?: number | string | null;
  /** Inner spacing: spacing units, a CSS value, or `{ top, right, bottom, left, x, y }`. */
  padding?: BoxInput["padding"];
  /** Outer spacing: spacing units, a CSS value, or `{ top, right, bottom, left, x, y }`. */
  margin?: BoxInput["margin"];
  /** Border: px thickness, `{ size, color, style }`, or per side `{ top, x, … }`. */
  border?: BoxInput["border"];
  /** Background: surface token (`surface-secondary`), palette token, CSS colour or gradient, or `{ light, dark }`. */
  background?: BoxInput["background"];
  /** Corner radius token (`sm`…`4xl`, `full`, `100%`, `none`). */
  radius?: BoxInput["radius"];
  /** Flex shorthand; a number grows from a zero basis. */
  flex?: number | string | null;
  /** Width (number = px). */
  width?: number | string | null;
  /** Height (number = px). */
  height?: number | string | null;
  /** Width and height at once (number = px). */
  size?: number | string | null;
  /** Minimum width (number = px). */
  minWidth?: number | string | null;
  /** Minimum height (number = px). */
  minHeight?: number | string | null;
  /** Minimum width and height (number = px). */
  minSize?: number | string | null;
  /** Maximum width (number = px). */
  maxWidth?: number | string | null;
  /** Maximum height (number = px). */
  maxHeight?: number | string | null;
  /** Maximum width and height (number = px). */
  maxSize?: number | string | null;
  /** Aspect ratio, e.g. `1` or `"16/9"`. */
  aspectRatio?: number | string | null;
}

const LAYOUT_KEYS = BOX_LAYOUT_KEYS satisfies readonly (keyof BoxLayoutProps)[];

/**
 * Splits layout props from the rest and resolves them: a class list, `data-*` mirrors of the
 * variants, and the style (free values plus the padding a `flush` child bleeds through).
 */
export function useBoxLayout<P extends BoxLayoutProps & { className?: string; style?: CSSProperties }>(
  props: P,
  defaults: { direction?: BoxDirection; align?: BoxAlign; extraClass?: string } = {},
) {
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) };
  for (const key of LAYOUT_KEYS) delete rest[key];
  delete rest.className;
  delete rest.style;
  const direction = props.direction ?? defaults.direction ?? "col";
  const align = props.align ?? defaults.align ?? undefined;
  const className = [
    boxVariants({ direction, align, justify: props.justify ?? undefined, wrap: props.wrap ?? undefined }),
    defaults.extraClass,
    props.className,
  ]
    .filter(Boolean)
    .join(" ");
  const padding = spacingStyle(props.padding, "padding") as Record<string, string | undefined>;
  const flushVars: Record<string, string> = {};
  const start = padding.paddingLeft ?? padding.padding;
  const end = padding.paddingRight ?? padding.padding;
  // Only single values can be bled through; a padding shorthand such as "8px 12px" is not split here.
  if (start && !start.includes(" ")) flushVars["--cw-flush-start"] = start;
  if (end && !end.includes(" ")) flushVars["--cw-flush-end"] = end;
  const resolved = boxStyle(props);
  // Children that cancel the gap around themselves (Divider spacing) read it from this variable.
  if (resolved.gap !== undefined) flushVars["--cw-box-default-gap"] = String(resolved.gap);
  const style = { ...resolved, ...flushVars, ...props.style } as CSSProperties;
  const data = {
    "data-direction": direction,
    "data-align": align,
    "data-justify": props.justify ?? undefined,
    "data-wrap": props.wrap ?? undefined,
    "data-gap": props.gap === undefined || props.gap === null ? "default" : undefined,
  };
  return { className, style, data, rest };
}

export interface BoxProps extends BoxLayoutProps, Omit<HTMLAttributes<HTMLDivElement>, "color"> {}

/** A flex container; column by default. */
export const Box = forwardRef<HTMLDivElement, BoxProps>(function Box(props, ref) {
  const { className, style, data, rest } = useBoxLayout(props);
  return <div ref={ref} className={className} style={style} {...data} {...(rest as HTMLAttributes<HTMLDivElement>)} />;
});
