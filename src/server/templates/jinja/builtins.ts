// Jinja2's built-in filters and tests that widget templates use, with Jinja2's argument names and
// defaults. A filter or test that is not listed here is refused by name instead of guessed at.
import {
  Callable,
  Namespace,
  PyFloat,
  PyRange,
  TUPLES,
  TemplateRuntimeError,
  Undefined,
  compareStrings,
  failUndefined,
  isNumber,
  jinjaToJson,
  numeric,
  pyStr,
  replaceAll,
  truthy,
  typeName,
  type Value,
} from "./values";
import { budget } from "./limits";

/**
 * `table[name]` for own properties only: template names such as `constructor`, `__proto__` or `toString`
 * must never reach JavaScript's Object.prototype.
 */
export function lookup<T>(table: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

export interface FilterContext {
  applyFilter(name: string, operand: Value, args: Value[], kwargs: Map<string, Value>): Value;
}

type Filter = (value: Value, args: Value[], kwargs: Map<string, Value>, context: FilterContext) => Value;
type Test = (value: Value) => boolean;

/** Reads argument `index`/`name` the way Python binds positional-or-keyword parameters. */
function arg(args: Value[], kwargs: Map<string, Value>, index: number, name: string, fallback: Value): Value {
  if (index < args.length) return args[index];
  return kwargs.has(name) ? kwargs.get(name)! : fallback;
}

/** The items a filter walks (counted against maxIterations; a range becomes a bounded list). */
function items(value: Value): Value[] {
  if (value instanceof Undefined) failUndefined(value);
  if (value instanceof PyRange) return value.toList();
  let result: Value[];
  if (Array.isArray(value)) result = value;
  else if (value instanceof Map) result = [...value.keys()];
  else if (typeof value === "string") {
    budget().sequence(value.length);
    result = [...value];
  } else throw new TemplateRuntimeError(`'${typeName(value)}' object is not iterable`);
  budget().iterate(result.length);
  return result;
}

/** A string a filter built, checked against maxStringLength. */
const built = (text: string) => budget().built(text);

function length(value: Value): number {
  if (value instanceof Undefined) failUndefined(value);
  if (typeof value === "string") {
    let count = 0;
    for (const _ of value) count++;
    return count;
  }
  if (Array.isArray(value)) return value.length;
  if (value instanceof PyRange) return value.length;
  if (value instanceof Map) return value.size;
  throw new TemplateRuntimeError(`object of type '${typeName(value)}' has no len()`);
}

/** Jinja2's environment.getitem/getattr for `attribute="a.b"` arguments (dotted paths, integer parts). */
function attribute(value: Value, path: Value): Value {
  let current = value;
  for (const part of pyStr(path).split(".")) {
    if (current instanceof Undefined) failUndefined(current);
    if (current instanceof Map && current.has(part)) current = current.get(part)!;
    else if (current instanceof Namespace && current.attrs.has(part)) current = current.attrs.get(part)!;
    else if (Array.isArray(current) && /^-?\d+$/.test(part) && current.at(Number(part)) !== undefined) {
      current = current.at(Number(part))!;
    } else current = new Undefined(`${pyStr(path)}`, `'${typeName(current)} object' has no attribute '${part}'`);
  }
  return current;
}

function sortKey(a: Value, b: Value, caseSensitive: boolean): number {
  if (a instanceof Undefined) failUndefined(a);
  if (b instanceof Undefined) failUndefined(b);
  if (typeof a === "string" && typeof b === "string") {
    return caseSensitive ? compareStrings(a, b) : compareStrings(a.toLowerCase(), b.toLowerCase());
  }
  if (isNumber(a) && isNumber(b)) return numeric(a) - numeric(b);
  throw new TemplateRuntimeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };

function selectBy(keep: boolean, byAttribute: boolean): Filter {
  return (value, args, kwargs) => {
    const [attrName, testName, ...testArgs] = byAttribute ? args : [null, ...args];
    if (testArgs.length > 0 || kwargs.size > 0) throw new TemplateRuntimeError("tests with arguments are not supported");
    const test = testName === undefined ? truthy : lookup(TESTS, pyStr(testName));
    if (!test) throw new TemplateRuntimeError(`No test named '${pyStr(testName)}'`);
    return items(value).filter((item) => test(byAttribute ? attribute(item, attrName) : item) === keep);
  };
}

export const FILTERS: Record<string, Filter> = {
  default(value, args, kwargs) {
    const fallback = arg(args, kwargs, 0, "default_value", "");
    const boolean = truthy(arg(args, kwargs, 1, "boolean", false));
    return value instanceof Undefined || (boolean && !truthy(value)) ? fallback : value;
  },
  tojson(value, args, kwargs) {
    const indent = arg(args, kwargs, 0, "indent", null);
    if (indent !== null && typeof indent !== "number" && typeof indent !== "string") {
      throw new TemplateRuntimeError("tojson indent must be an integer or a string");
    }
    return jinjaToJson(value, indent);
  },
  length: (value) => length(value),
  string: (value) => pyStr(value),
  upper: (value) => built(pyStr(value).toUpperCase()),
  lower: (value) => built(pyStr(value).toLowerCase()),
  capitalize: (value) => {
    const text = pyStr(value);
    return built(text.charAt(0).toUpperCase() + text.slice(1).toLowerCase());
  },
  title: (value) => built(pyStr(value).replace(/[^\s\-_]+/g, (word) => word[0].toUpperCase() + word.slice(1).toLowerCase())),
  trim(value, args, kwargs) {
    const chars = arg(args, kwargs, 0, "chars", null);
    const text = pyStr(value);
    if (chars === null) return text.trim();
    const set = pyStr(chars);
    let start = 0;
    let end = text.length;
    while (start < end && set.includes(text[start])) start++;
    while (end > start && set.includes(text[end - 1])) end--;
    return text.slice(start, end);
  },
  first: (value) => items(value)[0] ?? new Undefined("first", "No first item, sequence was empty."),
  last: (value) => items(value).at(-1) ?? new Undefined("last", "No last item, sequence was empty."),
  list: (value) => [...items(value)],
  reverse: (value) => (typeof value === "string" ? built([...items(value)].reverse().join("")) : [...items(value)].reverse()),
  join(value, args, kwargs) {
    const separator = pyStr(arg(args, kwargs, 0, "d", ""));
    const attr = arg(args, kwargs, 1, "attribute", null);
    const parts = items(value);
    // Counted piece by piece, so a long separator or long items fail before the join allocates.
    let total = Math.max(parts.length - 1, 0) * separator.length;
    budget().string(total);
    const texts = parts.map((item) => {
      const text = pyStr(attr === null ? item : attribute(item, attr));
      total += text.length;
      if (total > budget().limits.maxStringLength) budget().string(total);
      return text;
    });
    return built(texts.join(separator));
  },
  sort(value, args, kwargs) {
    const reverse = truthy(arg(args, kwargs, 0, "reverse", false));
    const caseSensitive = truthy(arg(args, kwargs, 1, "case_sensitive", false));
    const attr = arg(args, kwargs, 2, "attribute", null);
    const key = (item: Value) => (attr === null ? item : attribute(item, attr));
    const list = items(value);
    budget().iterate(Math.ceil(list.length * Math.log2(list.length + 1)));
    const sorted = [...list].sort((a, b) => sortKey(key(a), key(b), caseSensitive));
    return reverse ? sorted.reverse() : sorted;
  },
  unique(value) {
    // Linear: a set of the (case-folded) values seen so far.
    const result: Value[] = [];
    const seen = new Set<unknown>();
    for (const item of items(value)) {
      const probe = typeof item === "string" ? `s:${item.toLowerCase()}` : item;
      if (!seen.has(probe)) {
        seen.add(probe);
        result.push(item);
      }
    }
    return result;
  },
  int(value, args, kwargs) {
    const fallback = arg(args, kwargs, 0, "default", 0);
    if (typeof value === "boolean") return Number(value);
    if (typeof value === "number") return value;
    if (value instanceof PyFloat) return Math.trunc(value.value);
    if (typeof value === "string") {
      const text = value.trim().replaceAll("_", "");
      if (/^[+-]?\d+$/.test(text)) return Number(text);
      const float = Number(text);
      return text !== "" && Number.isFinite(float) ? Math.trunc(float) : fallback;
    }
    return fallback;
  },
  float(value, args, kwargs) {
    const fallback = arg(args, kwargs, 0, "default", new PyFloat(0));
    if (isNumber(value)) return new PyFloat(numeric(value));
    if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value.trim()))) {
      return new PyFloat(Number(value.trim()));
    }
    return fallback;
  },
  abs(value) {
    if (value instanceof Undefined) failUndefined(value);
    if (!isNumber(value)) throw new TemplateRuntimeError(`bad operand type for abs(): '${typeName(value)}'`);
    return value instanceof PyFloat ? new PyFloat(Math.abs(value.value)) : Math.abs(numeric(value));
  },
  replace(value, args, kwargs) {
    const text = pyStr(value);
    const from = pyStr(arg(args, kwargs, 0, "old", ""));
    const to = pyStr(arg(args, kwargs, 1, "new", ""));
    const count = arg(args, kwargs, 2, "count", null);
    const parts = text.split(from);
    if (typeof count !== "number" || count < 0 || count >= parts.length - 1) return replaceAll(text, from, to);
    budget().string(text.length + count * (to.length - from.length));
    return parts.slice(0, count + 1).join(to) + from + parts.slice(count + 1).join(from);
  },
  safe: (value) => value,
  escape: (value) => built(pyStr(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])),
  items(value) {
    if (value instanceof Undefined) return [];
    if (!(value instanceof Map)) throw new TemplateRuntimeError("Can only get item pairs from a mapping.");
    return [...value].map(([key, item]) => {
      const pair: Value[] = [key, item];
      TUPLES.add(pair);
      return pair;
    });
  },
  sum(value, args, kwargs) {
    const attr = arg(args, kwargs, 0, "attribute", null);
    let total: Value = arg(args, kwargs, 1, "start", 0);
    for (const item of items(value)) {
      const addend = attr === null ? item : attribute(item, attr);
      if (!isNumber(total) || !isNumber(addend)) {
        throw new TemplateRuntimeError(`unsupported operand type(s) for +: '${typeName(total)}' and '${typeName(addend)}'`);
      }
      const float = total instanceof PyFloat || addend instanceof PyFloat;
      total = float ? new PyFloat(numeric(total) + numeric(addend)) : numeric(total) + numeric(addend);
    }
    return total;
  },
  map(value, args, kwargs, context) {
    if (kwargs.has("attribute")) {
      const fallback = kwargs.get("default");
      return items(value).map((item) => {
        const found = attribute(item, kwargs.get("attribute")!);
        return found instanceof Undefined && fallback !== undefined ? fallback : found;
      });
    }
    const [name, ...rest] = args;
    if (typeof name !== "string") throw new TemplateRuntimeError("map needs a filter name or attribute=");
    return items(value).map((item) => context.applyFilter(name, item, rest, kwargs));
  },
  select: selectBy(true, false),
  reject: selectBy(false, false),
  selectattr: selectBy(true, true),
  rejectattr: selectBy(false, true),
};
FILTERS.d = FILTERS.default;
FILTERS.count = FILTERS.length;
FILTERS.e = FILTERS.escape;

