import { forwardRef, type HTMLAttributes, type KeyboardEvent, type MouseEvent } from "react";
import { useBoxLayout, type BoxAlign } from "../Box/Box";

export interface ListViewItemProps extends Omit<HTMLAttributes<HTMLDivElement>, "color" | "onClick"> {
  /** Space between the row's children: spacing units or CSS. @default 3 (12px) */
  gap?: number | string | null;
  /** Vertical alignment of the row's children. @default "center" */
  align?: BoxAlign | null;
  /** Makes the whole row a button (click, Enter, Space). */
  onActivate?: (event: MouseEvent<HTMLDivElement> | KeyboardEvent<HTMLDivElement>) => void;
  /** The row's action is pending: spinner-free dimming, `aria-busy`, activation ignored. */
  loading?: boolean;
  /** Activation is ignored (e.g. the widget is loading). */
  disabled?: boolean;
}

/** One row of a ListView; clickable as a whole when it has `onActivate`. */
export const ListViewItem = forwardRef<HTMLDivElement, ListViewItemProps>(function ListViewItem(
  { onActivate, loading, disabled, onKeyDown, ...props },
  ref,
) {
  const { className, style, data, rest } = useBoxLayout(
    { ...props, direction: "row" },
    { align: "center", extraClass: "cw-list-view-item" },
  );
  const interactive = Boolean(onActivate);
  const inactive = Boolean(loading || disabled);
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || !interactive || event.target !== event.currentTarget) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (!inactive) onActivate?.(event);
    }
  };
  return (
    <div
      ref={ref}
      className={className}
      style={style}
      {...data}
      data-interactive={interactive ? "true" : undefined}
      data-loading={loading ? "true" : undefined}
      role={interactive ? "button" : undefined}
      tabIndex={interactive ? 0 : undefined}
      aria-busy={loading || undefined}
      aria-disabled={interactive && disabled ? true : undefined}
      onClick={interactive ? (event) => !inactive && onActivate?.(event) : undefined}
      onKeyDown={handleKeyDown}
      {...(rest as HTMLAttributes<HTMLDivElement>)}
    />
  );
});
