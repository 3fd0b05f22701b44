import { forwardRef, type CSSProperties, type HTMLAttributes, type ReactNode } from "react";
import { color } from "../styling/resolve";

export const THEME_RADII = ["pill", "round", "soft", "sharp"] as const;
export const THEME_DENSITIES = ["compact", "normal", "spacious"] as const;

export interface ThemeProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** Colour scheme of everything inside. @default "light" */
  colorScheme?: "light" | "dark";
  /** Global roundness (ChatKit `theme.radius`). @default "pill" */
  radius?: (typeof THEME_RADII)[number];
  /** Global spacing scale (ChatKit `theme.density`). @default "normal" */
  density?: (typeof THEME_DENSITIES)[number];
  /** Accent colour: recolours `primary` (any CSS colour or colour token). */
  accent?: string;
  children?: ReactNode;
}

/**
 * The themed root (`.cw-root`) widgets render in: sets `data-cw-theme`, `data-cw-radius`,
 * `data-cw-density` and `--cw-accent`, which the token stylesheet reads.
 */
export const ThemeProvider = forwardRef<HTMLDivElement, ThemeProviderProps>(function ThemeProvider(
  { colorScheme = "light", radius = "pill", density = "normal", accent, className, style, children, ...rest },
  ref,
) {
  const accentColor = color(accent);
  const themedStyle = accentColor ? ({ "--cw-accent": accentColor, ...style } as CSSProperties) : style;
  return (
    <div
      ref={ref}
      className={className ? `cw-root ${className}` : "cw-root"}
      data-cw-theme={colorScheme}
      data-cw-radius={radius}
      data-cw-density={density}
      style={themedStyle}
      {...rest}
    >
      {children}
    </div>
  );
});
