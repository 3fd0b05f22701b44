import { forwardRef, type HTMLAttributes } from "react";
import { size as resolveSize } from "../../styling/resolve";

export interface SpacerProps extends HTMLAttributes<HTMLDivElement> {
  /** Smallest size along the parent's main axis (number = px). The spacer grows to fill the rest. @default "auto" */
  minSize?: number | string | null;
}

/** Flexible empty space that pushes its neighbours apart (e.g. a Row's trailing button to the end). */
export const Spacer = forwardRef<HTMLDivElement, SpacerProps>(function Spacer({ minSize, className, style, ...rest }, ref) {
  const basis = resolveSize(minSize);
  return (
    <div
      ref={ref}
      aria-hidden="true"
      className={className ? `cw-spacer ${className}` : "cw-spacer"}
      style={basis ? { flexBasis: basis, ...style } : style}
      {...rest}
    />
  );
});
