import {
  Component,
  forwardRef,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  Suspense,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { ActionProvider, useActionContext, type WidgetActionsHandle } from "../actions/ActionProvider";
import type { Announcer } from "../actions/announcer";
import type { ClientActionHandler, ServerActionHandler, WidgetErrorHandler } from "../actions/types";
import { DeeplinkContext, type DeeplinkHandler } from "../components/Markdown/deeplinkContext";
import type { ParseWidgetResult, WidgetRoot } from "../schema";
import { isInvalidNode } from "../schema/invalidNode";
import { measureWidget } from "../schema/limits";
import { NodeRenderScopeContext, NodeViewsContext } from "../view-kit/context";
import { ErrorCard } from "../view-kit/ErrorCard";
import { LIVE_REGION_CLASS, loadFocusRecovery, peekFocusRecovery, watchFocus, type FocusWatch } from "./focus";
import { builtinViews, type WidgetRegistry } from "./registry";
import { preloadViewsOf, WidgetFirstShowContext } from "./lazyView";
import type { NodeViewMap } from "../view-kit/types";
import { shareStructure } from "./shareStructure";
import { validateWidget, type PendingValidation } from "./validate";
import { StreamedValues, type StreamedValueChange } from "../view-kit/streamedValues";
import { WidgetNodeView } from "../view-kit/WidgetChildren";
import { VISUALLY_HIDDEN_CLASS } from "../styling/utilities";

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
  /**
   * Receives each validation result the widget is drawn from (errors and warnings, each with its
   * `severity`), once per new `widget`; e.g. to list the issues beside the widget, as the playground does.
   */
  onValidation?: (result: ParseWidgetResult) => void;
  /**
   * Receives `chatkit-link://name?key=value` links clicked in the widget's Markdown as `{ name, data }`
   * (ChatKit's `onDeeplink`). Without it (and without an enclosing `DeeplinkContext`), such links are inert text.
   */
  onDeeplink?: DeeplinkHandler;
  /** Force a colour scheme for the widget. */
  theme?: "light" | "dark";
  /** Treat schema warnings as errors. @default false */
  strict?: boolean;
  /** App-defined node types from `createWidgetRegistry`. */
  registry?: WidgetRegistry;
}

// Layout effects do not run on the server; the streamed values they deliver only exist after an update anyway.
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * Validates widget JSON and renders it. Invalid subtrees show an error card in their place, an
 * invalid root shows one error card; nothing here throws into the host. The ref exposes
 * `sendCustomAction(action, itemId?)`.
 */
