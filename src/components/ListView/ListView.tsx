import { Children, forwardRef, useState, type HTMLAttributes, type ReactNode } from "react";
import { StatusHeader, type WidgetStatusValue } from "../Card/StatusHeader";

/** With `limit: "auto"`: lists longer than AUTO_LIMIT_THRESHOLD items show AUTO_LIMIT_VISIBLE first. */
export const AUTO_LIMIT_THRESHOLD = 8;
export const AUTO_LIMIT_VISIBLE = 5;

/** How many items are visible before "Show more" for a `limit` and a number of items. */
export function visibleCount(limit: number | "auto" | null | undefined, total: number): number {
  if (typeof limit === "number" && Number.isFinite(limit) && limit >= 1) return Math.min(Math.floor(limit), total);
  if (limit === "auto" || limit === undefined || limit === null) {
    return total > AUTO_LIMIT_THRESHOLD ? AUTO_LIMIT_VISIBLE : total;
  }
  return total;
}

export interface ListViewProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /** Items shown before a "Show more" button: a number, or `"auto"` (more than 8 items → 5 first). @default "auto" */
  limit?: number | "auto" | null;
  /** Status line above the list. */
  status?: WidgetStatusValue | null;
  /** Force a colour scheme for the list's subtree. */
  theme?: "light" | "dark" | null;
  /** The rows (ListViewItem); each is wrapped in a list item. */
  children?: ReactNode;
}

/** A list of rows on a card surface, with a "Show more" button after `limit` rows. */
export const ListView = forwardRef<HTMLDivElement, ListViewProps>(function ListView(
  { limit, status, theme, children, className, ...rest },
  ref,
) {
  const items = Children.toArray(children);
  const initial = visibleCount(limit, items.length);
  const [shown, setShown] = useState(initial);
  const visible = Math.max(shown, initial);
  const step = typeof limit === "number" && limit >= 1 ? Math.floor(limit) : items.length;
  return (
    <div
      ref={ref}
      className={className ? `cw-list-view ${className}` : "cw-list-view"}
      data-cw-theme={theme ?? undefined}
      data-limit={limit ?? "auto"}
      {...rest}
    >
      {status ? <StatusHeader status={status} /> : null}
      <div className="cw-list-view__surface">
        <ul className="cw-list-view__items">
          {items.slice(0, visible).map((item, index) => (
            <li key={(item as { key?: string | null }).key ?? index} className="cw-list-view__item">
              {item}
            </li>
          ))}
        </ul>
        {visible < items.length ? (
          <button type="button" className="cw-list-view__more" onClick={() => setShown(Math.min(visible + step, items.length))}>
            Show more
          </button>
        ) : null}
      </div>
    </div>
  );
});
