// Whole-widget limits, measured by one iterative walk before anything else looks at the data, so no later
// (recursive) step ever sees a tree deeper or bigger than these. docs/security.md explains the numbers.

/** Limits a widget must stay within; beyond any of them the whole widget is one error card. */
export interface WidgetLimits {
  /** Most component objects (anything with a string `type`) in the whole tree. @default 20_000 */
  maxNodes: number;
  /**
   * Deepest nesting of JSON values (every object or array is one level; a node and its `children` array are two).
   * @default 1_000
   */
  maxNesting: number;
  /** Most characters of all strings together (values and keys). @default 2_000_000 (about 2–8 MB) */
  maxTotalStringLength: number;
}

/**
 * The defaults. The largest real widgets we know (the ChatKit samples, long order lists) have a few hundred
 * nodes, nest under 40 JSON levels and hold a few kilobytes of text: each limit leaves a margin of 50× or more.
 */
export const WIDGET_LIMITS: Readonly<WidgetLimits> = Object.freeze({
  maxNodes: 20_000,
  maxNesting: 1_000,
  maxTotalStringLength: 2_000_000,
});

/** What `measureWidget` found; `exceeded` names the first limit passed (the walk stops there). */
export interface WidgetMeasure {
  nodes: number;
  nesting: number;
  totalStringLength: number;
  exceeded?: { limit: keyof WidgetLimits; message: string };
}

/**
 * Counts nodes, nesting and string characters of `value` with an explicit stack (no recursion, so any depth is
 * safe), stopping at the first limit passed. Cycles cannot occur in JSON; an object met twice (a shared
 * subtree) counts twice, as it would render twice.
 */
export function measureWidget(value: unknown, limits: Partial<WidgetLimits> = {}): WidgetMeasure {
  const maxNodes = limits.maxNodes ?? WIDGET_LIMITS.maxNodes;
  const maxNesting = limits.maxNesting ?? WIDGET_LIMITS.maxNesting;
  const maxChars = limits.maxTotalStringLength ?? WIDGET_LIMITS.maxTotalStringLength;
  const measure: WidgetMeasure = { nodes: 0, nesting: 0, totalStringLength: 0 };
  const values: unknown[] = [value];
  const depths: number[] = [1];
  // Work is bounded too: every visited value is either counted against a limit or is a scalar inside a
  // counted container, and containers are bounded by the characters and nesting they need in JSON text.
  let visited = 0;
  const maxVisits = maxChars + maxNodes * 64 + 1_000_000;
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (++visited > maxVisits) {
      measure.exceeded = { limit: "maxTotalStringLength", message: `The widget has more than ${maxVisits} values.` };
      return measure;
    }
    if (typeof current === "string") {
      measure.totalStringLength += current.length;
      if (measure.totalStringLength > maxChars) {
        measure.exceeded = {
          limit: "maxTotalStringLength",
          message: `The widget's text is longer than ${maxChars} characters in total.`,
        };
        return measure;
      }
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth > measure.nesting) measure.nesting = depth;
    if (depth > maxNesting) {
      measure.exceeded = { limit: "maxNesting", message: `The widget is nested deeper than ${maxNesting} levels.` };
      return measure;
    }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        values.push(current[index]);
        depths.push(depth + 1);
      }
      continue;
    }
    const record = current as Record<string, unknown>;
    if (typeof record.type === "string") {
      measure.nodes++;
      if (measure.nodes > maxNodes) {
        measure.exceeded = { limit: "maxNodes", message: `The widget has more than ${maxNodes} components.` };
        return measure;
      }
    }
    for (const key of Object.keys(record)) {
      measure.totalStringLength += key.length;
      values.push(record[key]);
      depths.push(depth + 1);
    }
    if (measure.totalStringLength > maxChars) {
      measure.exceeded = {
        limit: "maxTotalStringLength",
        message: `The widget's text is longer than ${maxChars} characters in total.`,
      };
      return measure;
    }
  }
  return measure;
}

/**
 * A JSON-shaped copy of `value` (plain objects, arrays, scalars; other objects are copied as their own
 * enumerable properties), made with an explicit stack so any depth is safe. Own `__proto__` keys are copied
 * as data, never as a prototype.
 */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const root: unknown = Array.isArray(value) ? new Array(value.length) : {};
  const stack: [source: object, target: Record<string | number, unknown>][] = [[value as object, root as Record<string, unknown>]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    const keys = Array.isArray(source) ? source.keys() : Object.keys(source);
    for (const key of keys) {
      const item = (source as Record<string | number, unknown>)[key];
      if (item !== null && typeof item === "object") {
        const copy = (Array.isArray(item) ? new Array(item.length) : {}) as Record<string | number, unknown>;
        defineData(target, key, copy);
        stack.push([item, copy]);
      } else {
        defineData(target, key, item);
      }
    }
  }
  return root as T;
}

function defineData(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Whether `value` nests deeper than `limit` JSON levels (iterative; stops as soon as it knows). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth > limit) return true;
    for (const item of Array.isArray(current) ? current : Object.values(current)) {
      if (item !== null && typeof item === "object") {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
