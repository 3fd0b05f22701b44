import { createContext, createElement, lazy, Suspense, useContext, type CSSProperties, type ReactElement } from "react";
import { preloadIconGlyphs } from "../components/Icon/builtinGlyphs";
import type { NodeView, NodeViewProps } from "../view-kit/types";

/** A node view whose code loads on first use; `preload()` starts (or reuses) the load. */
export type LazyNodeView = ((props: NodeViewProps) => ReactElement) & { preload(): Promise<NodeView> };

/** A view that loads code on first use for some nodes of its type only; `preloadFor(node)` starts that load when `node` needs it. */
export type ConditionalLazyNodeView = NodeView & { preloadFor(node: Record<string, unknown>): void };

/** The space a control takes once loaded, so the widget does not shift when the chunk arrives. */
export type ControlPlaceholder = (props: NodeViewProps<Record<string, unknown>>) => CSSProperties;

/**
 * Whether a lazy view whose size its props cannot give (a list, a table) may suspend the whole widget while its
 * chunk loads: `current` is true until the widget has shown content once. The renderer provides it; outside a
 * renderer (or once shown) such a view holds an estimated box instead, as the other lazy views do.
 */
export const WidgetFirstShowContext = createContext<{ current: boolean } | null>(null);

/**
 * Wraps a view that lives in its own chunk. Once loaded, the view renders directly, with no Suspense round trip;
 * until then an invisible placeholder of the control's size stands in. With `holdsFirstShow`, a widget that has
 * not been shown yet waits for the view instead (nothing of it appears until its whole tree can be drawn, so
 * nothing moves); once shown, the placeholder is used.
 */
export function lazyNodeView(load: () => Promise<NodeView>, placeholder: ControlPlaceholder, holdsFirstShow = false): LazyNodeView {
  let loaded: NodeView | undefined;
  let loading: Promise<NodeView> | undefined;
  const preload = () => {
    loading ??= load().then((view) => (loaded = view));
    return loading;
  };
  const Deferred = lazy(() => preload().then((view) => ({ default: view })));
  const View = ((props: NodeViewProps): ReactElement => {
    const firstShow = useContext(WidgetFirstShowContext);
    if (loaded) return createElement(loaded, props);
    // Suspends to the renderer's boundary around the whole widget.
    if (holdsFirstShow && firstShow?.current) return <Deferred {...props} />;
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

// Nodes that draw an icon: an Icon, a Button with one, a Card's status line with one, the DatePicker's calendar glyph.
/** Adds to `names` the icons a node draws: an Icon's name, a button's `iconStart`/`iconEnd`, a status icon, the DatePicker's calendar. */
function addIconsOf(type: string, node: Record<string, unknown>, names: Set<string>) {
  const add = (name: unknown) => typeof name === "string" && names.add(name);
  if (type === "Icon") add(node.name);
  if (type === "DatePicker") add("calendar");
  add(node.iconStart);
  add(node.iconEnd);
  if (typeof node.status === "object" && node.status !== null) add((node.status as { icon?: unknown }).icon);
}

/**
 * Starts loading the lazy views a widget uses, and the chunks of the built-in icon glyphs it draws, before it renders (called
 * by the renderer after validation). Iterative.
 */
export function preloadViewsOf(tree: unknown, views: Readonly<Record<string, unknown>>, seen = new Set<string>()): void {
  const icons = new Set<string>();
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (const child of current) stack.push(child);
      continue;
    }
    const { type, children } = current as { type?: unknown; children?: unknown };
    // A view that loads code for some nodes of its type only (an editable Text) says so per node.
    if (typeof type === "string") (views[type] as Partial<ConditionalLazyNodeView> | undefined)?.preloadFor?.(current as Record<string, unknown>);
    if (typeof type === "string" && !seen.has(type)) {
      seen.add(type);
      const view = views[type] as Partial<LazyNodeView> | undefined;
      if (view && typeof view.preload === "function") void view.preload();
    }
    if (typeof type === "string") addIconsOf(type, current as Record<string, unknown>, icons);
    stack.push(children);
  }
  // The chunks of the built-in glyphs it draws (`lucide:` names load their own when they render). Offline: each
  // icon tries again when it renders.
  const builtin = [...icons].filter((name) => !name.startsWith("lucide:"));
  if (builtin.length > 0) preloadIconGlyphs(builtin).catch(() => {});
}
