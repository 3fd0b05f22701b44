// The runtime form of the schemas: plain data generated from the zod schemas (generated/specs.ts, written
// by `npm run schema`), compiled here into predicates and explained here when a value fails. The browser
// path therefore never loads zod; the zod schemas stay the one source (types, JSON Schema, these specs).
import { describeValue, kindOf } from "./issues";

/**
 * A value's shape. `icon`, `action` and `cardAction` are strings / ActionConfig / CardAction that the
 * walker treats specially (icon-name warnings, lenient actions).
 */
export type ValueSpec =
  | "string"
  | "number"
  | "boolean"
  | "unknown"
  | "icon"
  | "action"
  | "cardAction"
  | { readonly enum: readonly unknown[] }
  | { readonly anyOf: readonly ValueSpec[] }
  | { readonly array: ValueSpec }
  | { readonly record: ValueSpec }
  | ObjectSpecData;

export interface ObjectSpecData {
  readonly object: Readonly<Record<string, ValueSpec>>;
  readonly required: readonly string[];
  /** Unknown keys are an error (value objects such as Spacing); otherwise they are stripped. */
  readonly strict?: boolean;
}

/** Which node types a `children` slot accepts. */
export type Slot = "root" | "component" | "componentOrRoot" | "listViewItem" | "tableRow" | "tableCell";
export type Category = "root" | "listViewItem" | "component";

export interface NodeSpecData {
  readonly type: string;
  readonly category: Category;
  /** Props other than `type` and `children`, in schema order. */
  readonly props: ObjectSpecData;
  readonly children?: { readonly many: boolean; readonly required: boolean; readonly slot: Slot };
}

export interface SpecData {
  readonly nodes: readonly NodeSpecData[];
  readonly action: ObjectSpecData;
  readonly cardAction: ObjectSpecData;
}

export type Check = (value: unknown) => boolean;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const TYPE_NAMES: Record<string, string> = { string: "string", number: "number", boolean: "boolean", icon: "string" };

/** Compiles specs into predicates; "action"/"cardAction" resolve to the objects given here. */
export class SpecCompiler {
  private readonly cache = new Map<ValueSpec, Check>();
  constructor(private readonly named: { action: ObjectSpecData; cardAction: ObjectSpecData }) {}

  resolve(spec: ValueSpec): ValueSpec {
    if (spec === "action") return this.named.action;
    if (spec === "cardAction") return this.named.cardAction;
    return spec;
  }

  /** A predicate: is `value` valid as it is (so it can be used without copying)? */
  check(spec: ValueSpec): Check {
    const cached = this.cache.get(spec);
    if (cached) return cached;
    // Recursion guard: a spec that refers to itself (none today) is checked lazily.
    this.cache.set(spec, (value) => this.check(spec)(value));
    const built = this.build(this.resolve(spec));
    this.cache.set(spec, built);
    return built;
  }

  private build(spec: ValueSpec): Check {
    switch (spec) {
      case "string":
      case "icon":
        return (value) => typeof value === "string";
      case "number":
        return (value) => typeof value === "number" && Number.isFinite(value);
      case "boolean":
        return (value) => typeof value === "boolean";
      case "unknown":
        return () => true;
      case "action":
      case "cardAction":
        return this.check(this.resolve(spec));
    }
    if ("enum" in spec) {
      const allowed = new Set(spec.enum);
      return (value) => allowed.has(value);
    }
    if ("anyOf" in spec) {
      const options = spec.anyOf.map((option) => this.check(option));
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    if ("array" in spec) {
      const element = this.check(spec.array);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    if ("record" in spec) {
      const item = this.check(spec.record);
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const key in value) if (!item(value[key])) return false;
        return true;
      };
    }
    const entries = Object.entries(spec.object).map(([key, field]) => [key, this.check(field)] as const);
    const known = new Set(Object.keys(spec.object));
    const required = new Set(spec.required);
    // Unknown keys fail even for non-strict objects: the walker then strips them with `clean`.
    return (value) => {
      if (!isPlainObject(value)) return false;
      for (const [key, check] of entries) {
        const field = value[key];
        if (field === undefined) {
          if (required.has(key) || key in value) return false;
        } else if (!check(field)) return false;
      }
      for (const key in value) if (!known.has(key)) return false;
      return true;
    };
  }

