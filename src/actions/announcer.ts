/**
 * A widget's polite announcements (loading started or ended, an action failed): one message at a time, read by
 * the widget's live region (`aria-live="polite"`). Announcing the same text twice changes the region anyway
 * (a trailing no-break space), so a screen reader says it again.
 */
export interface Announcer {
  /** Sets the message the live region shows (plain text; never HTML). Empty text clears it. */
  announce(message: string): void;
  /** The current message. */
  current(): string;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Longest announcement, in characters (an error message from a server can be long). */
export const ANNOUNCEMENT_MAX_LENGTH = 200;

export function createAnnouncer(): Announcer {
  let message = "";
  const listeners = new Set<() => void>();
  return {
    announce(next) {
      let text = String(next).replace(/\s+/g, " ").trim();
      if (text.length > ANNOUNCEMENT_MAX_LENGTH) text = `${text.slice(0, ANNOUNCEMENT_MAX_LENGTH - 1)}…`;
      if (text !== "" && text === message.trimEnd()) text = message.endsWith("\u00a0") ? text : `${text}\u00a0`;
      message = text;
      for (const listener of listeners) listener();
    },
    current: () => message,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** An announcer that keeps nothing (outside a widget renderer). */
export const silentAnnouncer: Announcer = { announce() {}, current: () => "", subscribe: () => () => {} };