export const WidgetRenderer = forwardRef<WidgetActionsHandle, WidgetRendererProps>(function WidgetRenderer(
  { widget, item, onAction, onServerAction, onError, onValidation, onDeeplink, theme, strict = false, registry },
  ref,
) {
  // Bumped when code a validation waited for (the on-demand specs or the walker) has loaded, so it runs again.
  const [codeLoads, setCodeLoads] = useState(0);
  const validation = useMemo(
    () => validateWidget(widget, { strict, customNodes: registry?.schemas }),
    [widget, strict, registry, codeLoads], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const pending = "pending" in validation ? (validation as PendingValidation).pending : null;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    void pending.then(() => live && setCodeLoads((count) => count + 1));
    return () => {
      live = false;
    };
  }, [pending]);
  // While that code loads, what is on screen stays (nothing, before the first show): one frame, once per page.
  const shown = useRef<ParseWidgetResult | Error | null>(null);
  if (!pending) shown.current = validation as ParseWidgetResult | Error;
  const result = shown.current;
  const views = useMemo(() => (registry ? { ...builtinViews, ...registry.views } : builtinViews), [registry]);
  // While validation waits for code (a list's or form's specs, the walker), the views the widget names start loading
  // too, so both arrive together: the widget as sent, within the whole-widget limits (so the walk is bounded).
  useMemo(() => {
    if (!pending || typeof widget !== "object") return;
    try {
      if (!measureWidget(widget).exceeded) preloadViewsOf(widget, views);
    } catch {
      // Only a head start: the validated widget's views load when it renders.
    }
  }, [pending, views]); // eslint-disable-line react-hooks/exhaustive-deps

  let problem: string | null = null;
  let parsedTree: unknown;
  if (result instanceof Error) problem = result.message;
  else if (result) parsedTree = result.ok ? result.widget : result.partial;
  // Unchanged subtrees keep their identity across widget versions (see shareStructure); a Text or Markdown
  // node whose value alone changed (streamed text) keeps its object too, and its view gets the value from
  // `streamed` once this render commits, so a text delta re-renders that node only.
  const previousTree = useRef<unknown>(undefined);
  const [streamed] = useState(() => new StreamedValues());
  // True until the widget has been shown: a list or table whose view is still loading then holds the whole widget
  // back (see lazyNodeView), so it appears complete instead of growing around a placeholder.
  const [firstShow] = useState(() => ({ current: true }));
  const { tree, streamedChanges } = useMemo(() => {
    const changes: StreamedValueChange[] = [];
    try {
      return { tree: shareStructure(previousTree.current, parsedTree, changes), streamedChanges: changes };
    } catch {
      // Sharing only saves re-renders; whatever goes wrong there, the new tree renders as it is.
      return { tree: parsedTree, streamedChanges: [] as StreamedValueChange[] };
    }
  }, [parsedTree]);
  previousTree.current = tree;
  useIsomorphicLayoutEffect(() => {
    for (const { node, value } of streamedChanges) streamed.set(node, value);
  }, [streamedChanges, streamed]);
  // Lazily loaded views (form controls) start loading now, before their placeholders render.
  useMemo(() => {
    try {
      preloadViewsOf(tree, views);
    } catch {
      // A view that fails to preload loads (or fails) again when it renders, inside its node's boundary.
    }
  }, [tree, views]);
  // Handlers get the widget as parsed: its streamed text values are current.
  const root: WidgetRoot | null =
    !result || result instanceof Error || (!result.ok && isInvalidNode(parsedTree as never)) ? null : (parsedTree as WidgetRoot);

  useEffect(() => {
    if (!onError || !result) return;
    if (result instanceof Error) onError({ kind: "validation", message: result.message, path: "", cause: result });
    else if (!result.ok) onError({ kind: "validation", message: result.summary, path: "", cause: result.issues });
    // Reported once per parse result, not on every render.
  }, [result]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (onValidation && result && !(result instanceof Error)) onValidation(result);
  }, [result]); // eslint-disable-line react-hooks/exhaustive-deps

  // The same element while the tree is unchanged, so a streamed delta stops at ActionProvider (a new result object
  // with the same tree must not rebuild it: hence a boolean, not the result, among its inputs).
  const validated = result !== null;
  const content = useMemo(
    () => (
      <NodeViewsContext.Provider value={views}>
        <NodeRenderScope views={views} streamed={streamed}>
          <WidgetFirstShowContext.Provider value={firstShow}>
            <WidgetFrame theme={theme}>
              <Suspense fallback={null}>
                {problem !== null ? <ErrorCard path="" problems={[problem]} /> : validated ? <WidgetNodeView node={tree} path="" /> : null}
                {validated ? <ShownOnce flag={firstShow} /> : null}
              </Suspense>
            </WidgetFrame>
          </WidgetFirstShowContext.Provider>
        </NodeRenderScope>
      </NodeViewsContext.Provider>
    ),
    [views, streamed, theme, problem, tree, firstShow, validated],
  );

  // Only the widget's Markdown reads the handler (pass a stable callback to spare it re-renders).
  const inheritedDeeplink = useContext(DeeplinkContext);

  return (
    <WidgetBoundary widget={widget} onError={onError}>
      <ActionProvider ref={ref} item={item} widget={root} onAction={onAction} onServerAction={onServerAction} onError={onError}>
        <DeeplinkContext.Provider value={onDeeplink ?? inheritedDeeplink}>{content}</DeeplinkContext.Provider>
      </ActionProvider>
    </WidgetBoundary>
  );
});

interface WidgetBoundaryProps {
  widget: unknown;
  onError?: WidgetErrorHandler;
  children: ReactNode;
}

