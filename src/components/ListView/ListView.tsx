import { Children, forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes, type ReactNode } from "react";
import { StatusHeader, type WidgetStatusValue } from "../Card/StatusHeader";
import { VISUALLY_HIDDEN_CLASS } from "../../styling/utilities";

/** With `limit: "auto"`: lists longer than AUTO_LIMIT_THRESHOLD items show AUTO_LIMIT_VISIBLE first. */
export const AUTO_LIMIT_THRESHOLD = 8;
export const AUTO_LIMIT_VISIBLE = 5;

/**
 * Most rows shown at first and added by one "Show more": a list of 100,000 rows renders in pages of 100,
 * never all at once. Lists of up to 100 rows behave as ChatKit's (the first "Show more" reveals all of them).
 */
export const LIST_VIEW_PAGE_MAX = 100;

/** How many items are visible before "Show more" for a `limit` and a number of items (at most LIST_VIEW_PAGE_MAX). */
export function visibleCount(limit: number | "auto" | null | undefined, total: number): number {
  return Math.min(requestedCount(limit, total), LIST_VIEW_PAGE_MAX);
}

function requestedCount(limit: number | "auto" | null | undefined, total: number): number {
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

/**
 * A list of rows on a card surface, with a "Show more" button after `limit` rows. Each "Show more" reveals the
 * next `limit` rows (all of the rest with `"auto"`), at most LIST_VIEW_PAGE_MAX at a time; a polite status
 * announces how many rows are shown, and when the last rows appear focus moves to the first of them.
 */
export const ListView = forwardRef<HTMLDivElement, ListViewProps>(function ListView(
  { limit, status, theme, children, className, ...rest },
  ref,
) {
  const items = Children.toArray(children);
  const initial = visibleCount(limit, items.length);
  const [shown, setShown] = useState(initial);
  const visible = Math.max(shown, initial);
  const step = Math.min(typeof limit === "number" && limit >= 1 ? Math.floor(limit) : items.length, LIST_VIEW_PAGE_MAX);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // Index of the first row revealed by the last "Show more" (for focus and the announcement).
  const [revealedFrom, setRevealedFrom] = useState<number | null>(null);
  const moreButton = visible < items.length;
  useEffect(() => {
    // The button is gone once everything is shown: focus goes to the first new row instead of the page.
    if (revealedFrom === null || moreButton) return;
    (listRef.current?.children[revealedFrom] as HTMLElement | undefined)?.focus();
  }, [revealedFrom, moreButton]);
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
        <ul className="cw-list-view__items" id={listId} ref={listRef}>
          {items.slice(0, visible).map((item, index) => (
            <li
              key={(item as { key?: string | null }).key ?? index}
              className="cw-list-view__item"
              tabIndex={index === revealedFrom && !moreButton ? -1 : undefined}
            >
              {item}
            </li>
          ))}
        </ul>
        {moreButton ? (
          <button
            type="button"
            className="cw-list-view__more"
            aria-controls={listId}
            onClick={() => {
              setRevealedFrom(visible);
              setShown(Math.min(visible + step, items.length));
            }}
          >
            Show more
          </button>
        ) : null}
        {/* A live region only where rows can be revealed: one per paged list, none on short lists. */}
        {moreButton || revealedFrom !== null ? (
          <span className={`cw-list-view__status ${VISUALLY_HIDDEN_CLASS}`} role="status">
            {revealedFrom === null ? "" : `Showing ${visible} of ${items.length} rows`}
          </span>
        ) : null}
      </div>
    </div>
  );
});
