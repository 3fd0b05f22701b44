import { forwardRef, type HTMLAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";

// The colour list is the widget vocabulary's; the primitive accepts exactly what widget JSON may say.
import { BADGE_COLORS } from "../../schema/vocabulary";
export { BADGE_COLORS };
export const BADGE_VARIANTS = ["solid", "soft", "outline"] as const;

type BadgeColor = (typeof BADGE_COLORS)[number];
type BadgeVariant = (typeof BADGE_VARIANTS)[number];

const classes = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name}`])) as Record<K, string>;

/** Defaults of the variants (mirrored into the data-* attributes); `pill` follows the Widget Builder. */
export const BADGE_DEFAULTS = { color: "secondary", variant: "soft", size: "sm", pill: true } as const;

export const badgeVariants = cva("cw-badge", {
  variants: {
    color: classes(BADGE_COLORS, "cw-badge--color-"),
    variant: classes(BADGE_VARIANTS, "cw-badge--variant-"),
    size: { sm: "cw-badge--size-sm", md: "cw-badge--size-md", lg: "cw-badge--size-lg" },
    pill: { true: "cw-badge--pill", false: "" },
  },
  // One class per colour × variant pair: it selects that pair's control tokens.
  compoundVariants: BADGE_COLORS.flatMap((color) =>
    BADGE_VARIANTS.map((variant) => ({ color, variant, class: `cw-badge--${color}-${variant}` })),
  ),
  defaultVariants: BADGE_DEFAULTS,
});

type BadgeVariantProps = VariantProps<typeof badgeVariants>;

export interface BadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "color" | "children"> {
  /** The badge text. */
  label: string;
  /** Colour role. @default "secondary" */
  color?: BadgeColor;
  /** solid (white text on colour), soft (tinted), outline (1px inset border). @default "soft" */
  variant?: BadgeVariant;
  /** sm 18 · md 22 · lg 24 px high. @default "sm" */
  size?: BadgeVariantProps["size"];
  /** Fully rounded ends. @default true */
  pill?: BadgeVariantProps["pill"];
}

/** A short status label. */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { label, color, variant, size, pill, className, ...rest },
  ref,
) {
  const resolvedColor = color ?? BADGE_DEFAULTS.color;
  const resolvedVariant = variant ?? BADGE_DEFAULTS.variant;
  return (
    <span
      ref={ref}
      className={cx(badgeVariants({ color: resolvedColor, variant: resolvedVariant, size, pill }), className)}
      data-color={resolvedColor}
      data-variant={resolvedVariant}
      data-size={size ?? BADGE_DEFAULTS.size}
      data-pill={pill ?? BADGE_DEFAULTS.pill}
      {...rest}
    >
      <span className="cw-badge__label">{label}</span>
    </span>
  );
});
