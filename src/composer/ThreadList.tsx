// The thread history (ChatKit's history panel): the user's threads from `threads.list`, page by page, with
// rename (`threads.update`) and delete (`threads.delete`).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "../components/Button";
import { Input } from "../components/Input";
import type { ChatKitClient } from "../protocol/client";
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

/**
 * The user's threads, newest first: the first page loads on mount and "Show more" follows the `after` cursor.
 * Each thread opens on click; Rename edits the title in place (Enter saves, Escape cancels), Delete removes it.
 * Failed requests reach the client's `onError` and leave the list as it was.
 */
export function ThreadList({ client, currentThreadId, onSelect, showRename = true, showDelete = true, pageSize = 20, onDeleted }: ThreadListProps) {
  const [threads, setThreads] = useState<ThreadMetadata[]>([]);
  const [cursor, setCursor] = useState<{ more: boolean; after: string | null }>({ more: false, after: null });
  const [status, setStatus] = useState<"loading" | "idle" | "failed">("loading");
  const [editing, setEditing] = useState<string | null>(null);
  const live = useRef(true);
  const nav = useRef<HTMLElement>(null);
  // The thread whose title field was closed from the keyboard (Enter, Escape): its button takes the focus back.
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const threadId = refocus.current;
    if (threadId === null || editing !== null) return;
    refocus.current = null;
    nav.current?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(threadId)}"]`)?.focus();
  });
  const stopEditing = (thread: ThreadMetadata, fromKeyboard: boolean) => {
    if (fromKeyboard) refocus.current = thread.id;
    setEditing(null);
  };

  const load = async (after: string | null) => {
    setStatus("loading");
    try {
      const page = await client.listThreads({ limit: pageSize, after });
      if (!live.current) return;
      setThreads((current) => {
        const seen = new Set(current.map((thread) => thread.id));
        return [...current, ...page.data.filter((thread) => !seen.has(thread.id))];
      });
      setCursor({ more: page.has_more && page.data.length > 0, after: page.after ?? page.data.at(-1)?.id ?? null });
      setStatus("idle");
    } catch {
      if (live.current) setStatus("failed");
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

  const rename = async (thread: ThreadMetadata, title: string, fromKeyboard: boolean) => {
    stopEditing(thread, fromKeyboard);
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
      setThreads((current) => current.filter((entry) => entry.id !== thread.id));
      onDeleted?.(thread.id);
    } catch {
      // Reported through the client's onError; the thread stays listed.
    }
  };

  return (
    <nav ref={nav} className="cw-thread-list" aria-label="Chat history">
      {threads.length === 0 && status === "idle" && <p className="cw-thread-list__empty">No chats yet.</p>}
      <ul className="cw-thread-list__items">
        {threads.map((thread) => (
          <li key={thread.id} className="cw-thread-list__item" aria-current={thread.id === currentThreadId ? "true" : undefined}>
            {editing === thread.id ? (
              <RenameField
                thread={thread}
                onDone={(title, fromKeyboard) => void rename(thread, title, fromKeyboard)}
                onCancel={(fromKeyboard) => stopEditing(thread, fromKeyboard)}
              />
            ) : (
              <button type="button" className="cw-thread-list__open" data-thread-id={thread.id} onClick={() => onSelect(thread)}>
                {threadTitle(thread)}
              </button>
            )}
            {editing !== thread.id && (showRename || showDelete) && (
              <span className="cw-thread-list__actions">
                {showRename && (
                  <Button label="Rename" color="secondary" variant="ghost" size="xs" aria-label={`Rename ${threadTitle(thread)}`} onClick={() => setEditing(thread.id)} />
                )}
                {showDelete && (
                  <Button label="Delete" color="danger" variant="ghost" size="xs" aria-label={`Delete ${threadTitle(thread)}`} onClick={() => void remove(thread)} />
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {status === "loading" && (
        <p className="cw-thread-list__status" role="status">
          Loading chats…
        </p>
      )}
      {status === "failed" && (
        <p className="cw-thread-list__status" role="alert">
          Could not load the chats. <Button label="Try again" variant="ghost" size="xs" onClick={() => void load(cursor.after)} />
        </p>
      )}
      {status === "idle" && cursor.more && (
        <Button label="Show more" color="secondary" variant="outline" size="sm" block onClick={() => void load(cursor.after)} />
      )}
    </nav>
  );
}

/**
 * The title field of a thread being renamed: Enter saves, Escape cancels, leaving it saves. `fromKeyboard` tells
 * whether Enter/Escape closed it (the thread's button then takes the focus back).
 */
function RenameField({
  thread,
  onDone,
  onCancel,
}: {
  thread: ThreadMetadata;
  onDone: (title: string, fromKeyboard: boolean) => void;
  onCancel: (fromKeyboard: boolean) => void;
}) {
  const [value, setValue] = useState(thread.title ?? "");
  const finished = useRef(false);
  const finish = (save: boolean, fromKeyboard: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (save) onDone(value, fromKeyboard);
    else onCancel(fromKeyboard);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" && event.key !== "Escape") return;
    event.preventDefault();
    finish(event.key === "Enter", true);
    // Leave the field before it is removed, so that its blur (and the change it commits) happen in this event
    // rather than while React removes a focused element; the thread's button is focused once it is back.
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
