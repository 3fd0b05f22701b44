import { forwardRef, useEffect, useId, useState, type CSSProperties, type FormEventHandler, type HTMLAttributes, type ReactNode, type Ref } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { backgroundStyle, borderStyle, spacingStyle, type BoxInput, type ColorInput } from "../../styling/resolve";
import { StatusHeader, type WidgetStatusValue } from "./StatusHeader";

export const CARD_DEFAULTS = { size: "sm" } as const;

export const cardVariants = cva("cw-card", {
  variants: {
    size: { sm: "cw-card--sm", md: "cw-card--md", lg: "cw-card--lg", full: "cw-card--full" },
  },
  defaultVariants: CARD_DEFAULTS,
});

export type CardSize = NonNullable<VariantProps<typeof cardVariants>["size"]>;

export interface CardProps extends Omit<HTMLAttributes<HTMLDivElement>, "color" | "onSubmit"> {
  /** Width: sm 360 · md 440 · lg 560 px · full (100%); never wider than the container. @default "sm" */
  size?: CardSize | null;
  /** Inner spacing of the body: spacing units, CSS, or `{ top, right, bottom, left, x, y }`. @default 4 (16px) */
  padding?: BoxInput["padding"];
  /** Surface: token (`surface-secondary`), palette token, CSS colour or gradient, `{ light, dark }`. @default "surface-elevated" */
  background?: ColorInput | null;
  /** Border: px, `{ size, color, style }` or per side. @default 1px `default` border colour */
  border?: BoxInput["border"];
  /** Status line above the card. */
  status?: WidgetStatusValue | null;
  /** Start collapsed (body hidden); an expand control lets the user open it. @default false */
  collapsed?: boolean | null;
  /** Force a colour scheme for the card's subtree. */
  theme?: "light" | "dark" | null;
  /** Render the card as a `<form>` (its fields go into the confirm action's payload). @default false */
  asForm?: boolean | null;
  /** Submit handler of the `asForm` card. */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  /** Ref of the `<form>` when `asForm`. */
  formRef?: Ref<HTMLFormElement>;
  /** Footer content (the confirm/cancel buttons). */
  footer?: ReactNode;
  /** True while a container-loading action of the card is pending. */
  busy?: boolean;
  children?: ReactNode;
}

/** A bounded surface: optional status header, body, optional footer; optionally a form. */
export const Card = forwardRef<HTMLDivElement, CardProps>(function Card(
  {
    size,
    padding,
    background,
    border,
    status,
    collapsed,
    theme,
    asForm,
    onSubmit,
    formRef,
    footer,
    busy,
    children,
    className,
    style,
    ...rest
  },
  ref,
) {
  const resolvedSize = size ?? CARD_DEFAULTS.size;
  const [expanded, setExpanded] = useState(!collapsed);
  // A card the server collapses (after its action completed) closes again; the user can reopen it.
  useEffect(() => setExpanded(!collapsed), [collapsed]);
  const bodyId = useId();

  const paddingStyle = padding === undefined || padding === null ? {} : spacingStyle(padding, "padding");
  const flush = paddingStyle as Record<string, string | undefined>;
  const flushVars: Record<string, string> = {};
  const start = flush.paddingLeft ?? flush.padding;
  const end = flush.paddingRight ?? flush.padding;
  if (start && !start.includes(" ")) flushVars["--cw-flush-start"] = start;
  if (end && !end.includes(" ")) flushVars["--cw-flush-end"] = end;

  const surfaceStyle = { ...backgroundStyle(background), ...borderStyle(border) } as CSSProperties;
  const bodyStyle = { ...paddingStyle, ...flushVars } as CSSProperties;
  const toggle = collapsed ? (
    <button
      type="button"
      className="cw-card__toggle"
      aria-expanded={expanded}
      aria-controls={bodyId}
      onClick={() => setExpanded((open) => !open)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="cw-card__chevron">
        <path d="M6 9l6 6 6-6" />
      </svg>
      <span>{expanded ? "Hide details" : "Show details"}</span>
    </button>
  ) : null;

  const surfaceContent = (
    <>
      {!status && toggle ? <div className="cw-card__toggle-row">{toggle}</div> : null}
      <div id={bodyId} className="cw-card__body" style={bodyStyle} hidden={!expanded}>
        {children}
      </div>
      {footer && expanded ? <div className="cw-card__footer">{footer}</div> : null}
    </>
  );

  return (
    <div
      ref={ref}
      className={[cardVariants({ size: resolvedSize }), className].filter(Boolean).join(" ")}
      data-size={resolvedSize}
      data-size-set={size ? "" : undefined}
      data-cw-theme={theme ?? undefined}
      data-collapsed={collapsed ? (expanded ? "expanded" : "collapsed") : undefined}
      data-busy={busy ? "" : undefined}
      style={style}
      {...rest}
    >
      {status ? <StatusHeader status={status}>{toggle}</StatusHeader> : null}
      {asForm ? (
        <form ref={formRef} className="cw-card__surface" style={surfaceStyle} onSubmit={onSubmit}>
          {surfaceContent}
        </form>
      ) : (
        <div className="cw-card__surface" style={surfaceStyle}>
          {surfaceContent}
        </div>
      )}
    </div>
  );
});
