import { forwardRef, type HTMLAttributes } from "react";
import { useBoxLayout, type BoxLayoutProps } from "../Box/Box";

export interface ColProps extends Omit<BoxLayoutProps, "direction">, Omit<HTMLAttributes<HTMLDivElement>, "color"> {}

/** A vertical flex container. */
export const Col = forwardRef<HTMLDivElement, ColProps>(function Col(props, ref) {
  const { className, style, data, rest } = useBoxLayout(
    { ...props, direction: "col" },
    { extraClass: "cw-col" },
  );
  return <div ref={ref} className={className} style={style} {...data} {...(rest as HTMLAttributes<HTMLDivElement>)} />;
});
