// The thread history (ChatKit's history panel): the user's threads from `threads.list`, page by page, with
// rename (`threads.update`) and delete (`threads.delete`).
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { createAnnouncer } from "../actions/announcer";
import { Button } from "../components/Button";
import { Input } from "../components/Input";
import type { ChatKitClient } from "../protocol/client";
import { VISUALLY_HIDDEN_CLASS } from "../styling/utilities";
import type { ThreadMetadata } from "../protocol/types";

export interface ThreadListProps {
  client: ChatKitClient;
  /** The thread shown in the chat (marked `aria-current`). */
  currentThreadId?: string | null;
  /** A thread was chosen. */
  onSelect: (thread: ThreadMetadata) => void;
  /** Show Rename on each thread (ChatKit's `history.showRename`). @default true */
  showRename?: boolean;
  /** Show Delete on each thread (ChatKit's `history.showDelete`). @default true */
  showDelete?: boolean;
  /** Threads per `threads.list` page. @default 20 */
  pageSize?: number;
  /** A thread was deleted (after the server confirmed it). */
  onDeleted?: (threadId: string) => void;
}

/** The title shown for a thread: its `title`, or "New chat" for an untitled one. */
export function threadTitle(thread: Pick<ThreadMetadata, "title">): string {
  return thread.title?.trim() || "New chat";
}

/** The control that takes focus after the list changed under it: a thread's open/Rename button, Show more, Try again. */
type FocusKey = `open:${string}` | `rename:${string}` | "more" | "retry" | "list";

/**
 * The user's threads, newest first: the first page loads on mount and "Show more" follows the `after` cursor.
 * Each thread opens on click; Rename edits the title in place (Enter saves, Escape cancels), Delete removes it.
 * Failed requests reach the client's `onError` and leave the list as it was.
 *
 * Keyboard: every thread is three Tab stops (open, Rename, Delete). When a change removes the focused control,
 * focus never falls to the page: the last page's "Show more" hands it to the first new thread (a failed page to
 * "Try again"), Enter or Escape in the title field to the thread's Rename button, Delete to the next thread (the
 * previous one after the last, the list itself when it is empty). New rows and deletions are announced by the
 * list's polite status ("3 more chats shown", "Groceries deleted").
 */
