import { forwardRef, type HTMLAttributes } from "react";
import { useBoxLayout, type BoxLayoutProps } from "../Box/Box";

export interface RowProps extends Omit<BoxLayoutProps, "direction">, Omit<HTMLAttributes<HTMLDivElement>, "color"> {}

/** A horizontal flex container; children are vertically centred unless `align` says otherwise. */
export const Row = forwardRef<HTMLDivElement, RowProps>(function Row(props, ref) {
  const { className, style, data, rest } = useBoxLayout(
    { ...props, direction: "row" },
    { align: "center", extraClass: "cw-row" },
  );
  return <div ref={ref} className={className} style={style} {...data} {...(rest as HTMLAttributes<HTMLDivElement>)} />;
});
