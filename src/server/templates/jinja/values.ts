// Python value semantics for the template engine: Jinja2 evaluates templates with Python objects, so
// truthiness, equality, str() and json.dumps must behave as they do in CPython for identical output.
import { budget } from "./limits";

/** A missing variable or attribute (Jinja2's StrictUndefined): any use except `default`/`is defined` fails. */
export class Undefined {
  constructor(
    /** The expression that produced it, e.g. `item.name`. */
    readonly name: string,
    /** Jinja2's own hint, e.g. `'dict object' has no attribute 'name'`. */
    readonly hint: string,
  ) {}
}

/** A Python float (kept apart from ints so `2.0` prints as Python prints it). */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** `namespace(...)`: the one object templates may assign attributes on. */
export class Namespace {
  constructor(readonly attrs: Map<string, Value>) {}
}

/** A Python callable (globals, bound methods). Receives positional and keyword arguments. */
export class Callable {
  constructor(
    readonly name: string,
    readonly call: (args: Value[], kwargs: Map<string, Value>) => Value,
  ) {}
}

/** Python's lazy `range`: `range(10**9)|length` is cheap; only turning it into a list is bounded. */
export class PyRange {
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    const span = step > 0 ? stop - start : start - stop;
    this.length = Math.max(0, Math.ceil(span / Math.abs(step)));
  }
  at(index: number): number {
    return this.start + index * this.step;
  }
  includes(value: number): boolean {
    if (!Number.isInteger(value)) return false;
    const offset = value - this.start;
    return offset % this.step === 0 && offset / this.step >= 0 && offset / this.step < this.length;
  }
  /** The items as a list (bounded by maxSequenceLength). */
  toList(): number[] {
    budget().sequence(this.length);
    budget().iterate(this.length);
    return Array.from({ length: this.length }, (_, index) => this.at(index));
  }
}

export type Value =
  | null
  | boolean
  | number // Python int
  | PyFloat
  | string
  | Value[] // Python list (tuples are lists marked in TUPLES)
  | Map<string, Value> // Python dict
  | Namespace
  | Callable
  | PyRange
  | Undefined;

/** Arrays that stand for Python tuples (they print as `(a, b)`). */
export const TUPLES = new WeakSet<Value[]>();

/** Raised when a template uses a missing value; `variable` names it (`item.name`). */
export class TemplateUndefinedError extends Error {
  override name = "TemplateUndefinedError";
  constructor(
    readonly variable: string,
    readonly hint: string,
  ) {
    super(`'${variable}' is undefined (${hint})`);
  }
}

/** A Python TypeError/ValueError raised while rendering. */
export class TemplateRuntimeError extends Error {
  override name = "TemplateRuntimeError";
}

export function failUndefined(value: Undefined): never {
  throw new TemplateUndefinedError(value.name, value.hint);
}

export function isNumber(value: Value): value is number | PyFloat | boolean {
  return typeof value === "number" || typeof value === "boolean" || value instanceof PyFloat;
}

export function numeric(value: number | PyFloat | boolean): number {
  return value instanceof PyFloat ? value.value : Number(value);
}

/** Python's `type(x).__name__`, for error messages that read like Jinja2's. */
export function typeName(value: Value): string {
  if (value === null) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return "int";
  if (value instanceof PyFloat) return "float";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return TUPLES.has(value) ? "tuple" : "list";
  if (value instanceof Map) return "dict";
  if (value instanceof Namespace) return "Namespace";
  if (value instanceof Callable) return "function";
  if (value instanceof PyRange) return "range";
  return "StrictUndefined";
}

/** Python `bool(x)`; StrictUndefined refuses. */
export function truthy(value: Value): boolean {
  if (value instanceof Undefined) failUndefined(value);
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value instanceof PyFloat) return value.value !== 0;
  if (typeof value === "string") return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  if (value instanceof PyRange) return value.length > 0;
  return true;
}

