import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from "react";
import type { WidgetRoot } from "../schema";
import { createAnnouncer, silentAnnouncer, type Announcer } from "./announcer";
import { sendCustomActionThrough, type CustomAction } from "./useWidgetActions";
import type {
  ClientActionHandler,
  ServerActionHandler,
  WidgetError,
  WidgetErrorHandler,
  WidgetItem,
} from "./types";

export interface ActionContextValue {
  /** The widget item actions are sent for. */
  item: WidgetItem;
  onAction?: ClientActionHandler;
  onServerAction?: ServerActionHandler;
  reportError: WidgetErrorHandler;
  /** True while an action with `container` loading is pending: the widget fades and is inert. */
  containerLoading: boolean;
  /** Marks the container busy until the returned function is called. */
  beginContainerLoading(): () => void;
  /** Read synchronously (a state value can lag one render behind a double click). */
  isContainerBusy(): boolean;
  /** The widget's polite announcements (loading, failures), shown by its live region. */
  announcer: Announcer;
}

/** Where errors go when no `onError` is listening: the console, in development builds. */
export function reportToConsole(error: WidgetError) {
  // Inline guard (see devWarnings.ts): production builds drop the message.
  try {
    if (process.env.NODE_ENV !== "production") console.error(`[chat-widgets] ${error.kind}: ${error.message}`, error.cause ?? "");
  } catch {
    if (typeof process === "undefined") console.error(`[chat-widgets] ${error.kind}: ${error.message}`, error.cause ?? ""); // an unbundled page
  }
}

const STANDALONE_ITEM: WidgetItem = { id: "local", widget: null };

// Outside a provider (a primitive used on its own) actions have nowhere to go: errors are logged.
const fallbackContext: ActionContextValue = {
  item: STANDALONE_ITEM,
  reportError: reportToConsole,
  containerLoading: false,
  beginContainerLoading: () => () => {},
  isContainerBusy: () => false,
  announcer: silentAnnouncer,
};

export const ActionContext = createContext<ActionContextValue>(fallbackContext);

export function useActionContext(): ActionContextValue {
  return useContext(ActionContext);
}

export interface ActionProviderProps {
  /** The widget item the actions belong to. @default { id: "local" } */
  item?: { id: string };
  /** The validated widget (handed to handlers as `widgetItem.widget`). */
  widget?: WidgetRoot | null;
  /** Receives `handler: "client"` actions. */
  onAction?: ClientActionHandler;
  /** Receives `handler: "server"` actions (the default handler). */
  onServerAction?: ServerActionHandler;
  /** Validation, render and dispatch failures. Without it they are logged in development. */
  onError?: WidgetErrorHandler;
  children?: ReactNode;
}

/** Imperative access for apps: send an action to the server as if the widget had fired it. */
export interface WidgetActionsHandle {
  /**
   * Sends `action` through `onServerAction` for the item `itemId` (default: this widget's item),
   * like ChatKit's `sendCustomAction(action, itemId)`. Resolves when the handler settles.
   */
  sendCustomAction(action: CustomAction, itemId?: string): Promise<void>;
}

/**
 * Routes the actions of one widget to the app. `WidgetRenderer` creates it; use it directly only to
 * render node views without the renderer.
 */
export const ActionProvider = forwardRef<WidgetActionsHandle, ActionProviderProps>(function ActionProvider(
  { item, widget = null, onAction, onServerAction, onError, children },
  ref,
) {
  const [containerCount, setContainerCount] = useState(0);
  const busyRef = useRef(0);
  const [announcer] = useState(createAnnouncer);
  // Handlers are read through a ref so that a new inline callback does not re-render every node.
  const handlersRef = useRef({ onAction, onServerAction, onError });
  handlersRef.current = { onAction, onServerAction, onError };

  const itemId = item?.id ?? STANDALONE_ITEM.id;
  const widgetItem = useMemo<WidgetItem>(() => ({ id: itemId, widget }), [itemId, widget]);

  const reportError = useCallback<WidgetErrorHandler>((error) => {
    const handler = handlersRef.current.onError;
    if (handler) handler(error);
    else reportToConsole(error);
  }, []);

  const beginContainerLoading = useCallback(() => {
    busyRef.current += 1;
    setContainerCount((count) => count + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      busyRef.current -= 1;
      setContainerCount((count) => count - 1);
    };
  }, []);

  const isContainerBusy = useCallback(() => busyRef.current > 0, []);

  // The item is read at dispatch time, so a new widget version (every streamed update) does not change the
  // context value and re-render every node that dispatches actions.
  const widgetItemRef = useRef(widgetItem);
  widgetItemRef.current = widgetItem;
  // The handler props decide whether a route exists; the wrappers only keep identity stable.
  const hasClientRoute = Boolean(onAction);
  const hasServerRoute = Boolean(onServerAction);
  const containerLoading = containerCount > 0;
  const value = useMemo<ActionContextValue>(
    () => ({
      get item() {
        return widgetItemRef.current;
      },
      onAction: hasClientRoute ? (action, target) => handlersRef.current.onAction?.(action, target) : undefined,
      onServerAction: hasServerRoute
        ? (action, target, options) => handlersRef.current.onServerAction?.(action, target, options)
        : undefined,
      reportError,
      containerLoading,
      beginContainerLoading,
      isContainerBusy,
      announcer,
    }),
    [hasClientRoute, hasServerRoute, reportError, containerLoading, beginContainerLoading, isContainerBusy, announcer],
  );

  useImperativeHandle(
    ref,
    () => ({
      sendCustomAction: (action, itemId) =>
        sendCustomActionThrough(handlersRef.current.onServerAction, reportError, widgetItem, action, itemId),
    }),
    [widgetItem, reportError],
  );

  return <ActionContext.Provider value={value}>{children}</ActionContext.Provider>;
});
