// Python value semantics for the template engine: Jinja2 evaluates templates with Python objects, so
// truthiness, equality, str() and json.dumps must behave as they do in CPython for identical output.

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
  return true;
}

/** Python `a == b` (deep for lists and dicts, numbers across int/float/bool). */
export function pyEquals(a: Value, b: Value): boolean {
  if (a instanceof Undefined) failUndefined(a);
  if (b instanceof Undefined) failUndefined(b);
  if (isNumber(a) && isNumber(b)) return numeric(a) === numeric(b);
  if (a === null || b === null) return a === b;
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    return TUPLES.has(a) === TUPLES.has(b) && a.length === b.length && a.every((item, i) => pyEquals(item, b[i]));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [key, item] of a) {
      if (!b.has(key) || !pyEquals(item, b.get(key)!)) return false;
    }
    return true;
  }
  return a === b;
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

/** Python `repr(x)`, used for items inside printed lists and dicts. */
export function pyRepr(value: Value): string {
  if (typeof value === "string") return stringRepr(value);
  if (Array.isArray(value)) {
    const items = value.map(pyRepr);
    if (TUPLES.has(value)) return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    return `[${items.join(", ")}]`;
  }
  if (value instanceof Map) {
    return `{${[...value].map(([key, item]) => `${stringRepr(key)}: ${pyRepr(item)}`).join(", ")}}`;
  }
  if (value instanceof Namespace) {
    return `<Namespace ${[...value.attrs].map(([key, item]) => `${key}=${pyRepr(item)}`).join(", ")}>`;
  }
  return pyStr(value);
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
  return pyRepr(value);
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
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = left[i].codePointAt(0)! - right[i].codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
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
  const encode = (item: Value, depth: number): string => {
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
    if (typeof item === "string") return jsonString(item);
    const open = unit === null ? "" : "\n" + unit.repeat(depth + 1);
    const close = unit === null ? "" : "\n" + unit.repeat(depth);
    if (Array.isArray(item)) {
      if (item.length === 0) return "[]";
      return `[${open}${item.map((child) => encode(child, depth + 1)).join(itemSeparator + open)}${close}]`;
    }
    if (item instanceof Map) {
      if (item.size === 0) return "{}";
      const keys = [...item.keys()].sort(compareCodePoints);
      const entries = keys.map((key) => `${jsonString(key)}: ${encode(item.get(key)!, depth + 1)}`);
      return `{${open}${entries.join(itemSeparator + open)}${close}}`;
    }
    throw new TemplateRuntimeError(`Object of type ${typeName(item)} is not JSON serializable`);
  };
  return encode(value, 0);
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
export function fromJs(input: unknown): Value {
  if (input === null || input === undefined) return null;
  if (typeof input === "boolean" || typeof input === "string") return input;
  if (typeof input === "number") return Number.isInteger(input) ? input : new PyFloat(input);
  if (Array.isArray(input)) return input.map(fromJs);
  if (typeof input === "object") {
    const map = new Map<string, Value>();
    for (const [key, item] of Object.entries(input as Record<string, unknown>)) {
      if (item !== undefined) map.set(key, fromJs(item));
    }
    return map;
  }
  throw new TemplateRuntimeError(`Template data cannot hold a ${typeof input}`);
}