  /** Why `value` does not match (the first problem, with its path below the value), or null. */
  explain(spec: ValueSpec, value: unknown): Problem | null {
    const resolved = this.resolve(spec);
    if (typeof resolved === "string") {
      if (this.check(resolved)(value)) return null;
      const name = TYPE_NAMES[resolved]!;
      return typeMismatch(name, value);
    }
    if ("enum" in resolved) {
      if (resolved.enum.includes(value)) return null;
      const values = resolved.enum.map((item) => describeValue(item));
      const expected = values.length === 1 ? values[0] : `one of ${values.join(" | ")}`;
      return { segments: [], kind: "value", expected: values, message: `Expected ${expected}, received ${describeValue(value)}` };
    }
    if ("anyOf" in resolved) return this.explainUnion(resolved.anyOf, value);
    if ("array" in resolved) {
      if (!Array.isArray(value)) return typeMismatch("array", value);
      for (let index = 0; index < value.length; index++) {
        const problem = this.explain(resolved.array, value[index]);
        if (problem) return within(index, problem);
      }
      return null;
    }
    if ("record" in resolved) {
      if (!isPlainObject(value)) return typeMismatch("record", value);
      for (const key in value) {
        const problem = this.explain(resolved.record, value[key]);
        if (problem) return within(key, problem);
      }
      return null;
    }
    if (!isPlainObject(value)) return typeMismatch("object", value);
    for (const [key, field] of Object.entries(resolved.object)) {
      const item = value[key];
      if (item === undefined) {
        if (resolved.required.includes(key)) return { segments: [key], kind: "type", expected: [], message: "Required" };
        continue;
      }
      const problem = this.explain(field, item);
      if (problem) return within(key, problem);
    }
    if (resolved.strict) {
      const unknown = Object.keys(value).filter((key) => !(key in resolved.object));
      if (unknown.length > 0) {
        return {
          segments: [],
          kind: "keys",
          expected: [],
          keyCount: unknown.length,
          message: `Unknown key${unknown.length === 1 ? "" : "s"}: ${unknown.join(", ")}`,
        };
      }
    }
    return null;
  }

  // The option that got furthest explains best: a problem deeper inside an option (`border.style`), then
  // an option of the right type that failed on its keys, else the list of what each option expects.
  private explainUnion(options: readonly ValueSpec[], value: unknown): Problem | null {
    const problems: Problem[] = [];
    for (const option of options) {
      const problem = this.explain(option, value);
      if (!problem) return null;
      problems.push(problem);
    }
    let deepest: Problem | undefined;
    for (const problem of problems) {
      if (problem.segments.length > 0 && (!deepest || problem.segments.length > deepest.segments.length)) deepest = problem;
    }
    if (deepest) return deepest;
    let closest: Problem | undefined;
    for (const problem of problems) {
      if (problem.kind !== "keys") continue;
      if (!closest || problem.keyCount! < closest.keyCount!) closest = problem;
    }
    if (closest) return closest;
    const expected = [...new Set(problems.flatMap((problem) => problem.expected))];
    const onlyTypes = problems.every((problem) => problem.kind === "type");
    const received = onlyTypes ? kindOf(value) : describeValue(value);
    return { segments: [], kind: onlyTypes ? "type" : "value", expected, message: `Expected ${expected.join(" | ")}, received ${received}` };
  }

  /**
   * Makes a failing value usable where its intent is plain (docs/schema.md "Leniency"): a finite number or a
   * boolean where text is typed becomes that text; `"true"`/`"false"` where a boolean is typed, and a numeric
   * string where a number is typed, become that boolean or number; an enum member written as its string form
   * (`"false"` for `false`) becomes the member; a bad item of a list (or entry of a record) is dropped and the
   * rest kept. Every change is described in `notes` with its path below the value. Returns `UNREPAIRABLE`
   * when none of this makes the value valid (then nothing is added to `notes`). Objects are repaired field by
   * field; an object whose required field is missing, or a strict object with unknown keys, cannot be repaired.
   * Inside a union, text is never made from other values (`padding: true` is not the CSS length "true").
   */
  repair(spec: ValueSpec, value: unknown, notes: RepairNote[]): unknown {
    return this.repairAt(spec, value, notes, [], false);
  }

