import { forwardRef, type HTMLAttributes } from "react";
import { useBoxLayout, type BoxLayoutProps } from "../Box/Box";

export interface BasicProps extends BoxLayoutProps, Omit<HTMLAttributes<HTMLDivElement>, "color"> {
  /** Force a colour scheme for the subtree. */
  theme?: "light" | "dark" | null;
}

/** A root without a surface (entity previews, bare layouts); lays out like a Box. */
export const Basic = forwardRef<HTMLDivElement, BasicProps>(function Basic({ theme, ...props }, ref) {
  const { className, style, data, rest } = useBoxLayout(props, { extraClass: "cw-basic" });
  return (
    <div
      ref={ref}
      className={className}
      style={style}
      data-cw-theme={theme ?? undefined}
      {...data}
      {...(rest as HTMLAttributes<HTMLDivElement>)}
    />
  );
});
