import { createElement, lazy, Suspense, type CSSProperties, type ReactElement } from "react";
import type { NodeView, NodeViewProps } from "../view-kit/types";

/** A node view whose code loads on first use; `preload()` starts (or reuses) the load. */
export type LazyNodeView = ((props: NodeViewProps) => ReactElement) & { preload(): Promise<NodeView> };

/** The space a control takes once loaded, so the widget does not shift when the chunk arrives. */
export type ControlPlaceholder = (props: NodeViewProps<Record<string, unknown>>) => CSSProperties;

/**
 * Wraps a view that lives in its own chunk (Radix-based controls). Once loaded, the view renders directly, with
 * no Suspense round trip; until then an invisible placeholder of the control's size stands in.
 */
export function lazyNodeView(load: () => Promise<NodeView>, placeholder: ControlPlaceholder): LazyNodeView {
  let loaded: NodeView | undefined;
  let loading: Promise<NodeView> | undefined;
  const preload = () => {
    loading ??= load().then((view) => (loaded = view));
    return loading;
  };
  const Deferred = lazy(() => preload().then((view) => ({ default: view })));
  const View = ((props: NodeViewProps): ReactElement => {
    if (loaded) return createElement(loaded, props);
    const fallback = (
      <span
        className="cw-view-placeholder"
        data-cw-loading=""
        aria-busy="true"
        style={placeholder(props as NodeViewProps<Record<string, unknown>>)}
      />
    );
    return (
      <Suspense fallback={fallback}>
        <Deferred {...props} />
      </Suspense>
    );
  }) as LazyNodeView;
  View.preload = preload;
  return View;
}

/** Starts loading the lazy views a widget uses, before it renders (called by the renderer after validation). Iterative. */
export function preloadViewsOf(tree: unknown, views: Readonly<Record<string, unknown>>, seen = new Set<string>()): void {
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (const child of current) stack.push(child);
      continue;
    }
    const { type, children } = current as { type?: unknown; children?: unknown };
    if (typeof type === "string" && !seen.has(type)) {
      seen.add(type);
      const view = views[type] as Partial<LazyNodeView> | undefined;
      if (view && typeof view.preload === "function") void view.preload();
    }
    stack.push(children);
  }
}