/** Python `a == b` (deep for lists and dicts, numbers across int/float/bool). */
export function pyEquals(a: Value, b: Value, depth = 0): boolean {
  budget().depth(depth);
  if (a instanceof Undefined) failUndefined(a);
  if (b instanceof Undefined) failUndefined(b);
  if (isNumber(a) && isNumber(b)) return numeric(a) === numeric(b);
  if (a === null || b === null) return a === b;
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (TUPLES.has(a) !== TUPLES.has(b) || a.length !== b.length) return false;
    budget().iterate(a.length);
    return a.every((item, i) => pyEquals(item, b[i], depth + 1));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    budget().iterate(a.size);
    for (const [key, item] of a) {
      if (!b.has(key) || !pyEquals(item, b.get(key)!, depth + 1)) return false;
    }
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    if (a.length !== b.length) return false;
    return a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step));
  }
  return a === b;
}

let charsOf: { text: string; chars: string[] } = { text: "", chars: [] };

/** A string's characters (code points), as Python indexes them; the last string's list is reused, so a loop indexing one string does not copy it each time. */
export function characters(text: string): string[] {
  if (charsOf.text !== text) {
    budget().iterate(Math.ceil(text.length / 64));
    charsOf = { text, chars: [...text] };
  }
  return charsOf.chars;
}

/** Python `str.replace(old, new)`, refusing a result over maxStringLength before building it. */
export function replaceAll(text: string, from: string, to: string): string {
  const parts = text.split(from);
  budget().iterate(parts.length);
  budget().string(text.length + (parts.length - 1) * (to.length - from.length));
  return parts.join(to);
}

/** Python `float.__repr__`: shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = negative ? "-" : "";
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
    const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
    const fraction = digits.slice(exponent + 1);
    return `${sign}${intPart}.${fraction || "0"}`;
  }
  const fraction = digits.slice(1);
  const exp = `${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  return `${sign}${digits[0]}${fraction ? "." + fraction : ""}e${exp}`;
}

function intRepr(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/** Python `repr(str)`: single quotes unless the text holds a single quote and no double quote. */
function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += "\\" + quote;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += char;
  }
  return out + quote;
}

/** Python `repr(x)`, used for items inside printed lists and dicts. Bounded by maxStringLength and maxDepth. */
export function pyRepr(value: Value): string {
  return reprOf(value, 0, lengthMeter());
}

/**
 * Adds up the length of the pieces of one string being built (a piece or a bare count), refusing the string
 * with maxStringLength as soon as it is too long, before the whole is joined.
 */
function lengthMeter(): (piece: string | number) => void {
  const max = budget().limits.maxStringLength;
  let length = 0;
  return (piece) => {
    length += typeof piece === "number" ? piece : piece.length;
    if (length > max) budget().string(length);
  };
}

function reprOf(value: Value, depth: number, meter: (piece: string | number) => void): string {
  budget().depth(depth);
  if (Array.isArray(value)) {
    budget().iterate(value.length);
    meter(value.length * 2 + 2);
    const items = value.map((item) => reprOf(item, depth + 1, meter));
    if (TUPLES.has(value)) return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    return `[${items.join(", ")}]`;
  }
  if (value instanceof Map) {
    budget().iterate(value.size);
    meter(value.size * 4 + 2);
    return `{${[...value].map(([key, item]) => `${reprOf(key, depth + 1, meter)}: ${reprOf(item, depth + 1, meter)}`).join(", ")}}`;
  }
  if (value instanceof Namespace) {
    return `<Namespace ${[...value.attrs].map(([key, item]) => `${key}=${reprOf(item, depth + 1, meter)}`).join(", ")}>`;
  }
  const text = typeof value === "string" ? stringRepr(value) : pyStr(value);
  meter(text);
  return text;
}

/** Python `str(x)`: what `{{ x }}` prints and what `~` joins. StrictUndefined refuses. */
export function pyStr(value: Value): string {
  if (value instanceof Undefined) failUndefined(value);
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return intRepr(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (typeof value === "string") return value;
  if (value instanceof Callable) return `<function ${value.name}>`;
  if (value instanceof PyRange) return value.step === 1 ? `range(${value.start}, ${value.stop})` : `range(${value.start}, ${value.stop}, ${value.step})`;
  return budget().built(pyRepr(value));
}

/** Python's JSON string encoding with `ensure_ascii=True` (astral characters as surrogate pairs). */
function jsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const code = text.charCodeAt(i);
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char === "\b") out += "\\b";
    else if (char === "\f") out += "\\f";
    else if (code < 0x20 || code > 0x7e) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += char;
  }
  return out + '"';
}

