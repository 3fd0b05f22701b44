// Development-only hints about actions that will probably not do what the author meant. Each is
// printed once per message; production builds (NODE_ENV=production) drop them.

export function isDevelopment(): boolean {
  try {
    // Bundlers replace this expression; in a browser without the replacement `process` is missing.
    return process.env.NODE_ENV !== "production";
  } catch {
    return true;
  }
}

const printed = new Set<string>();
const handlersByType = new Map<string, string>();

export function warnOnce(message: string): void {
  if (!isDevelopment() || printed.has(message)) return;
  printed.add(message);
  console.warn(`[chat-widgets] ${message}`);
}

/** Forgets what was printed and seen (tests). */
export function resetDevWarnings(): void {
  printed.clear();
  handlersByType.clear();
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
