import { forwardRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { CONTROL_COLORS, CONTROL_SIZES, CONTROL_VARIANTS } from "../../tokens";
import { Icon } from "../Icon/Icon";

export const BUTTON_COLORS = CONTROL_COLORS;
export const BUTTON_VARIANTS = CONTROL_VARIANTS;
export const BUTTON_SIZES = CONTROL_SIZES;
export const BUTTON_ICON_SIZES = ["xs", "sm", "md", "lg", "xl", "2xl"] as const;

type ButtonColor = (typeof BUTTON_COLORS)[number];
type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
type ButtonSize = (typeof BUTTON_SIZES)[number];
type ButtonIconSize = (typeof BUTTON_ICON_SIZES)[number];

const classes = <K extends string>(names: readonly K[], prefix: string) =>
  Object.fromEntries(names.map((name) => [name, `${prefix}${name}`])) as Record<K, string>;

/**
 * Defaults of the variants (mirrored into the data-* attributes). The widget view applies the widget
 * vocabulary's own size default (`lg`) on top; see docs/components.md.
 */
export const BUTTON_DEFAULTS = { color: "primary", variant: "solid", size: "md", pill: true, uniform: false, block: false } as const;

export const buttonVariants = cva("cw-button", {
  variants: {
    color: classes(BUTTON_COLORS, "cw-button--color-"),
    variant: classes(BUTTON_VARIANTS, "cw-button--variant-"),
    size: classes(BUTTON_SIZES, "cw-button--size-"),
    pill: { true: "cw-button--pill", false: "" },
    uniform: { true: "cw-button--uniform", false: "" },
    block: { true: "cw-button--block", false: "" },
  },
  // One class per colour × variant pair: it selects that pair's control tokens.
  compoundVariants: BUTTON_COLORS.flatMap((color) =>
    BUTTON_VARIANTS.map((variant) => ({ color, variant, class: `cw-button--${color}-${variant}` })),
  ),
  defaultVariants: BUTTON_DEFAULTS,
});

/** Icon size that suits each control size when `iconSize` is not given. */
export const BUTTON_ICON_SIZE_FOR: Record<ButtonSize, ButtonIconSize> = {
  "3xs": "xs",
  "2xs": "xs",
  xs: "sm",
  sm: "sm",
  md: "md",
  lg: "md",
  xl: "lg",
  "2xl": "lg",
  "3xl": "xl",
};

/** Presets of the widget `style` prop: primary = solid primary, secondary = soft secondary. */
export const BUTTON_PRESETS = {
  primary: { color: "primary", variant: "solid" },
  secondary: { color: "secondary", variant: "soft" },
} as const satisfies Record<string, { color: ButtonColor; variant: ButtonVariant }>;

type ButtonVariantProps = VariantProps<typeof buttonVariants>;

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "color" | "type"> {
  /** Visible text. Omit it and give `iconStart` for an icon-only button. */
  label?: string;
  /** Colour role. @default "primary" */
  color?: ButtonColor;
  /** Fill style. @default "solid" */
  variant?: ButtonVariant;
  /** Control size: 3xs 22 · 2xs 24 · xs 26 · sm 28 · md 32 · lg 36 · xl 40 · 2xl 44 · 3xl 48 px high. @default "md" */
  size?: ButtonSize;
  /** Fully rounded ends. @default true */
  pill?: ButtonVariantProps["pill"];
  /** Square (width = height), for icon buttons. @default false */
  uniform?: ButtonVariantProps["uniform"];
  /** Fill the container's width. @default false */
  block?: ButtonVariantProps["block"];
  /** `style` of the widget vocabulary: a colour + variant preset; explicit `color`/`variant` win. */
  preset?: keyof typeof BUTTON_PRESETS;
  /** Icon name before the label. */
  iconStart?: string;
  /** Icon name after the label. */
  iconEnd?: string;
  /** Icon size; derived from `size` when omitted. */
  iconSize?: ButtonIconSize;
  /** Show a spinner over the contents; the button keeps its size, ignores clicks and reports `aria-busy`. @default false */
  loading?: boolean;
  /** Submit the surrounding form (`type="submit"`). @default false */
  submit?: boolean;
  /** Extra content after the label. */
  children?: ReactNode;
}

/** "chevron-left" → "Chevron left": a readable fallback name for icon-only buttons. */
export function iconAccessibleName(name: string): string {
  const words = name.replace(/^[a-z]+:/, "").replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A pill-shaped action button (ChatKit control sizes, colour × variant tokens). */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    label,
    color,
    variant,
    size,
    pill,
    uniform,
    block,
    preset,
    iconStart,
    iconEnd,
    iconSize,
    loading = false,
    submit = false,
    disabled = false,
    children,
    className,
    onClick,
    "aria-label": ariaLabel,
    ...rest
  },
  ref,
) {
  const presetValues = preset ? BUTTON_PRESETS[preset] : undefined;
  const resolvedColor = color ?? presetValues?.color ?? BUTTON_DEFAULTS.color;
  const resolvedVariant = variant ?? presetValues?.variant ?? BUTTON_DEFAULTS.variant;
  const resolvedSize = size ?? BUTTON_DEFAULTS.size;
  const resolvedIconSize = iconSize ?? BUTTON_ICON_SIZE_FOR[resolvedSize];
  const hasLabel = Boolean(label) || children != null;
  const iconOnly = !hasLabel && Boolean(iconStart || iconEnd);
  const accessibleName = ariaLabel ?? (iconOnly ? iconAccessibleName((iconStart ?? iconEnd)!) : undefined);

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // Loading buttons stay focusable (focus is not lost mid-action) but do nothing.
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <button
      ref={ref}
      type={submit ? "submit" : "button"}
      className={cx(
        buttonVariants({ color: resolvedColor, variant: resolvedVariant, size: resolvedSize, pill, uniform, block }),
        iconOnly && "cw-button--icon-only",
        className,
      )}
      data-color={resolvedColor}
      data-variant={resolvedVariant}
      data-size={resolvedSize}
      data-pill={pill ?? BUTTON_DEFAULTS.pill}
      data-uniform={uniform || iconOnly || undefined}
      data-block={block || undefined}
      data-loading={loading || undefined}
      data-icon-size={resolvedIconSize}
      disabled={disabled}
      aria-disabled={loading || undefined}
      aria-busy={loading || undefined}
      aria-label={accessibleName}
      onClick={handleClick}
      {...rest}
    >
      <span className="cw-button__content">
        {iconStart ? <Icon name={iconStart} size={resolvedIconSize} className="cw-button__icon" /> : null}
        {label ? <span className="cw-button__label">{label}</span> : null}
        {children}
        {iconEnd ? <Icon name={iconEnd} size={resolvedIconSize} className="cw-button__icon" /> : null}
      </span>
      {loading ? <span className="cw-button__spinner" aria-hidden="true" /> : null}
    </button>
  );
});
