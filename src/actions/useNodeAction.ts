import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionConfig, LoadingBehavior } from "../schema";
import { resolveAction } from "../schema/resolve-action";
import { useActionContext } from "./ActionProvider";
import { useFormElementRef } from "./formElement";
import { loadFormValues, loadedFormValues, preloadFormValues } from "./formValuesLoader";
import { noteActionHandler, guardArgumentsRead, warnIfPayloadExpected, warnOnce } from "./devWarnings";
import type { ActionBinding, WidgetAction } from "./types";

/**
 * What `loadingBehavior: "auto"` means per binding. ChatKit documents button → self, select → none,
 * card confirm → container; the rest follow the same idea: a control whose value change fires the
 * action shows nothing (the user keeps interacting), a row or button shows its own spinner, and
 * whatever commits the whole widget (form submit, card footer) fades the widget.
 */
export const AUTO_LOADING_BEHAVIOR: Readonly<Record<ActionBinding, Exclude<LoadingBehavior, "auto">>> = {
  button: "self",
  listViewItem: "self",
  cardConfirm: "container",
  cardCancel: "container",
  formSubmit: "container",
  select: "none",
  datePicker: "none",
  checkbox: "none",
  radioGroup: "none",
  custom: "none",
};

/** What the widget's live region says when an action's loading state starts, ends, or the action fails. */
export const LOADING_ANNOUNCEMENT = "Loading…";
export const DONE_ANNOUNCEMENT = "Done";
export const FAILED_ANNOUNCEMENT = "Action failed";

/** Bindings that submit a form: native validation runs first and an invalid form dispatches nothing. */
const SUBMIT_BINDINGS: ReadonlySet<ActionBinding> = new Set(["formSubmit", "cardConfirm"]);

/** Bindings that fire with a control's new value (`run({ name, value })`), which goes into the payload. */
const CHANGE_BINDINGS: ReadonlySet<ActionBinding> = new Set(["select", "datePicker", "checkbox", "radioGroup"]);

export { peekFormValues } from "./formValuesLoader";

/** Runs (of any node on the page) waiting for the form-value code; while there are some, every run queues behind them. */
let waitingRuns = 0;

/** Extra information a trigger can pass to `run`. A DOM or React event is accepted as well. */
export interface RunOptions {
  /** For `onChangeAction`: the control's field name; its new value goes into the payload under it. */
  name?: string;
  /** For `onChangeAction`: the new value (wins over the value still in the DOM). */
  value?: unknown;
  /** An element inside the form, when the node is not below a Form/asForm Card context. */
  element?: Element | null;
}

type RunArgument = RunOptions | { currentTarget?: unknown; target?: unknown; nativeEvent?: unknown } | Event;

export interface NodeAction {
  /** Collects form values, validates (submit bindings), dispatches. Resolves to whether it dispatched. */
  run(extra?: RunArgument): Promise<boolean>;
  /** True while this node's own (`self`) loading state is on. */
  loading: boolean;
  /** True while the node must not fire: its own action is pending or the whole widget is loading. */
  disabled: boolean;
  /** The loading behaviour after `auto` was resolved for this binding. */
  loadingBehavior: Exclude<LoadingBehavior, "auto">;
}

function isEventLike(value: RunArgument): value is { currentTarget?: unknown; target?: unknown } {
  return (typeof Event !== "undefined" && value instanceof Event) || "nativeEvent" in value || "currentTarget" in value;
}

function elementOf(extra: RunArgument | undefined): { element: Element | null; options: RunOptions } {
  if (!extra || typeof extra !== "object") return { element: null, options: {} };
  if (isEventLike(extra)) {
    const candidate = extra.currentTarget ?? extra.target;
    return { element: typeof Element !== "undefined" && candidate instanceof Element ? candidate : null, options: {} };
  }
  const options = extra as RunOptions;
  return { element: options.element ?? null, options };
}

/**
 * Binds an `ActionConfig` of a node to the app's handlers.
 *
 * `run()` collects the values of the nearest form (Form node or `asForm` Card, else the `<form>`
 * around the element of the event passed in), merges them into the payload (a static key wins; the
 * collision is reported), validates first for submit bindings, applies the loading behaviour and
 * routes `handler: "client"` to `onAction` and everything else to `onServerAction`. While the form-value code
 * loads, runs that need it wait for it and every other run queues behind them (docs/actions.md, step 1).
 */
