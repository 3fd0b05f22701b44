import { useEffect, useId, useRef, useState } from "react";
import type { Command, Entity, EntityGroup } from "./content";
import { Icon } from "../components/Icon";
import type { TagSearchState } from "./tagSearch";

/** What the list shows: entities (`@` mentions, by `title`) or commands (`/`, by `label` with a description). */
export type MenuOption = Entity | Command;

export interface MentionListProps<T extends MenuOption = Entity> {
  listId: string;
  groups: readonly EntityGroup<T>[];
  search: TagSearchState<T>;
  activeEntity: T | undefined;
  optionId: (entity: T) => string;
  onPick: (entity: T) => void;
  onHover: (entity: T) => void;
  /** Accessible name of the listbox. Default "Suggestions". */
  label?: string;
  /** Overrides the status line (e.g. while a chosen command runs). */
  statusText?: string;
}

function optionTitle(option: MenuOption): string {
  return "title" in option ? option.title : option.label;
}

/**
 * How long the status line's text must hold before it is shown (and so announced), in ms. A fast search answers
 * within a keystroke or two; without this, "Searching…" would come and go on every keystroke.
 */
export const MENTION_STATUS_SETTLE_MS = 400;

/** `text` once it has stayed the same for `ms`; the first text is shown at once unless it is a passing one. */
function useSettledText(text: string, ms: number, passing: boolean): string {
  const [shown, setShown] = useState(passing ? "" : text);
  useEffect(() => {
    if (text === shown) return;
    const timer = setTimeout(() => setShown(text), ms);
    return () => clearTimeout(timer);
  }, [text, shown, ms]);
  return shown;
}

/**
 * The @mention suggestions: a listbox (grouped, with headings) owned by the composer's combobox, plus a status
 * line for "searching" and "no results" that screen readers hear through `role="status"` (a status shows once it
 * has held for `MENTION_STATUS_SETTLE_MS`, so it does not flip on every keystroke). Focus never leaves the
 * input: options are picked with the keyboard through `aria-activedescendant` or with the mouse.
 */
export function MentionList<T extends MenuOption = Entity>({
  listId,
  groups,
  search,
  activeEntity,
  optionId,
  onPick,
  onHover,
  label = "Suggestions",
  statusText,
}: MentionListProps<T>) {
  const headingPrefix = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const hasOptions = groups.length > 0;
  const loading = search.status === "loading";

  useEffect(() => {
    if (!activeEntity) return;
    const option = listRef.current?.querySelector<HTMLElement>(`[id="${CSS.escape(optionId(activeEntity))}"]`);
    option?.scrollIntoView?.({ block: "nearest" });
  }, [activeEntity, optionId]);

  let status = "";
  if (statusText !== undefined) status = statusText;
  else if (loading) status = "Searching…";
  else if (search.status === "error") status = "Search failed";
  else if (!hasOptions) status = search.query ? `No results for “${search.query}”` : "No results";
  // Only a status that holds reaches the live region: typing through fast answers announces nothing until it settles.
  const settledStatus = useSettledText(status, MENTION_STATUS_SETTLE_MS, loading);

  return (
    <div className="cw-composer__mentions" data-loading={loading || undefined}>
      {hasOptions && (
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          className="cw-composer__mention-list"
          // Focusable (not tabbable) so that a scrolling list is reachable; focus normally stays in the input.
          tabIndex={-1}
          onMouseDown={(event) => event.preventDefault()}
        >
          {groups.map((group, groupIndex) => {
            const headingId = `${headingPrefix}-group-${groupIndex}`;
            const options = group.entities.map((entity) => {
              const active = entity === activeEntity;
              const description = "description" in entity ? entity.description : undefined;
              return (
                <div
                  key={entity.id}
                  id={optionId(entity)}
                  role="option"
                  // Named by the title alone (the description is hidden from the name), described by the description.
                  aria-describedby={description ? `${optionId(entity)}-description` : undefined}
                  aria-selected={active}
                  data-active={active || undefined}
                  className="cw-composer__mention-option"
                  // Keep focus (and the caret) in the input while clicking.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onPick(entity)}
                  onMouseMove={() => {
                    if (!active) onHover(entity);
                  }}
                >
                  {entity.icon && <Icon name={entity.icon} className="cw-composer__mention-icon" size="inherit" />}
                  <span className="cw-composer__mention-title">{optionTitle(entity)}</span>
                  {description && (
                    <span id={`${optionId(entity)}-description`} className="cw-composer__mention-description" aria-hidden="true">
                      {description}
                    </span>
                  )}
                </div>
              );
            });
            if (group.group === undefined) return <div key={`group-${groupIndex}`} role="group" aria-label="Other">{options}</div>;
            return (
              <div key={`group-${groupIndex}`} role="group" aria-labelledby={headingId}>
                <div id={headingId} role="presentation" className="cw-composer__mention-heading">
                  {group.group}
                </div>
                {options}
              </div>
            );
          })}
        </div>
      )}
      <div role="status" className="cw-composer__mention-status" data-empty={settledStatus === "" || undefined}>
        {settledStatus}
      </div>
    </div>
  );
}