/**
 * The last line of defence: whatever throws while rendering this widget outside a node's own boundary (the
 * action provider, the frame, a context) shows one error card in the widget's place, never unmounting the host.
 * A new `widget` value gets another chance.
 */
class WidgetBoundary extends Component<WidgetBoundaryProps, { error: Error | null; widget: unknown }> {
  state: { error: Error | null; widget: unknown } = { error: null, widget: this.props.widget };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: WidgetBoundaryProps, state: { error: Error | null; widget: unknown }) {
    return props.widget === state.widget ? null : { error: null, widget: props.widget };
  }

  componentDidCatch(error: Error) {
    try {
      this.props.onError?.({ kind: "render", message: `widget: ${error.message}`, path: "", cause: error });
    } catch {
      // The app's error handler failing must not take the page down either.
    }
  }

  render() {
    if (this.state.error) {
      return (
        <div className="cw-widget">
          <ErrorCard path="" problems={[this.state.error.message]} />
        </div>
      );
    }
    return this.props.children;
  }
}

/** Hands every node its views, the error reporter and the streamed text values; stable across loading-state changes, so nodes are not updated by them. */
function NodeRenderScope({ views, streamed, children }: { views: NodeViewMap; streamed: StreamedValues; children: ReactNode }) {
  const { reportError } = useActionContext();
  const scope = useMemo(() => ({ views, reportError, streamed }), [views, reportError, streamed]);
  return <NodeRenderScopeContext.Provider value={scope}>{children}</NodeRenderScopeContext.Provider>;
}

/**
 * The widget's own element: theme, the container loading state (faded and inert, focus waiting on the widget's
 * root element) and the widget's polite live region. It also keeps focus in the widget when the widget changes
 * under it (see `watchFocus`).
 */
function WidgetFrame({ theme, children }: { theme?: "light" | "dark"; children: ReactNode }) {
  const { containerLoading, announcer } = useActionContext();
  const frameRef = useRef<HTMLDivElement>(null);
  const watchRef = useRef<FocusWatch | null>(null);
  const heldRef = useRef(false);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const watch = watchFocus(frame, { isHeld: () => heldRef.current });
    watchRef.current = watch;
    return () => {
      watch.disconnect();
      watchRef.current = null;
    };
  }, []);
  // Nothing is inert before `holdFocusWhileInert` runs (it makes the widget inert), so focus never falls meanwhile.
  // It runs a frame after loading starts: an action that settles at once moves no focus, and focus never moves
  // inside React's commit (moving it there re-renders the focused controls mid-commit).
  useEffect(() => {
    const frame = frameRef.current;
    if (!containerLoading || !frame) return;
    heldRef.current = true;
    let release: (() => void) | null = null;
    let ended = false;
    const hold = (recovery: NonNullable<ReturnType<typeof peekFocusRecovery>>) => {
      if (!ended) release = recovery.holdFocusWhileInert(frame, watchRef.current?.memory() ?? null);
    };
    const start = requestAnimationFrame(() => {
      const recovery = peekFocusRecovery();
      if (recovery) hold(recovery);
      else void loadFocusRecovery().then(hold, () => {});
    });
    return () => {
      ended = true;
      cancelAnimationFrame(start);
      heldRef.current = false;
      release?.();
    };
  }, [containerLoading]);
  return (
    <div
      ref={frameRef}
      className="cw-widget"
      data-cw-theme={theme}
      data-loading={containerLoading ? "" : undefined}
      aria-busy={containerLoading || undefined}
    >
      {children}
      <LiveRegion announcer={announcer} />
    </div>
  );
}

/** Clears `flag` once the content around it has been committed (its effect does not run while that content is suspended). */
function ShownOnce({ flag }: { flag: { current: boolean } }) {
  useEffect(() => {
    flag.current = false;
  }, [flag]);
  return null;
}

/** The widget's polite live region: loading started and ended, an action failed (see `Announcer`). */
function LiveRegion({ announcer }: { announcer: Announcer }) {
  const message = useSyncExternalStore(announcer.subscribe, announcer.current, () => "");
  return (
    <div className={`${LIVE_REGION_CLASS} ${VISUALLY_HIDDEN_CLASS}`} aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