export function useNodeAction(action: ActionConfig | null | undefined, binding: ActionBinding, path: string): NodeAction {
  const context = useActionContext();
  const formRef = useFormElementRef();
  const [loading, setLoading] = useState(false);
  const inFlight = useRef(0); // this node's runs that show loading and have not settled
  const resolved = action && typeof action.type === "string" ? resolveAction(action) : null;
  const loadingBehavior = resolved
    ? resolved.loadingBehavior === "auto"
      ? AUTO_LOADING_BEHAVIOR[binding]
      : resolved.loadingBehavior
    : AUTO_LOADING_BEHAVIOR[binding];

  // A form or a control will collect values: the code that does it loads now, before the first click or change.
  const collects = formRef !== null || CHANGE_BINDINGS.has(binding);
  useEffect(() => {
    if (collects) preloadFormValues();
  }, [collects]);

  const type = resolved?.type;
  const handler = resolved?.handler;
  useEffect(() => {
    if (type === undefined || handler === undefined) return;
    // Inline guards (see devWarnings.ts): production builds drop the development hints and their code.
    try {
      if (process.env.NODE_ENV !== "production") noteActionHandler(type, handler);
    } catch {
      if (typeof process === "undefined") noteActionHandler(type, handler); // an unbundled page
    }
  }, [type, handler]);

  // The latest values, so `run` keeps its identity across renders.
  const latest = useRef({ resolved, loadingBehavior, context, formRef, path, binding });
  latest.current = { resolved, loadingBehavior, context, formRef, path, binding };

  const run = useCallback(async (extra?: RunArgument): Promise<boolean> => {
    const { resolved, loadingBehavior, context, formRef, path, binding } = latest.current;
    // This node's action is pending or the widget is loading (read now: state can lag one render behind).
    const busy = () => inFlight.current > 0 || latest.current.context.isContainerBusy();
    if (!resolved || busy()) return false;

    const { element, options } = elementOf(extra);
    const form = formRef?.current ?? (element?.closest("form") as HTMLFormElement | null) ?? null;
    if (SUBMIT_BINDINGS.has(binding) && form && !form.reportValidity()) return false;

    let payload: Record<string, unknown> = { ...resolved.payload };
    let collisions: string[] = [];
    const readsForm = Boolean(form || options.name);
    let fields = loadedFormValues();
    // The form-value code has not loaded yet (a <form> of the host page, or a change before the load finished), or
    // runs are waiting for it: this run waits too, so actions go out in the order the user made them.
    if (!fields && (readsForm || waitingRuns > 0)) {
      waitingRuns++;
      try {
        fields = await loadFormValues();
      } catch (error) {
        if (readsForm) {
          context.reportError({ kind: "dispatch", message: `action "${resolved.type}" could not read its form: ${String(error)}`, path, actionType: resolved.type, cause: error });
          return false;
        }
      } finally {
        waitingRuns--;
      }
      // A change goes out with its own value whatever happened meanwhile (the control already shows it); a click is
      // dropped when a run that resumed before it made the node or the widget busy, and a submit when the form is no
      // longer valid. The rest of the form is read now.
      if (!CHANGE_BINDINGS.has(binding) && (busy() || (SUBMIT_BINDINGS.has(binding) && form && !form.checkValidity()))) return false;
    }
    if (readsForm && fields) {
      const values = form ? fields.collectFormValues(form) : {};
      if (options.name) fields.setPath(values, options.name, options.value);
      ({ payload, collisions } = fields.mergeFormValues(resolved.payload, values));
    }
    for (const collision of collisions) {
      const message =
        `form field "${collision}" has the name of a key of the static payload of action "${resolved.type}"; ` +
        `the static value is kept and the field value is ignored. This is probably a bug.`;
      context.reportError({ kind: "payload-collision", message, path, actionType: resolved.type });
      try {
        if (process.env.NODE_ENV !== "production") warnOnce(message);
      } catch {
        if (typeof process === "undefined") warnOnce(message);
      }
    }

    const hasPayload = resolved.payload !== undefined || Object.keys(payload).length > 0;
    const dispatched: WidgetAction = hasPayload ? { type: resolved.type, payload } : { type: resolved.type };
    try {
      if (process.env.NODE_ENV !== "production") {
        guardArgumentsRead(dispatched);
        warnIfPayloadExpected(resolved.type, hasPayload ? payload : undefined);
      }
    } catch {
      if (typeof process === "undefined") {
        guardArgumentsRead(dispatched); // an unbundled page
        warnIfPayloadExpected(resolved.type, hasPayload ? payload : undefined);
      }
    }

    const route = resolved.handler === "client" ? context.onAction : context.onServerAction;
    if (!route) {
      context.reportError({
        kind: "no-handler",
        message:
          resolved.handler === "client"
            ? `action "${resolved.type}" has handler "client" but no onAction was given`
            : `action "${resolved.type}" goes to the server but no onServerAction was given (set handler: "client" to receive it in onAction)`,
        path,
        actionType: resolved.type,
      });
      return false;
    }

    let endLoading = () => {};
    const showsLoading = loadingBehavior !== "none";
    if (showsLoading) {
      // Runs of one node can overlap (changes queued behind the form-value code): loading ends with the last of them.
      inFlight.current++;
      const endContainer = loadingBehavior === "container" ? context.beginContainerLoading() : undefined;
      if (!endContainer) setLoading(true);
      endLoading = () => {
        endContainer?.();
        setLoading(--inFlight.current > 0);
      };
    }

    // What the user sees (a spinner, a faded widget, an error) is announced too, through the widget's live region.
    if (showsLoading) context.announcer.announce(LOADING_ANNOUNCEMENT);
    let failed = false;
    try {
      const result =
        resolved.handler === "client"
          ? context.onAction!(dispatched, context.item)
          : context.onServerAction!(dispatched, context.item, { streaming: resolved.streaming });
      await result;
    } catch (cause) {
      failed = true;
      const reason = cause instanceof Error ? cause.message : String(cause);
      context.reportError({
        kind: "dispatch",
        message: `action "${resolved.type}" failed: ${reason}`,
        path,
        actionType: resolved.type,
        cause,
      });
      context.announcer.announce(reason ? `${FAILED_ANNOUNCEMENT}: ${reason}` : FAILED_ANNOUNCEMENT);
    } finally {
      endLoading();
    }
    if (showsLoading && !failed) context.announcer.announce(DONE_ANNOUNCEMENT);
    return true;
  }, []);

  return {
    run,
    loading: loadingBehavior === "self" && loading,
    disabled: loading || context.containerLoading,
    loadingBehavior,
  };
}
