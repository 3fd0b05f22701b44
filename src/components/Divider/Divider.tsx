import { forwardRef, type CSSProperties, type HTMLAttributes } from "react";
import { cva } from "class-variance-authority";
import { color as resolveColor, size as resolveSize, spacing as resolveSpacing, type ColorInput } from "../../styling/resolve";

export const dividerVariants = cva("cw-divider", {
  variants: { flush: { true: "cw-divider--flush", false: null } },
  defaultVariants: { flush: false },
});

export interface DividerProps extends Omit<HTMLAttributes<HTMLHRElement>, "color"> {
  /** Line colour: border token `default` | `subtle` | `strong`, any colour token, CSS colour or `{ light, dark }`. @default "default" */
  color?: ColorInput | null;
  /** Thickness (number = px). @default 1 */
  size?: number | string | null;
  /** Space above and below (spacing units or CSS). Without it the parent's gap applies. */
  spacing?: number | string | null;
  /** Extend to the container's edges, through its padding. @default false */
  flush?: boolean | null;
}

/** A horizontal rule (vertical inside a Row). */
export const Divider = forwardRef<HTMLHRElement, DividerProps>(function Divider(
  { color, size, spacing, flush, className, style, ...rest },
  ref,
) {
  const resolvedSpacing = resolveSpacing(spacing);
  const vars: Record<string, string | undefined> = {
    "--cw-divider-color": resolveColor(color, "border"),
    "--cw-divider-size": resolveSize(size),
    "--cw-divider-spacing": resolvedSpacing,
  };
  const definedVars = Object.fromEntries(Object.entries(vars).filter(([, value]) => value !== undefined));
  return (
    <hr
      ref={ref}
      className={[dividerVariants({ flush: Boolean(flush) }), className].filter(Boolean).join(" ")}
      data-flush={flush ? "true" : undefined}
      data-spacing={resolvedSpacing === undefined ? undefined : "custom"}
      style={{ ...(definedVars as CSSProperties), ...style }}
      {...rest}
    />
  );
});
