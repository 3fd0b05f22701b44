// Keeping keyboard focus inside a widget when the widget changes under it (no React here: DOM only).
//
// A focused element can vanish (a "Show more" that removes itself, a re-keyed node of a streamed update), stop
// being focusable (a row that is no longer a button, a control disabled by its own action) or become inert
// (container loading). Browsers then move focus to <body>: a keyboard user starts again from the top of the page
// and a screen reader says nothing. `watchFocus` remembers where focus was inside the widget and, when focus has
// fallen to the page because of the widget, puts it on the nearest sensible place: the next tabbable element after
// the old one's place, else the one before it, else the widget's root element (made focusable with tabindex=-1).
// The code that does so (focusRecovery.ts) loads on the first focus inside a widget; this file only watches.

/** Elements that can take focus (before the checks of `canHoldFocus`). */
export const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"])';

/** The widget's own live region (not a place for focus, not part of the widget's tree of nodes). */
export const LIVE_REGION_CLASS = "cw-widget__live";

/** Whether `element` can hold focus now: focusable, enabled, not inert, rendered. */
export function canHoldFocus(element: Element | null | undefined): element is HTMLElement {
  if (!element || !element.isConnected || !(element instanceof HTMLElement || element instanceof SVGElement)) return false;
  if (!element.matches(FOCUSABLE)) return false;
  if (element.matches(":disabled") || element.closest("[inert]")) return false;
  if (element instanceof HTMLInputElement && element.type === "hidden") return false;
  // jsdom has no layout (and no checkVisibility): there every connected element counts as rendered.
  if (typeof element.checkVisibility === "function" && !element.checkVisibility({ visibilityProperty: true })) return false;
  return true;
}

/** Where an element was: the element and its position as child indices from the frame. */
export interface FocusMemory {
  element: HTMLElement;
  /** `frame.children[path[0]].children[path[1]]…` was the element when it was remembered. */
  path: number[];
}

export function rememberFocus(frame: Element, element: HTMLElement): FocusMemory {
  const path: number[] = [];
  let node: Element = element;
  while (node !== frame && node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node) as number);
    node = node.parentElement;
  }
  return { element, path };
}

/** Whether focus is on nothing in particular (the page). */
export function focusIsOnPage(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

type FocusRecovery = typeof import("./focusRecovery");

let recovery: FocusRecovery | undefined;
let recoveryLoad: Promise<FocusRecovery> | undefined;

/**
 * Loads the focus recovery code (`focusRecovery.ts`: restoring focus, holding it while a widget is inert) once;
 * after a failed load the next call tries again. `watchFocus` starts it on the first focus inside a widget, and
 * `preloadBuiltinViews()` loads it up front.
 */
export function loadFocusRecovery(): Promise<FocusRecovery> {
  recoveryLoad ??= import("./focusRecovery").then(
    (module) => (recovery = module),
    (error: unknown) => {
      recoveryLoad = undefined;
      throw error;
    },
  );
  return recoveryLoad;
}

/** The focus recovery code when it has loaded, else undefined (see `loadFocusRecovery`). */
export function peekFocusRecovery(): FocusRecovery | undefined {
  return recovery;
}

/** What `watchFocus` needs from the widget. */
export interface FocusWatchOptions {
  /** True while the widget is inert (container loading): focus waits on the root, see `holdFocus`. */
  isHeld?(): boolean;
}

export interface FocusWatch {
  /** Where focus was last inside the widget (null when it left the widget on purpose). */
  memory(): FocusMemory | null;
  /** Forgets the widget's focus (e.g. after moving it deliberately). */
  forget(): void;
  /** Checks now whether focus fell to the page and puts it back. */
  check(): void;
  disconnect(): void;
}

/**
 * Watches focus inside `frame` (the widget's element) and puts it back into the widget when a change of the
 * widget (a node removed, replaced, disabled, made inert or no longer interactive) dropped it on the page.
 * Focus that the user moves out of the widget (Tab, a click elsewhere, another window) is left alone: the
 * element that had focus is still there and focusable then. The check waits one task, so a component that
 * moves focus itself after the change (ListView's first new row, a Select's trigger) goes first.
 */
export function watchFocus(frame: HTMLElement, options: FocusWatchOptions = {}): FocusWatch {
  let memory: FocusMemory | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    if (!memory || options.isHeld?.()) return;
    const active = document.activeElement;
    // Some engines leave focus on an element that stopped being focusable (jsdom; older browsers): lost as well.
    const stranded = active instanceof HTMLElement && frame.contains(active) && !canHoldFocus(active);
    if (!focusIsOnPage() && !stranded) {
      if (!frame.contains(active)) memory = null;
      return;
    }
    const { element } = memory;
    // Still there and focusable, yet not focused: the user moved focus away (clicked the page).
    if (frame.contains(element) && canHoldFocus(element)) {
      memory = null;
      return;
    }
    const lost = memory;
    if (recovery) recovery.restoreFocus(frame, lost);
    else {
      // Loading since the first focus in a widget, so this wait is rare and short.
      void loadFocusRecovery().then(
        (loaded) => {
          if (memory === lost && frame.isConnected && focusIsOnPage()) loaded.restoreFocus(frame, lost);
        },
        () => {},
      );
    }
  };
  const schedule = () => {
    if (memory && timer === undefined) timer = setTimeout(check, 0);
  };

  const onFocusIn = (event: FocusEvent) => {
    if (!recovery) void loadFocusRecovery().catch(() => {}); // offline: the next focus tries again
    const target = event.target;
    if (target instanceof HTMLElement && !target.closest(`.${LIVE_REGION_CLASS}`)) memory = rememberFocus(frame, target);
  };
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !frame.contains(next)) memory = null;
    else if (!next) schedule();
  };
  frame.addEventListener("focusin", onFocusIn);
  frame.addEventListener("focusout", onFocusOut);
  const observer =
    typeof MutationObserver === "undefined"
      ? null
      : new MutationObserver(() => {
          if (memory && (focusIsOnPage() || !canHoldFocus(document.activeElement))) schedule();
        });
  observer?.observe(frame, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["disabled", "tabindex", "role", "inert", "hidden", "style", "class", "contenteditable", "href"],
  });
  // A focused element inside the frame when watching starts.
  if (document.activeElement instanceof HTMLElement && frame.contains(document.activeElement)) {
    memory = rememberFocus(frame, document.activeElement);
    if (!recovery) void loadFocusRecovery().catch(() => {});
  }

  return {
    memory: () => memory,
    forget: () => {
      memory = null;
    },
    check,
    disconnect() {
      frame.removeEventListener("focusin", onFocusIn);
      frame.removeEventListener("focusout", onFocusOut);
      observer?.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