export const TESTS: Record<string, Test> = {
  defined: (value) => !(value instanceof Undefined),
  undefined: (value) => value instanceof Undefined,
  none: (value) => value === null,
  boolean: (value) => typeof value === "boolean",
  true: (value) => value === true,
  false: (value) => value === false,
  number: (value) => isNumber(value),
  integer: (value) => typeof value === "number",
  float: (value) => value instanceof PyFloat,
  string: (value) => typeof value === "string",
  mapping: (value) => value instanceof Map,
  iterable: (value) => {
    if (value instanceof Undefined) failUndefined(value);
    return typeof value === "string" || Array.isArray(value) || value instanceof Map || value instanceof PyRange;
  },
  sequence: (value) => typeof value === "string" || Array.isArray(value) || value instanceof Map || value instanceof PyRange,
  callable: (value) => value instanceof Callable,
  odd: (value) => {
    if (value instanceof Undefined) failUndefined(value);
    return typeof value === "number" && Math.abs(value % 2) === 1;
  },
  even: (value) => {
    if (value instanceof Undefined) failUndefined(value);
    return typeof value === "number" && value % 2 === 0;
  },
  lower: (value) => typeof value === "string" && value === value.toLowerCase(),
  upper: (value) => typeof value === "string" && value === value.toUpperCase(),
};
