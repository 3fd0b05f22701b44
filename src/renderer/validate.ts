// Validation as the renderer does it: a widget that needs nothing from the lenient walker (the common case: every
// node built in, every prop valid as written) is accepted by `cleanWidget` at once; anything else goes through
// `parseWidget`, which explains, repairs and reports, and which loads in a chunk of its own the first time a widget
// needs it (it is most of the validator's code). The specs of lists, list items, tables, forms, fields, labels,
// charts and transitions load on demand too (a small chunk): a widget whose only obstacle may be a type of theirs
// waits for them and is checked again, and only then, if still declined, left to the walker; a widget declined first
// for anything else (a prop, a custom node) waits for the walker at once. `preloadBuiltinViews()` loads all of it.
import type { ParseWidgetOptions, ParseWidgetResult } from "../schema";
import { checkWidget } from "../schema/clean";
import { addNodeSpecs } from "../schema/nodeSpecs";

type Walker = typeof import("../schema/parse");

let walker: Walker | undefined;
let loading: Promise<Walker> | undefined;
/** Why the last load failed, until a validation has reported it. */
let failure: Error | undefined;

/** Remembers why a load failed (for the validation that waited on it) and lets the next call try again. */
function loadFailed(error: unknown): never {
  failure = new Error(`Could not load the widget validator: ${error instanceof Error ? error.message : String(error)}`);
  throw error;
}

/** Loads `parseWidget` (once; after a failed load, the next call tries again). */
export function loadWidgetWalker(): Promise<Walker> {
  loading ??= import("../schema/parse")
    .then((module) => {
      failure = undefined;
      return (walker = module);
    })
    .catch((error: unknown) => {
      loading = undefined;
      return loadFailed(error);
    });
  return loading;
}

let specsAdded = false;
let loadingSpecs: Promise<void> | undefined;

/**
 * Loads and adds the node specs of the on-demand types (lists, tables, forms, fields, charts) for `cleanWidget`
 * (once; after a failed load, the next call tries again). Loading the walker adds them too.
 */
export function loadOnDemandSpecs(): Promise<void> {
  loadingSpecs ??= import("../schema/generated/specs-on-demand")
    .then((module) => {
      addNodeSpecs(module.ON_DEMAND_NODES);
      specsAdded = true;
      failure = undefined;
    })
    .catch((error: unknown) => {
      loadingSpecs = undefined;
      return loadFailed(error);
    });
  return loadingSpecs;
}

/** Whether the walker has loaded (tests). */
export function peekWidgetWalker(): boolean {
  return walker !== undefined;
}

/** Whether every built-in node spec is there for `cleanWidget` (tests). */
export function peekOnDemandSpecs(): boolean {
  return specsAdded || walker !== undefined;
}

/** A validation that waits for code (node specs or the walker): settles (never rejects) once `validateWidget` can answer. */
export interface PendingValidation {
  pending: Promise<void>;
}

/**
 * `parseWidget(widget, options)`, without loading the walker when `cleanWidget` accepts the widget (then
 * `{ ok: true, widget, warnings: [] }`, as the walker would return). Otherwise the walker's result, or a
 * `PendingValidation` while the on-demand node specs or the walker load (validate again once `pending` settles),
 * or an Error when they could not be loaded or the walker threw. Never throws.
 */
export function validateWidget(widget: unknown, options: ParseWidgetOptions): ParseWidgetResult | PendingValidation | Error {
  try {
    const clean = checkWidget(widget);
    if (typeof clean === "object") return { ok: true, widget: clean, warnings: [] };
    if (walker) return walker.parseWidget(widget, options);
    // The validation that waited for a failed load shows the failure; the next widget tries to load again.
    if (failure) {
      const error = failure;
      failure = undefined;
      return error;
    }
    // The on-demand specs are worth a wait only when a node type without a spec here may be one of theirs; a
    // custom node's type or anything else the fast check declined needs the walker, which loads at once. (With custom nodes
    // given, an inherited name such as "constructor" reads as one here, which is right too: no on-demand type has it.)
    const next = clean === undefined || peekOnDemandSpecs() || options.customNodes?.[clean] ? loadWidgetWalker() : loadOnDemandSpecs();
    return {
      pending: next.then(
        () => undefined,
        () => undefined,
      ),
    };
  } catch (error) {
    // parseWidget promises never to throw; this keeps the host alive if that promise is ever broken.
    return error instanceof Error ? error : new Error(String(error));
  }
}
