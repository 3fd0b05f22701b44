// A jsdom window for React DOM benchmarks, and a commit hook that counts the components React rendered.
// The hook must exist before react-dom loads, so this module is imported first.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
const globals = globalThis as Record<string, unknown>;
for (const key of ["window", "document", "navigator", "HTMLElement", "Element", "Node", "MutationObserver", "getComputedStyle", "requestAnimationFrame", "cancelAnimationFrame", "HTMLFormElement", "HTMLInputElement", "SVGElement", "Event", "CustomEvent"]) {
  if (!(key in globals) || key === "window" || key === "document" || key === "navigator") {
    Object.defineProperty(globalThis, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  }
}
globals.IS_REACT_ACT_ENVIRONMENT = false;

interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  type: unknown;
}
const PERFORMED_WORK = 1;
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo

let rendersSinceReset = 0;
let nodeViewsSinceReset = 0;
let nodeViewTypes: ReadonlySet<unknown> = new Set();
// A subtree React skipped keeps its old fibers, whose flags still say they worked when they last rendered;
// like React DevTools, only descend where the child list was rebuilt in this commit.
function countRendered(fiber: Fiber | null): number {
  let count = 0;
  for (let node = fiber; node; node = node.sibling) {
    if (COMPONENT_TAGS.has(node.tag) && (node.flags & PERFORMED_WORK) !== 0) {
      count += 1;
      if (nodeViewTypes.has(node.type)) nodeViewsSinceReset += 1;
    }
    if (!node.alternate || node.child !== node.alternate.child) count += countRendered(node.child);
  }
  return count;
}
globals.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject: () => 1,
  onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
    rendersSinceReset += countRendered(root.current.child);
  },
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  checkDCE: () => {},
};

/** Starts counting rendered components afresh (before the update to measure). */
export function resetRenderCount() {
  rendersSinceReset = 0;
  nodeViewsSinceReset = 0;
}

/** The components that render one widget node each (the renderer's views), counted apart as "nodes". */
export function countNodeViews(views: Iterable<unknown>) {
  nodeViewTypes = new Set(views);
}

/** Widget nodes whose view rendered since `resetRenderCount()`. */
export function nodesRenderedSinceReset() {
  return nodeViewsSinceReset;
}

/** Components that did work in every React commit since `resetRenderCount()` (an update may take several commits). */
export function componentsRenderedSinceReset() {
  return rendersSinceReset;
}
export const benchDocument = dom.window.document;