  private repairAt(spec: ValueSpec, value: unknown, notes: RepairNote[], at: Array<string | number>, inUnion: boolean): unknown {
    const resolved = this.resolve(spec);
    if (this.check(resolved)(value)) return value;
    if (typeof resolved === "string") return coerceScalar(resolved, value, notes, at, inUnion);
    if ("enum" in resolved) {
      if (typeof value !== "string") return UNREPAIRABLE;
      const member = resolved.enum.find((item) => typeof item !== "string" && String(item) === value.trim());
      if (member === undefined) return UNREPAIRABLE;
      notes.push({ segments: at, message: `Expected ${describeValue(member)}, received ${describeValue(value)} (read as ${describeValue(member)})` });
      return member;
    }
    if ("anyOf" in resolved) {
      if (this.explain(resolved, value) === null) return this.clean(resolved, value);
      for (const option of resolved.anyOf) {
        const scratch: RepairNote[] = [];
        const repaired = this.repairAt(option, value, scratch, at, true);
        if (repaired !== UNREPAIRABLE) {
          notes.push(...scratch);
          return repaired;
        }
      }
      return UNREPAIRABLE;
    }
    if ("array" in resolved) {
      if (!Array.isArray(value)) return UNREPAIRABLE;
      const out: unknown[] = [];
      value.forEach((item, index) => {
        const repaired = this.repairAt(resolved.array, item, notes, [...at, index], false);
        if (repaired !== UNREPAIRABLE) out.push(repaired);
        else notes.push(dropNote([...at, index], this.explain(resolved.array, item), "item dropped"));
      });
      return out;
    }
    if (!isPlainObject(value)) return UNREPAIRABLE;
    if ("record" in resolved) {
      const out: Record<string, unknown> = {};
      for (const key in value) {
        if (key === "__proto__") continue;
        const repaired = this.repairAt(resolved.record, value[key], notes, [...at, key], false);
        if (repaired !== UNREPAIRABLE) out[key] = repaired;
        else notes.push(dropNote([...at, key], this.explain(resolved.record, value[key]), "entry dropped"));
      }
      return out;
    }
    if (resolved.strict && Object.keys(value).some((key) => !(key in resolved.object))) return UNREPAIRABLE;
    const scratch: RepairNote[] = [];
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(resolved.object)) {
      const item = value[key];
      if (item === undefined) {
        if (resolved.required.includes(key)) return UNREPAIRABLE;
        continue;
      }
      const repaired = this.repairAt(field, item, scratch, [...at, key], false);
      if (repaired === UNREPAIRABLE) return UNREPAIRABLE;
      out[key] = repaired;
    }
    notes.push(...scratch);
    return out;
  }

  /** A copy of a valid value without the unknown keys of non-strict objects (what zod would output). */
  clean(spec: ValueSpec, value: unknown): unknown {
    const resolved = this.resolve(spec);
    if (typeof resolved === "string" || "enum" in resolved) return value;
    if ("anyOf" in resolved) {
      const option = resolved.anyOf.find((candidate) => this.explain(candidate, value) === null);
      return option === undefined ? value : this.clean(option, value);
    }
    if ("array" in resolved) return (value as unknown[]).map((item) => this.clean(resolved.array, item));
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    if ("record" in resolved) {
      for (const key in source) if (key !== "__proto__") out[key] = this.clean(resolved.record, source[key]);
      return out;
    }
    for (const [key, field] of Object.entries(resolved.object)) {
      if (source[key] !== undefined) out[key] = this.clean(field, source[key]);
    }
    return out;
  }
}

/** What `SpecCompiler.repair` returns for a value it cannot make valid. */
export const UNREPAIRABLE: unique symbol = Symbol("unrepairable");

/** One change `repair` made: where (below the repaired value) and what, e.g. `Expected string, received 3 (read as "3")`. */
export interface RepairNote {
  segments: Array<string | number>;
  message: string;
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function coerceScalar(type: string, value: unknown, notes: RepairNote[], at: Array<string | number>, inUnion: boolean): unknown {
  let coerced: unknown = UNREPAIRABLE;
  if (type === "string" && !inUnion && ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean")) {
    coerced = String(value);
  } else if (type === "number" && typeof value === "string" && NUMERIC.test(value.trim())) {
    const number = Number(value.trim());
    if (Number.isFinite(number)) coerced = number;
  } else if (type === "boolean" && typeof value === "string") {
    const text = value.trim();
    if (text === "true" || text === "false") coerced = text === "true";
  }
  if (coerced === UNREPAIRABLE) return UNREPAIRABLE;
  notes.push({ segments: at, message: `Expected ${type}, received ${describeValue(value)} (read as ${describeValue(coerced)})` });
  return coerced;
}

function dropNote(at: Array<string | number>, problem: Problem | null, what: string): RepairNote {
  const segments = problem ? [...at, ...problem.segments] : at;
  return { segments, message: `${problem?.message ?? "Invalid value"} (${what})` };
}

export interface Problem {
  /** Path below the value that was checked. */
  segments: Array<string | number>;
  message: string;
  /** "type": wrong kind of value; "value": outside a set; "keys": unknown keys in a strict object. */
  kind: "type" | "value" | "keys";
  /** What was expected, for union messages ("number | object"). */
  expected: string[];
  keyCount?: number;
}

function typeMismatch(name: string, value: unknown): Problem {
  const message = value === undefined ? "Required" : `Expected ${name}, received ${kindOf(value)}`;
  return { segments: [], kind: "type", expected: [name], message };
}

function within(segment: string | number, problem: Problem): Problem {
  return { ...problem, segments: [segment, ...problem.segments] };
}

/** A copy without `null` object values (at any depth), since `null` means "absent" in widget JSON. */
export function dropNulls(value: unknown, depth = 0): unknown {
  if (depth > 64) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = dropNulls(item, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (!isPlainObject(value)) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    // `__proto__` as an own key (JSON.parse makes those) must never be assigned back.
    if (item === null || key === "__proto__") {
      changed = true;
      continue;
    }
    const next = dropNulls(item, depth + 1);
    if (next !== item) changed = true;
    out[key] = next;
  }
  return changed ? out : value;
}