export function ThreadList({ client, currentThreadId, onSelect, showRename = true, showDelete = true, pageSize = 20, onDeleted }: ThreadListProps) {
  const [threads, setThreads] = useState<ThreadMetadata[]>([]);
  const [cursor, setCursor] = useState<{ more: boolean; after: string | null }>({ more: false, after: null });
  const [status, setStatus] = useState<"loading" | "idle" | "failed">("loading");
  const [editing, setEditing] = useState<string | null>(null);
  const live = useRef(true);
  const listRef = useRef<HTMLElement>(null);
  const [announcer] = useState(createAnnouncer);
  const announcement = useSyncExternalStore(announcer.subscribe, announcer.current, () => "");
  // Where focus goes after the next render, if the change left it on the page (<body>).
  const pendingFocus = useRef<FocusKey | null>(null);
  const threadsRef = useRef(threads);
  threadsRef.current = threads;

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    const list = listRef.current;
    if (key === null || !list) return;
    pendingFocus.current = null;
    const active = list.ownerDocument.activeElement;
    // Only focus that fell to the page is moved: a user who went on elsewhere keeps their place.
    if (active && active !== list.ownerDocument.body && active !== list.ownerDocument.documentElement) return;
    const target = key === "list" ? list : [...list.querySelectorAll<HTMLElement>("[data-focus-key]")].find((element) => element.dataset.focusKey === key);
    (target ?? list).focus();
  });

  const load = async (after: string | null) => {
    // "Try again" goes away while the page loads: Show more (busy) or the list holds focus meanwhile.
    if (status === "failed") pendingFocus.current = cursor.more ? "more" : "list";
    setStatus("loading");
    const before = threadsRef.current.length;
    try {
      const page = await client.listThreads({ limit: pageSize, after });
      if (!live.current) return;
      const seen = new Set(threadsRef.current.map((thread) => thread.id));
      const added = page.data.filter((thread) => !seen.has(thread.id));
      const more = page.has_more && page.data.length > 0;
      setThreads((current) => {
        const known = new Set(current.map((thread) => thread.id));
        return [...current, ...page.data.filter((thread) => !known.has(thread.id))];
      });
      setCursor({ more, after: page.after ?? page.data.at(-1)?.id ?? null });
      setStatus("idle");
      if (before > 0) {
        // A later page: say what came, and when Show more goes away, continue at the first new thread.
        announcer.announce(`${added.length} more ${added.length === 1 ? "chat" : "chats"} shown`);
        if (!more) pendingFocus.current = added[0] ? `open:${added[0].id}` : "list";
      }
    } catch {
      if (!live.current) return;
      setStatus("failed");
      pendingFocus.current = "retry";
    }
  };

  useEffect(() => {
    live.current = true;
    void load(null);
    return () => {
      live.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per client
  }, [client]);

  const rename = async (thread: ThreadMetadata, title: string, refocus: boolean) => {
    setEditing(null);
    if (refocus) pendingFocus.current = `rename:${thread.id}`;
    const trimmed = title.trim();
    if (!trimmed || trimmed === thread.title) return;
    try {
      const updated = await client.updateThread(thread.id, { title: trimmed });
      setThreads((current) => current.map((entry) => (entry.id === thread.id ? updated : entry)));
    } catch {
      // Reported through the client's onError; the old title stays.
    }
  };
  const remove = async (thread: ThreadMetadata) => {
    try {
      await client.deleteThread(thread.id);
      const rows = threadsRef.current;
      const index = rows.findIndex((entry) => entry.id === thread.id);
      const neighbour = rows[index + 1] ?? rows[index - 1];
      pendingFocus.current = neighbour && neighbour.id !== thread.id ? `open:${neighbour.id}` : "list";
      setThreads((current) => current.filter((entry) => entry.id !== thread.id));
      announcer.announce(`${threadTitle(thread)} deleted`);
      onDeleted?.(thread.id);
    } catch {
      // Reported through the client's onError; the thread stays listed.
    }
  };

  return (
    <nav ref={listRef} className="cw-thread-list" aria-label="Chat history" tabIndex={-1}>
      {threads.length === 0 && status === "idle" && <p className="cw-thread-list__empty">No chats yet.</p>}
      <ul className="cw-thread-list__items">
        {threads.map((thread) => (
          <li key={thread.id} className="cw-thread-list__item" aria-current={thread.id === currentThreadId ? "true" : undefined}>
            {editing === thread.id ? (
              <RenameField
                thread={thread}
                onDone={(title, byKey) => void rename(thread, title, byKey)}
                onCancel={() => {
                  pendingFocus.current = `rename:${thread.id}`;
                  setEditing(null);
                }}
              />
            ) : (
              <button type="button" className="cw-thread-list__open" data-focus-key={`open:${thread.id}`} onClick={() => onSelect(thread)}>
                {threadTitle(thread)}
              </button>
            )}
            {editing !== thread.id && (showRename || showDelete) && (
              <span className="cw-thread-list__actions">
                {showRename && (
                  <Button label="Rename" color="secondary" variant="ghost" size="xs" aria-label={`Rename ${threadTitle(thread)}`} data-focus-key={`rename:${thread.id}`} onClick={() => setEditing(thread.id)} />
                )}
                {showDelete && (
                  <Button label="Delete" color="danger" variant="ghost" size="xs" aria-label={`Delete ${threadTitle(thread)}`} onClick={() => void remove(thread)} />
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {status === "loading" && !cursor.more && (
        <p className="cw-thread-list__status" role="status">
          Loading chats…
        </p>
      )}
      {status === "failed" && (
        <p className="cw-thread-list__status" role="alert">
          Could not load the chats.{" "}
          <Button label="Try again" variant="ghost" size="xs" data-focus-key="retry" onClick={() => void load(cursor.after)} />
        </p>
      )}
      {/* Show more stays (busy, still focusable) while its page loads, so that focus has somewhere to be. */}
      {status !== "failed" && cursor.more && (
        <Button
          label="Show more"
          color="secondary"
          variant="outline"
          size="sm"
          block
          loading={status === "loading"}
          data-focus-key="more"
          onClick={() => void load(cursor.after)}
        />
      )}
      <span className={VISUALLY_HIDDEN_CLASS} role="status">
        {announcement}
      </span>
    </nav>
  );
}

/**
 * The title field of a thread being renamed: Enter saves, Escape cancels, leaving it saves. `byKey` tells whether
 * Enter/Escape closed it (the thread's Rename button then takes the focus back).
 */
function RenameField({ thread, onDone, onCancel }: { thread: ThreadMetadata; onDone: (title: string, byKey: boolean) => void; onCancel: () => void }) {
  const [value, setValue] = useState(thread.title ?? "");
  const finished = useRef(false);
  const finish = (save: boolean, byKey: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (save) onDone(value, byKey);
    else onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" && event.key !== "Escape") return;
    event.preventDefault();
    // Escape is the list's to handle here, not a dialog's around it.
    if (event.key === "Escape") event.stopPropagation();
    finish(event.key === "Enter", true);
    // Leave the field before it is removed, so that its blur (and the change it commits) happen in this event
    // rather than while React removes a focused element; the Rename button is focused once it is back.
    event.currentTarget.blur();
  };
  return (
    <Input
      aria-label="Chat title"
      size="sm"
      value={value}
      autoFocus
      autoSelect
      maxLength={200}
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true, false)}
    />
  );
}
