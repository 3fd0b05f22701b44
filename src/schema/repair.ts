// What the walker does with a value that fails its spec: say why (`explain`, `iconNameProblem`, `lengthProblem`),
// make it usable where its intent is plain (`repair`, `dropNulls`), or drop the keys a lenient object does not know
// (`clean`). Apart from the predicates (spec.ts, icons.ts, lengths.ts, nodeSpecs.ts) because only the walker needs
// them, and the renderer loads the walker only for widgets that need it: a module the eager path shares with the
// walker would carry them into every page.
import { isKnownIconName } from "./icons";
import { describeValue, kindOf } from "./issues";
import { isReadableLength, readLength, SPACING_PROPS } from "./lengths";
import { lengthValuesOf, type NodeSpec } from "./nodeSpecs";
import { isPlainObject, type SpecCompiler, type ValueSpec } from "./spec";

/**
 * Why an icon name will not draw, or undefined. `lucide:<name>` (chatkit-python, @openai/chatkit ≥ 1.3) draws
 * that Lucide icon, loaded on demand; a name that is not Lucide's kebab case is a warning here, while a
 * well-formed name Lucide lacks is found when its glyph chunk loads (a development warning; nothing is drawn),
 * because the name list would add ~7 kB gzipped to every widget. `vendor:<name>` is valid in chatkit-python,
 * but no glyphs for it ship here, so it draws nothing like any other unknown name.
 */
export function iconNameProblem(name: string): string | undefined {
  if (isKnownIconName(name)) return undefined;
  if (name.startsWith("lucide:")) {
    return `${JSON.stringify(name)} is not a Lucide name like "lucide:calendar-days" (renders nothing)`;
  }
  if (name.startsWith("vendor:")) return `Vendor icon ${JSON.stringify(name)} has no glyph here (renders nothing)`;
  return `Unknown icon name ${JSON.stringify(name)} (renders nothing)`;
}

/**
 * The parse warning for one length value, or undefined when `isReadableLength` accepts it (a number or a CSS
 * length). `key` is the prop (it decides the unit and whether sizing keywords apply).
 */
export function lengthProblem(key: string, value: unknown, list = false): string | undefined {
  if (isReadableLength(key, value, list)) return undefined;
  const spacing = SPACING_PROPS.has(key);
  const reading = readLength(value, { keywords: !spacing, list });
  if (reading.kind === "number") {
    return `Expected a number or a CSS length, received ${JSON.stringify(value)} (read as ${reading.value}${spacing ? " spacing units" : "px"})`;
  }
  const expected = spacing ? `a number of 4px spacing units or a CSS length such as "12px"` : `a number of pixels or a CSS length such as "50%"`;
  return `Expected ${expected}, received ${JSON.stringify(value)} (not a CSS length; the default applies)`;
}

