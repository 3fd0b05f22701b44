// Keeping keyboard focus inside a widget when the widget changes under it (no React here: DOM only).
//
// A focused element can vanish (a "Show more" that removes itself, a re-keyed node of a streamed update), stop
// being focusable (a row that is no longer a button, a control disabled by its own action) or become inert
// (container loading). Browsers then move focus to <body>: a keyboard user starts again from the top of the page
// and a screen reader says nothing. `watchFocus` remembers where focus was inside the widget and, when focus has
// fallen to the page because of the widget, puts it on the nearest sensible place: the next tabbable element after
// the old one's place, else the one before it, else the widget's root element (made focusable with tabindex=-1).

/** Elements that can take focus (before the checks of `canHoldFocus`). */
const FOCUSABLE =
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

/** Whether `element` is reached with Tab: it can hold focus and its tabindex is not negative. */
export function isTabbable(element: Element): element is HTMLElement {
  return canHoldFocus(element) && (element as HTMLElement).tabIndex >= 0;
}

/** The tabbable elements inside `container`, in document order (the live region excluded). */
export function tabbablesIn(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll(FOCUSABLE)).filter(
    (element): element is HTMLElement => isTabbable(element) && !element.closest(`.${LIVE_REGION_CLASS}`),
  );
}

/**
 * The widget's root element: the first element child of the frame that draws a box (the frame itself is
 * `display: contents`, as may be a wrapper below it). Null when the widget draws nothing.
 */
export function widgetRootElement(frame: Element): HTMLElement | null {
  let candidate = Array.from(frame.children).find((child) => !child.classList.contains(LIVE_REGION_CLASS)) ?? null;
  while (candidate && getComputedStyle(candidate).display === "contents" && candidate.firstElementChild) {
    candidate = candidate.firstElementChild;
  }
  return candidate instanceof HTMLElement ? candidate : null;
}

/** Focuses the widget's root element, making it focusable (tabindex=-1: reachable by script, not by Tab). */
export function focusWidgetRoot(frame: Element): HTMLElement | null {
  const root = widgetRootElement(frame);
  if (!root || root.closest("[inert]")) return null;
  if (!root.hasAttribute("tabindex")) root.setAttribute("tabindex", "-1");
  root.focus();
  return document.activeElement === root ? root : null;
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

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (Node is not a global in every test environment)
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/**
 * Where focus goes when `memory.element` can no longer hold it: the first tabbable element at or after its place
 * (its own tabbable descendants first, then what follows it), else the last one before it; null when the widget
 * has none (the caller then focuses the widget's root).
 */
export function successorOf(frame: Element, memory: FocusMemory): HTMLElement | null {
  // The place: the element itself while it is still in the widget, else the node now at its old position
  // (its replacement, or the sibling that moved up), else the end of the deepest parent that is left.
  let anchor: Element = memory.element;
  let afterSubtree = false;
  if (!frame.contains(memory.element)) {
    anchor = frame;
    for (const index of memory.path) {
      const child = anchor.children[index];
      if (!child) {
        afterSubtree = true;
        break;
      }
      anchor = child;
    }
  }
  const candidates = tabbablesIn(frame).filter((element) => element !== memory.element);
  const isAtOrAfter = (element: HTMLElement) => {
    if (element === anchor) return !afterSubtree;
    const position = anchor.compareDocumentPosition(element);
    if (position & CONTAINED_BY) return !afterSubtree;
    return Boolean(position & FOLLOWING);
  };
  const next = candidates.find(isAtOrAfter);
  if (next) return next;
  const before = candidates.filter((element) => !isAtOrAfter(element));
  return before.length > 0 ? before[before.length - 1]! : null;
}

/** Whether focus is on nothing in particular (the page). */
export function focusIsOnPage(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/**
 * Puts focus back into the widget after it fell to the page: on the successor of `memory` (see `successorOf`),
 * else on the widget's root. Returns the element focused, or null.
 */
export function restoreFocus(frame: Element, memory: FocusMemory): HTMLElement | null {
  if (canHoldFocus(memory.element) && frame.contains(memory.element)) {
    memory.element.focus();
    if (document.activeElement === memory.element) return memory.element;
  }
  const successor = successorOf(frame, memory);
  if (successor) {
    successor.focus();
    if (document.activeElement === successor) return successor;
  }
  return focusWidgetRoot(frame);
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
    restoreFocus(frame, memory);
  };
  const schedule = () => {
    if (memory && timer === undefined) timer = setTimeout(check, 0);
  };

  const onFocusIn = (event: FocusEvent) => {
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

/**
 * Container loading: makes the widget inert except for its root element, which takes focus when focus was
 * inside the widget (so focus waits in the widget, not on the page). The returned function ends the inert state
 * and puts focus back where it was, or on that element's successor when the widget changed meanwhile.
 *
 * Only the root's children are made inert: an inert root could not hold focus, and the frame itself draws no
 * box (`display: contents`). Children added while loading (a streamed update) are made inert too.
 */
export function holdFocusWhileInert(frame: HTMLElement, remembered: FocusMemory | null): () => void {
  const active = document.activeElement;
  const saved = active instanceof HTMLElement && frame.contains(active) ? (remembered?.element === active ? remembered : rememberFocus(frame, active)) : null;
  const root = widgetRootElement(frame);
  const holder = root && root.parentElement ? root : null;
  const made: Element[] = [];
  const makeInert = (element: Element) => {
    if (element.classList.contains(LIVE_REGION_CLASS) || element.hasAttribute("inert")) return;
    element.setAttribute("inert", "");
    made.push(element);
  };
  // Focus first, then inert: focus never passes through the page.
  if (saved) focusWidgetRoot(frame);
  const container = holder ?? frame;
  for (const child of Array.from(container.children)) makeInert(child);
  const observer =
    typeof MutationObserver === "undefined"
      ? null
      : new MutationObserver((records) => {
          for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) makeInert(node);
        });
  observer?.observe(container, { childList: true });
  return () => {
    observer?.disconnect();
    for (const element of made) element.removeAttribute("inert");
    if (!saved || !frame.isConnected) return;
    const now = document.activeElement;
    // Back where it was, unless the user or the app moved focus meanwhile.
    if (focusIsOnPage() || now === holder) restoreFocus(frame, saved);
  };
}
