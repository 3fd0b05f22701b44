import { forwardRef, useEffect, useMemo, useRef, type ReactNode } from "react";
import { ActionProvider, useActionContext, type WidgetActionsHandle } from "../actions/ActionProvider";
import type { ClientActionHandler, ServerActionHandler, WidgetErrorHandler } from "../actions/types";
import { isInvalidNode, parseWidget, type ParseWidgetResult, type WidgetRoot } from "../schema";
import { NodeViewsContext } from "./context";
import { ErrorCard } from "./ErrorCard";
import { builtinViews, type WidgetRegistry } from "./registry";
import { preloadViewsOf } from "./lazyView";
import { shareStructure } from "./shareStructure";
import { WidgetNodeView } from "./WidgetChildren";

export interface WidgetRendererProps {
  /** Widget JSON (object or JSON text); validated here. */
  widget: unknown;
  /** The widget thread item (its `id` is sent with server actions). @default { id: "local" } */
  item?: { id: string };
  /** Receives actions with `handler: "client"`; a returned promise keeps the loading state until it settles. */
  onAction?: ClientActionHandler;
  /** Receives server actions (the default handler), e.g. `client.sendCustomAction(action, item.id, { streaming })`. */
  onServerAction?: ServerActionHandler;
  /** Validation, render and dispatch failures. */
  onError?: WidgetErrorHandler;
  /** Force a colour scheme for the widget. */
  theme?: "light" | "dark";
  /** Treat schema warnings as errors. @default false */
  strict?: boolean;
  /** App-defined node types from `createWidgetRegistry`. */
  registry?: WidgetRegistry;
}

function safeParse(widget: unknown, strict: boolean, registry: WidgetRegistry | undefined): ParseWidgetResult | Error {
  try {
    return parseWidget(widget, { strict, customNodes: registry?.schemas });
  } catch (error) {
    // parseWidget promises never to throw; this keeps the host alive if that promise is ever broken.
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Validates widget JSON and renders it. Invalid subtrees show an error card in their place, an
 * invalid root shows one error card; nothing here throws into the host. The ref exposes
 * `sendCustomAction(action, itemId?)`.
 */
export const WidgetRenderer = forwardRef<WidgetActionsHandle, WidgetRendererProps>(function WidgetRenderer(
  { widget, item, onAction, onServerAction, onError, theme, strict = false, registry },
  ref,
) {
  const result = useMemo(() => safeParse(widget, strict, registry), [widget, strict, registry]);
  const views = useMemo(() => (registry ? { ...builtinViews, ...registry.views } : builtinViews), [registry]);

  let problem: string | null = null;
  let parsedTree: unknown;
  if (result instanceof Error) problem = result.message;
  else parsedTree = result.ok ? result.widget : result.partial;
  // Unchanged subtrees keep their identity across widget versions (see shareStructure).
  const previousTree = useRef<unknown>(undefined);
  const tree = useMemo(() => shareStructure(previousTree.current, parsedTree), [parsedTree]);
  previousTree.current = tree;
  // Lazily loaded views (form controls) start loading now, before their placeholders render.
  useMemo(() => preloadViewsOf(tree, views), [tree, views]);
  const root: WidgetRoot | null =
    result instanceof Error || (!result.ok && isInvalidNode(tree as never)) ? null : (tree as WidgetRoot);

  useEffect(() => {
    if (!onError) return;
    if (result instanceof Error) onError({ kind: "validation", message: result.message, path: "", cause: result });
    else if (!result.ok) onError({ kind: "validation", message: result.summary, path: "", cause: result.issues });
    // Reported once per parse result, not on every render.
  }, [result]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <ActionProvider ref={ref} item={item} widget={root} onAction={onAction} onServerAction={onServerAction} onError={onError}>
      <NodeViewsContext.Provider value={views}>
        <WidgetFrame theme={theme}>
          {problem !== null ? <ErrorCard path="" problems={[problem]} /> : <WidgetNodeView node={tree} path="" />}
        </WidgetFrame>
      </NodeViewsContext.Provider>
    </ActionProvider>
  );
});

/** The widget's own element: theme, and the container loading state (faded and inert). */
function WidgetFrame({ theme, children }: { theme?: "light" | "dark"; children: ReactNode }) {
  const { containerLoading } = useActionContext();
  return (
    <div
      className="cw-widget"
      data-cw-theme={theme}
      data-loading={containerLoading ? "" : undefined}
      aria-busy={containerLoading || undefined}
      inert={containerLoading || undefined}
    >
      {children}
    </div>
  );
}
