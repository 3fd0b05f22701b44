// Putting focus back into a widget, and holding it there while the widget is inert: what `watchFocus` (focus.ts)
// and the container loading state need only once focus is inside a widget. It loads in a chunk of its own on the
// first focus inside a widget (`loadFocusRecovery`), so a widget nobody focuses never downloads it.
import { canHoldFocus, focusIsOnPage, FOCUSABLE, LIVE_REGION_CLASS, rememberFocus, type FocusMemory } from "./focus";

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