/** Code-point order, as Python sorts `str` keys. */
function compareCodePoints(a: string, b: string): number {
  // Without copying: up to the first differing UTF-16 unit the strings agree, and there the code points
  // order as the units do, except that a surrogate (astral character) sorts after U+E000–U+FFFF.
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const left = a.charCodeAt(i);
    const right = b.charCodeAt(i);
    if (left !== right) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

export function compareStrings(a: string, b: string): number {
  return compareCodePoints(a, b);
}

/**
 * Python `json.dumps(value, sort_keys=True, indent=indent)` — the call behind Jinja2's `tojson`
 * (its default policy sorts keys; `ensure_ascii` stays on, separators are `", "` and `": "`,
 * or `","` between items when indenting).
 */
export function pythonJsonDumps(value: Value, indent: number | string | null = null): string {
  const unit = indent === null ? null : typeof indent === "number" ? " ".repeat(indent) : indent;
  const itemSeparator = unit === null ? ", " : ",";
  const meter = lengthMeter();
  const encode = (item: Value, depth: number): string => {
    budget().depth(depth);
    if (item instanceof Undefined) failUndefined(item);
    if (item === null) return "null";
    if (item === true) return "true";
    if (item === false) return "false";
    if (typeof item === "number") return intRepr(item);
    if (item instanceof PyFloat) {
      if (Number.isNaN(item.value)) return "NaN";
      if (!Number.isFinite(item.value)) return item.value > 0 ? "Infinity" : "-Infinity";
      return floatRepr(item.value);
    }
    if (typeof item === "string") {
      const text = jsonString(item);
      meter(text);
      return text;
    }
    if (unit !== null && (Array.isArray(item) || item instanceof Map)) meter(unit.length * (depth + 1));
    const open = unit === null ? "" : "\n" + unit.repeat(depth + 1);
    const close = unit === null ? "" : "\n" + unit.repeat(depth);
    if (Array.isArray(item)) {
      if (item.length === 0) return "[]";
      budget().iterate(item.length);
      meter((open.length + 2) * item.length + close.length);
      return `[${open}${item.map((child) => encode(child, depth + 1)).join(itemSeparator + open)}${close}]`;
    }
    if (item instanceof Map) {
      if (item.size === 0) return "{}";
      budget().iterate(item.size);
      meter((open.length + 4) * item.size + close.length);
      const keys = [...item.keys()].sort(compareCodePoints);
      const entries = keys.map((key) => `${jsonString(key)}: ${encode(item.get(key)!, depth + 1)}`);
      return `{${open}${entries.join(itemSeparator + open)}${close}}`;
    }
    throw new TemplateRuntimeError(`Object of type ${typeName(item)} is not JSON serializable`);
  };
  return budget().built(encode(value, 0));
}

/** Jinja2's `htmlsafe_json_dumps`: json.dumps, then `<`, `>`, `&`, `'` as \u escapes so the text is HTML-safe. */
export function jinjaToJson(value: Value, indent: number | string | null = null): string {
  return pythonJsonDumps(value, indent)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("'", "\\u0027");
}

/** Template data (plain JSON-like JavaScript) as Python values: objects → dicts, non-integers → floats. */
export function fromJs(input: unknown, depth = 0): Value {
  budget().depth(depth);
  if (input === null || input === undefined) return null;
  if (typeof input === "boolean" || typeof input === "string") return input;
  if (typeof input === "number") return Number.isInteger(input) ? input : new PyFloat(input);
  if (Array.isArray(input)) return input.map((item) => fromJs(item, depth + 1));
  if (typeof input === "object") {
    const map = new Map<string, Value>();
    for (const [key, item] of Object.entries(input as Record<string, unknown>)) {
      if (item !== undefined) map.set(key, fromJs(item, depth + 1));
    }
    return map;
  }
  throw new TemplateRuntimeError(`Template data cannot hold a ${typeof input}`);
}
