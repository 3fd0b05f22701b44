// Issue shape, JSON paths and human messages. Built-in props are explained by spec.ts; zod issues (from
// an app's custom node schemas) are worded here the same way, since zod/mini ships no messages.
import type * as z from "zod/mini";

export type IssueSeverity = "error" | "warning";

export interface WidgetIssue {
  /** JSON path from the root, e.g. `children[2].onClickAction.type`; `""` is the root itself. */
  path: string;
  message: string;
  severity: IssueSeverity;
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  // Keys that are not identifiers are quoted so the path stays unambiguous.
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (base === "") return /^[A-Za-z_$]/.test(segment) ? segment : `[${segment}]`;
  return /^[A-Za-z_$]/.test(segment) ? `${base}.${segment}` : `${base}[${segment}]`;
}

export function joinPathSegments(base: string, segments: readonly PropertyKey[]): string {
  let path = base;
  for (const segment of segments) path = joinPath(path, typeof segment === "number" ? segment : String(segment));
  return path;
}

const MAX_SHOWN_STRING = 60;

/** A short rendering of a received value: strings quoted, objects by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string": {
      const shown = value.length > MAX_SHOWN_STRING ? `${value.slice(0, MAX_SHOWN_STRING)}…` : value;
      return JSON.stringify(shown);
    }
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      return "object";
    default:
      return typeof value;
  }
}

/** The kind of a value, for "Expected string, received number". */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

type RawIssue = z.core.$ZodIssue;

export interface FormattedIssue {
  /** Path below the value that was checked. */
  segments: PropertyKey[];
  message: string;
}

function expectedOf(issue: RawIssue): string[] | undefined {
  if (issue.code === "invalid_type") return [issue.expected];
  if (issue.code === "invalid_value") return issue.values.map((value) => describeValue(value));
  return undefined;
}

/** Turns one zod issue into a path and a message like `Expected one of "sm" | "md", received "huge"`. */
export function formatZodIssue(issue: RawIssue): FormattedIssue {
  const segments = [...issue.path];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return { segments, message: "Required" };
      return { segments, message: `Expected ${issue.expected}, received ${kindOf(input)}` };
    case "invalid_value": {
      const values = issue.values.map((value) => describeValue(value));
      const expected = values.length === 1 ? values[0] : `one of ${values.join(" | ")}`;
      return { segments, message: `Expected ${expected}, received ${describeValue(input)}` };
    }
    case "invalid_union": {
      const branches = issue.errors;
      // A branch that got past the type check (its issue is deeper) says most about what went wrong.
      let deepest: RawIssue | undefined;
      for (const branch of branches) {
        for (const inner of branch) {
          if (inner.path.length > 0 && (!deepest || inner.path.length > deepest.path.length)) deepest = inner;
        }
      }
      if (deepest) {
        const inner = formatZodIssue(deepest);
        return { segments: [...segments, ...inner.segments], message: inner.message };
      }
      // Otherwise a branch of the right type that failed on its keys ("Unknown key: colour").
      let closest: RawIssue | undefined;
      for (const branch of branches) {
        const first = branch[0];
        if (!first || first.code === "invalid_type" || first.code === "invalid_value") continue;
        const weight = first.code === "unrecognized_keys" ? first.keys.length : 0;
        const best = closest?.code === "unrecognized_keys" ? closest.keys.length : 0;
        if (!closest || weight < best) closest = first;
      }
      if (closest) {
        const inner = formatZodIssue(closest);
        return { segments: [...segments, ...inner.segments], message: inner.message };
      }
      const expected = new Set<string>();
      let onlyTypes = true;
      for (const branch of branches) {
        const first = branch[0];
        const names = first ? expectedOf(first) : undefined;
        if (first?.code !== "invalid_type") onlyTypes = false;
        if (names) for (const name of names) expected.add(name);
      }
      if (expected.size > 0) {
        // "Expected number | object, received string"; with literal options the value itself is shown.
        const received = onlyTypes ? kindOf(input) : describeValue(input);
        return { segments, message: `Expected ${[...expected].join(" | ")}, received ${received}` };
      }
      return { segments, message: `No variant matches ${describeValue(input)}` };
    }
    case "too_small":
      return { segments, message: `Too small: expected ${issue.origin} ${issue.inclusive ? ">=" : ">"} ${String(issue.minimum)}` };
    case "too_big":
      return { segments, message: `Too big: expected ${issue.origin} ${issue.inclusive ? "<=" : "<"} ${String(issue.maximum)}` };
    case "unrecognized_keys":
      return { segments, message: `Unknown key${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}` };
    case "invalid_format":
      return { segments, message: `Invalid ${issue.format}` };
    default:
      return { segments, message: issue.message || "Invalid value" };
  }
}

/** One line a developer can act on: `2 errors: children[2].onClickAction.type: Required; …`. */
export function summarizeIssues(errors: readonly WidgetIssue[], warningCount = 0, shown = 3): string {
  const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
  const listed = errors
    .slice(0, shown)
    .map((issue) => `${issue.path === "" ? "(root)" : issue.path}: ${issue.message}`)
    .join("; ");
  const more = errors.length > shown ? `; and ${errors.length - shown} more` : "";
  const warnings = warningCount > 0 ? ` (${warningCount} warning${warningCount === 1 ? "" : "s"})` : "";
  return `${count}: ${listed}${more}${warnings}`;
}