/** The length props of a node whose value is not used as written, each with its path below the node and the warning. */
export function unreadableLengths(spec: NodeSpec, node: Record<string, unknown>): { segments: string[]; problem: string }[] {
  return lengthValuesOf(spec, node).flatMap(({ segments, key, value, list }) => {
    const problem = lengthProblem(key, value, list);
    return problem ? [{ segments, problem }] : [];
  });
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


const TYPE_NAMES: Record<string, string> = { string: "string", number: "number", boolean: "boolean", icon: "string" };

/** Why `value` does not match (the first problem, with its path below the value), or null. */
export function explain(compiler: SpecCompiler, spec: ValueSpec, value: unknown): Problem | null {
  const resolved = compiler.resolve(spec);
  if (typeof resolved === "string") {
    if (compiler.check(resolved)(value)) return null;
    const name = TYPE_NAMES[resolved]!;
    return typeMismatch(name, value);
  }
  if ("enum" in resolved) {
    if (resolved.enum.includes(value)) return null;
    const values = resolved.enum.map((item) => describeValue(item));
    const expected = values.length === 1 ? values[0] : `one of ${values.join(" | ")}`;
    return { segments: [], kind: "value", expected: values, message: `Expected ${expected}, received ${describeValue(value)}` };
  }
  if ("anyOf" in resolved) return explainUnion(compiler, resolved.anyOf, value);
  if ("array" in resolved) {
    if (!Array.isArray(value)) return typeMismatch("array", value);
    for (let index = 0; index < value.length; index++) {
      const problem = explain(compiler, resolved.array, value[index]);
      if (problem) return within(index, problem);
    }
    return null;
  }
  if ("record" in resolved) {
    if (!isPlainObject(value)) return typeMismatch("record", value);
    for (const key in value) {
      const problem = explain(compiler, resolved.record, value[key]);
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
    const problem = explain(compiler, field, item);
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
function explainUnion(compiler: SpecCompiler, options: readonly ValueSpec[], value: unknown): Problem | null {
  const problems: Problem[] = [];
  for (const option of options) {
    const problem = explain(compiler, option, value);
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
export function repair(compiler: SpecCompiler, spec: ValueSpec, value: unknown, notes: RepairNote[]): unknown {
  return repairAt(compiler, spec, value, notes, [], false);
}

function repairAt(compiler: SpecCompiler, spec: ValueSpec, value: unknown, notes: RepairNote[], at: Array<string | number>, inUnion: boolean): unknown {
  const resolved = compiler.resolve(spec);
  if (compiler.check(resolved)(value)) return value;
  if (typeof resolved === "string") return coerceScalar(resolved, value, notes, at, inUnion);
  if ("enum" in resolved) {
    if (typeof value !== "string") return UNREPAIRABLE;
    const member = resolved.enum.find((item) => typeof item !== "string" && String(item) === value.trim());
    if (member === undefined) return UNREPAIRABLE;
    notes.push({ segments: at, message: `Expected ${describeValue(member)}, received ${describeValue(value)} (read as ${describeValue(member)})` });
    return member;
  }
  if ("anyOf" in resolved) {
    if (explain(compiler, resolved, value) === null) return clean(compiler, resolved, value);
    for (const option of resolved.anyOf) {
      const scratch: RepairNote[] = [];
      const repaired = repairAt(compiler, option, value, scratch, at, true);
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
      const repaired = repairAt(compiler, resolved.array, item, notes, [...at, index], false);
      if (repaired !== UNREPAIRABLE) out.push(repaired);
      else notes.push(dropNote([...at, index], explain(compiler, resolved.array, item), "item dropped"));
    });
    return out;
  }
  if (!isPlainObject(value)) return UNREPAIRABLE;
  if ("record" in resolved) {
    const out: Record<string, unknown> = {};
    for (const key in value) {
      if (key === "__proto__") continue;
      const repaired = repairAt(compiler, resolved.record, value[key], notes, [...at, key], false);
      if (repaired !== UNREPAIRABLE) out[key] = repaired;
      else notes.push(dropNote([...at, key], explain(compiler, resolved.record, value[key]), "entry dropped"));
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
    const repaired = repairAt(compiler, field, item, scratch, [...at, key], false);
    if (repaired === UNREPAIRABLE) return UNREPAIRABLE;
    out[key] = repaired;
  }
  notes.push(...scratch);
  return out;
}

/** A copy of a valid value without the unknown keys of non-strict objects (what zod would output). */
export function clean(compiler: SpecCompiler, spec: ValueSpec, value: unknown): unknown {
  const resolved = compiler.resolve(spec);
  if (typeof resolved === "string" || "enum" in resolved) return value;
  if ("anyOf" in resolved) {
    const option = resolved.anyOf.find((candidate) => explain(compiler, candidate, value) === null);
    return option === undefined ? value : clean(compiler, option, value);
  }
  if ("array" in resolved) return (value as unknown[]).map((item) => clean(compiler, resolved.array, item));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ("record" in resolved) {
    for (const key in source) if (key !== "__proto__") out[key] = clean(compiler, resolved.record, source[key]);
    return out;
  }
  for (const [key, field] of Object.entries(resolved.object)) {
    if (source[key] !== undefined) out[key] = clean(compiler, field, source[key]);
  }
  return out;
}


/** What `repair` returns for a value it cannot make valid. */
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
