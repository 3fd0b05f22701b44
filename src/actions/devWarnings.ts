// Development-only hints about actions that will probably not do what the author meant. Each is
// printed once per message; production builds (NODE_ENV=production) drop them.

// Call sites on the widget path guard a hint inline, so that a production build drops the hint's code, not only
// its call (a bundler folds the replaced expression, then the empty `try`; it cannot see through isDevelopment()):
//   try { if (process.env.NODE_ENV !== "production") hint(); } catch { if (typeof process === "undefined") hint(); }
// Without `process` (an unbundled page) the condition throws before the hint runs, and the hint runs in `catch`,
// as isDevelopment() would allow.

export function isDevelopment(): boolean {
  try {
    // Bundlers replace this expression; in a browser without the replacement `process` is missing.
    return process.env.NODE_ENV !== "production";
  } catch {
    return true;
  }
}

/** How many distinct values one "warn once" memory keeps (least recently seen forgotten first). */
export const WARN_ONCE_CAPACITY = 256;
/** Values longer than this are remembered by a short digest, not kept whole. */
const MAX_REMEMBERED_LENGTH = 200;
/** Printed warnings are cut to this many characters (a console keeps what it printed). */
const MAX_PRINTED_LENGTH = 500;

/** FNV-1a (32 bits) of a string: enough to tell warnings apart, never a security boundary. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The key a memory keeps for `value`: the value itself when short, else its start, length and digest. */
function rememberedKey(value: string): string {
  if (value.length <= MAX_REMEMBERED_LENGTH) return value;
  return `${value.slice(0, 64)}…${value.length}#${digest(value)}`;
}

/**
 * A bounded memory of values already warned about: at most `capacity` entries, each at most about 90 characters
 * past MAX_REMEMBERED_LENGTH, so a stream of distinct (or huge) values cannot grow memory. `remember(value)`
 * returns true the first time (and again once the value has been forgotten); `value()`/`set()` keep a string
 * per key.
 */
export class WarnOnceMemory {
  private readonly entries = new Map<string, string>();
  constructor(readonly capacity = WARN_ONCE_CAPACITY) {
    memories.add(this);
  }

  /** True when `value` was not remembered (and remembers it now). */
  remember(value: string): boolean {
    const key = rememberedKey(value);
    const known = this.entries.has(key);
    this.set(value, this.entries.get(key) ?? "");
    return !known;
  }

  get(value: string): string | undefined {
    return this.entries.get(rememberedKey(value));
  }

  set(value: string, data: string): void {
    const key = rememberedKey(value);
    // Re-inserting moves the key to the end: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, data);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

const memories = new Set<WarnOnceMemory>();
const printed = new WarnOnceMemory();
const handlersByType = new WarnOnceMemory();

/** Prints a development warning once per distinct message (bounded memory, long messages cut). */
export function warnOnce(message: string): void {
  if (!isDevelopment() || !printed.remember(message)) return;
  const shown = message.length > MAX_PRINTED_LENGTH ? `${message.slice(0, MAX_PRINTED_LENGTH)}… (${message.length} characters)` : message;
  console.warn(`[chat-widgets] ${shown}`);
}

/** Forgets what was printed and seen (tests). */
export function resetDevWarnings(): void {
  for (const memory of memories) memory.clear();
}

/** Warns when one action type is routed to both handlers: usually a missing `handler: "client"`. */
export function noteActionHandler(type: string, handler: string): void {
  if (!isDevelopment()) return;
  const seen = handlersByType.get(type);
  if (seen === undefined) handlersByType.set(type, handler);
  else if (seen !== handler) {
    warnOnce(
      `action "${type}" is used with handler "server" and with handler "client"; ` +
        `client actions reach onAction, server actions reach onServerAction, so one of them is probably a mistake.`,
    );
  }
}

// Verbs of actions that act on one particular thing, so their handler needs to know which one.
const ITEM_VERBS = new Set([
  "select",
  "delete",
  "remove",
  "open",
  "toggle",
  "update",
  "edit",
  "view",
  "archive",
  "complete",
  "approve",
  "reject",
  "dismiss",
  "pick",
  "choose",
]);

/** The words of an action type: `todo.delete`, `delete_todo`, `deleteTodo`, `todo:delete` → […, "delete"]. */
export function actionTypeWords(type: string): string[] {
  return type
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s._:/-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/**
 * Rule: an action whose type contains an item verb (select, delete, remove, open, toggle, update,
 * edit, view, archive, complete, approve, reject, dismiss, pick, choose) and that is dispatched with
 * an empty payload (no static payload, no form values) cannot tell its handler which item it means.
 */
export function warnIfPayloadExpected(type: string, payload: Record<string, unknown> | undefined): void {
  if (payload && Object.keys(payload).length > 0) return;
  const verb = actionTypeWords(type).find((word) => ITEM_VERBS.has(word));
  if (verb === undefined) return;
  warnOnce(
    `action "${type}" was dispatched without a payload, but "${verb}" usually needs to know which item; ` +
      `add e.g. payload: { id } to the action.`,
  );
}

/**
 * Gives an action object a development-only `arguments` getter: ChatKit actions carry `payload`,
 * and code written against other action shapes reads `arguments` and silently gets nothing.
 */
export function guardArgumentsRead<T extends object>(action: T): T {
  if (!isDevelopment()) return action;
  Object.defineProperty(action, "arguments", {
    enumerable: false,
    configurable: true,
    get() {
      warnOnce(`action.arguments was read; widget actions carry their data in action.payload.`);
      return undefined;
    },
  });
  return action;
}
