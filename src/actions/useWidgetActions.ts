import { useCallback } from "react";
import { useActionContext } from "./ActionProvider";
import { guardArgumentsRead } from "./devWarnings";
import type { ServerActionHandler, WidgetAction, WidgetErrorHandler, WidgetItem } from "./types";

export type CustomAction = WidgetAction & { streaming?: boolean };

/** Shared by `useWidgetActions` and the `WidgetRenderer`/`ActionProvider` ref. */
export async function sendCustomActionThrough(
  route: ServerActionHandler | undefined,
  reportError: WidgetErrorHandler,
  item: WidgetItem,
  action: CustomAction,
  itemId?: string,
): Promise<void> {
  const target = itemId === undefined || itemId === item.id ? item : { id: itemId, widget: null };
  if (!route) {
    reportError({ kind: "no-handler", message: `sendCustomAction("${action.type}") needs onServerAction`, actionType: action.type });
    return;
  }
  const sent: WidgetAction = action.payload === undefined ? { type: action.type } : { type: action.type, payload: action.payload };
  // Inline guard (see devWarnings.ts): production builds drop the hint and its code.
  try {
    if (process.env.NODE_ENV !== "production") guardArgumentsRead(sent);
  } catch {
    if (typeof process === "undefined") guardArgumentsRead(sent); // an unbundled page
  }
  try {
    await route(sent, target, { streaming: action.streaming ?? true });
  } catch (cause) {
    reportError({ kind: "dispatch", message: `action "${action.type}" failed: ${String(cause)}`, actionType: action.type, cause });
  }
}

/**
 * For components rendered inside a widget (custom nodes): `sendCustomAction(action, itemId?)` sends an
 * action to the server handler like ChatKit's method of that name. Apps outside the tree use the
 * `ref` of `WidgetRenderer` instead.
 */
export function useWidgetActions(): { sendCustomAction(action: CustomAction, itemId?: string): Promise<void> } {
  const context = useActionContext();
  const sendCustomAction = useCallback(
    (action: CustomAction, itemId?: string) =>
      sendCustomActionThrough(context.onServerAction, context.reportError, context.item, action, itemId),
    [context],
  );
  return { sendCustomAction };
}
