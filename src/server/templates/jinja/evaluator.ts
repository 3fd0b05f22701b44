// Evaluates the syntax tree from @huggingface/jinja's parser with Jinja2's semantics (Python values,
// StrictUndefined, Jinja2 scoping). The package's own interpreter is lenient where Jinja2 is strict
// (missing names render as nothing, JS equality and string conversion, compact unsorted tojson), so only
// its lexer and parser are used.
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
  numeric,
  pyEquals,
  pyStr,
  characters,
  replaceAll,
  truthy,
  typeName,
  type Value,
} from "./values";
import { FILTERS, TESTS, lookup, type FilterContext } from "./builtins";
import { TemplateLimitError, budget } from "./limits";

/** A node of the parsed template (shapes from @huggingface/jinja's `ast`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AstNode = { type: string } & Record<string, any>;

/** Raised for template constructs this engine does not implement (rather than rendering them wrongly). */
export class TemplateUnsupportedError extends Error {
  override name = "TemplateUnsupportedError";
}

/** One variable scope: Jinja2 gives each loop iteration, set-block body and macro call its own. */
class Scope {
  private readonly vars = new Map<string, Value>();
  constructor(readonly parent?: Scope) {}
  lookup(name: string): Value | undefined {
    return this.vars.has(name) ? this.vars.get(name) : this.parent?.lookup(name);
  }
  set(name: string, value: Value): void {
    this.vars.set(name, value);
  }
}

const CONSTANTS: Record<string, Value> = {
  true: true,
  True: true,
  false: false,
  False: false,
  none: null,
  None: null,
};

const GLOBALS: Record<string, Value> = {
  namespace: new Callable("namespace", (args, kwargs) => {
    const attrs = new Map<string, Value>();
    if (args[0] instanceof Map) for (const [key, value] of args[0]) attrs.set(key, value);
    for (const [key, value] of kwargs) attrs.set(key, value);
    return new Namespace(attrs);
  }),
  dict: new Callable("dict", (args, kwargs) => {
    const result = args[0] instanceof Map ? new Map(args[0]) : new Map<string, Value>();
    for (const [key, value] of kwargs) result.set(key, value);
    return result;
  }),
  range: new Callable("range", (args) => {
    const ints = args.map((arg) => {
      if (typeof arg !== "number") throw new TemplateRuntimeError(`'${typeName(arg)}' object cannot be interpreted as an integer`);
      return arg;
    });
    if (ints.length === 0 || ints.length > 3) throw new TemplateRuntimeError(`range expected 1 to 3 arguments, got ${ints.length}`);
    const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints[2] ?? 1];
    if (step === 0) throw new TemplateRuntimeError("range() arg 3 must not be zero");
    // Lazy, as Python's: loops over it count iterations, turning it into a list counts its length.
    return new PyRange(start, stop, step);
  }),
};

/** Describes an expression for error messages (`item.name`, `items[0]`). */
export function describe(node: AstNode): string {
  switch (node.type) {
    case "Identifier":
      return node.value;
    case "MemberExpression": {
      const object = describe(node.object);
      if (!node.computed) return `${object}.${node.property.value}`;
      const property = node.property;
      if (property.type === "StringLiteral") return `${object}[${JSON.stringify(property.value)}]`;
      if (property.type === "IntegerLiteral") return `${object}[${property.value}]`;
      return `${object}[${describe(property)}]`;
    }
    case "CallExpression":
      return `${describe(node.callee)}(…)`;
    case "FilterExpression":
      return `${describe(node.operand)} | ${node.filter.type === "Identifier" ? node.filter.value : describe(node.filter.callee)}`;
    default:
      return "expression";
  }
}

function objectDescription(value: Value): string {
  return `'${typeName(value) === "dict" ? "dict" : typeName(value)} object'`;
}

/** Python-style index normalisation (negative from the end); undefined when out of range. */
function pyIndex(length: number, index: number): number | undefined {
  const resolved = index < 0 ? length + index : index;
  return resolved >= 0 && resolved < length ? resolved : undefined;
}

/**
 * Python slice semantics for lists and strings. `countItems` charges the items to the iteration budget; string
 * slices are charged to the string budget instead (a template that cuts a leading comma off its output slices a
 * long text once per level, which is not iteration).
 */
function pySlice<T>(items: T[], start: number | null, stop: number | null, step: number | null, countItems = true): T[] {
  const stride = step ?? 1;
  if (stride === 0) throw new TemplateRuntimeError("slice step cannot be zero");
  const length = items.length;
  const clamp = (value: number | null, fallback: number, low: number, high: number) => {
    if (value === null) return fallback;
    const resolved = value < 0 ? value + length : value;
    return Math.min(Math.max(resolved, low), high);
  };
  const result: T[] = [];
  if (stride > 0) {
    const from = clamp(start, 0, 0, length);
    const to = clamp(stop, length, 0, length);
    if (countItems) budget().iterate(Math.max(0, Math.ceil((to - from) / stride)));
    for (let i = from; i < to; i += stride) result.push(items[i]);
  } else {
    const from = clamp(start, length - 1, -1, length - 1);
    const to = clamp(stop, -1, -1, length - 1);
    if (countItems) budget().iterate(Math.max(0, Math.ceil((from - to) / -stride)));
    for (let i = from; i > to; i += stride) result.push(items[i]);
  }
  return result;
}

function methodOf(object: Value, name: string): Callable | undefined {
  if (object instanceof Map) {
    switch (name) {
      case "items":
        return new Callable("items", () => [...object].map(([key, value]) => tuple([key, value])));
      case "keys":
        return new Callable("keys", () => [...object.keys()]);
      case "values":
        return new Callable("values", () => [...object.values()]);
      case "get":
        return new Callable("get", ([key, fallback]) =>
          typeof key === "string" && object.has(key) ? object.get(key)! : (fallback ?? null),
        );
    }
  }
  if (Array.isArray(object) && !TUPLES.has(object)) {
    switch (name) {
      case "append":
        return new Callable("append", ([item]) => {
          budget().sequence(object.length + 1);
          object.push(item);
          return null;
        });
      case "extend":
        return new Callable("extend", ([items]) => {
          const added = iterate(items);
          budget().sequence(object.length + added.length);
          for (const item of added) object.push(item);
          return null;
        });
      case "index":
        return new Callable("index", ([item]) => {
          budget().iterate(object.length);
          const found = object.findIndex((candidate) => pyEquals(candidate, item));
          if (found < 0) throw new TemplateRuntimeError(`${pyStr(item)} is not in list`);
          return found;
        });
      case "count":
        return new Callable("count", ([item]) => countIn(object, item));
    }
  }
  if (typeof object === "string") {
    const text = object;
    const stringMethods: Record<string, (args: Value[]) => Value> = {
      upper: () => budget().built(text.toUpperCase()),
      lower: () => budget().built(text.toLowerCase()),
      strip: ([chars]) => (typeof chars === "string" ? trimChars(text, chars) : text.trim()),
      startswith: ([prefix]) => typeof prefix === "string" && text.startsWith(prefix),
      endswith: ([suffix]) => typeof suffix === "string" && text.endsWith(suffix),
      split: ([separator]) => {
        if (separator === "") throw new TemplateRuntimeError("empty separator");
        const parts = typeof separator === "string" ? text.split(separator) : text.trim().split(/\s+/).filter(Boolean);
        budget().sequence(parts.length);
        budget().iterate(parts.length);
        return parts;
      },
      replace: ([from, to]) => replaceAll(text, pyStr(from), pyStr(to)),
      title: () => budget().built(text.replace(/[A-Za-z]+/g, (word) => word[0].toUpperCase() + word.slice(1).toLowerCase())),
      capitalize: () => budget().built(text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()),
    };
    // Own names only: `name.constructor` or `name.__proto__` must not reach JavaScript's Object.
    const method = lookup(stringMethods, name);
    if (method) return new Callable(name, (args) => method(args));
  }
  return undefined;
}

function countIn(list: Value[], item: Value): number {
  budget().iterate(list.length);
  return list.filter((candidate) => pyEquals(candidate, item)).length;
}

function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

export function tuple(items: Value[]): Value[] {
  TUPLES.add(items);
  return items;
}

/** Python iteration: lists, dict keys, string characters, ranges (as a list: bounded). Counts the items visited. */
export function iterate(value: Value): Value[] {
  if (value instanceof Undefined) failUndefined(value);
  if (value instanceof PyRange) return value.toList();
  let items: Value[];
  if (Array.isArray(value)) items = value;
  else if (value instanceof Map) items = [...value.keys()];
  else if (typeof value === "string") {
    budget().sequence(value.length);
    items = [...value];
  } else throw new TemplateRuntimeError(`'${typeName(value)}' object is not iterable`);
  budget().iterate(items.length);
  return items;
}

function compare(operator: string, left: Value, right: Value): boolean {
  if (left instanceof Undefined) failUndefined(left);
  if (right instanceof Undefined) failUndefined(right);
  let order: number;
  if (isNumber(left) && isNumber(right)) order = numeric(left) - numeric(right);
  else if (typeof left === "string" && typeof right === "string") order = compareStrings(left, right);
  else throw new TemplateRuntimeError(`'${operator}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
  switch (operator) {
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

function contains(container: Value, item: Value): boolean {
  if (container instanceof Undefined) failUndefined(container);
  if (item instanceof Undefined) failUndefined(item);
  if (typeof container === "string") {
    if (typeof item !== "string") throw new TemplateRuntimeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof Map) return typeof item === "string" && container.has(item);
  if (container instanceof PyRange) return isNumber(item) && container.includes(numeric(item));
  if (Array.isArray(container)) {
    budget().iterate(container.length);
    return container.some((candidate) => pyEquals(candidate, item));
  }
  throw new TemplateRuntimeError(`argument of type '${typeName(container)}' is not iterable`);
}

function arithmetic(operator: string, left: Value, right: Value): Value {
  if (left instanceof Undefined) failUndefined(left);
  if (right instanceof Undefined) failUndefined(right);
  if (isNumber(left) && isNumber(right)) {
    const a = numeric(left);
    const b = numeric(right);
    const float = left instanceof PyFloat || right instanceof PyFloat;
    const make = (result: number) => (float ? new PyFloat(result) : result);
    switch (operator) {
      case "+":
        return make(a + b);
      case "-":
        return make(a - b);
      case "*":
        return make(a * b);
      case "/":
        if (b === 0) throw new TemplateRuntimeError("division by zero");
        return new PyFloat(a / b);
      case "//":
        if (b === 0) throw new TemplateRuntimeError("integer division or modulo by zero");
        return make(Math.floor(a / b));
      case "%":
        if (b === 0) throw new TemplateRuntimeError("integer division or modulo by zero");
        return make(a - b * Math.floor(a / b));
      case "**":
        return float || b < 0 ? new PyFloat(a ** b) : a ** b;
    }
  }
  if (operator === "+") {
    if (typeof left === "string" && typeof right === "string") {
      budget().string(left.length + right.length);
      return left + right;
    }
    if (Array.isArray(left) && Array.isArray(right)) {
      budget().sequence(left.length + right.length);
      budget().iterate(left.length + right.length);
      return [...left, ...right];
    }
  }
  if (operator === "*") {
    // Sizes are checked before anything is built: `'x' * 10**9` must fail fast, not allocate.
    const [sequence, count] = typeof right === "number" ? [left, right] : [right, left];
    const times = typeof count === "number" ? Math.max(count, 0) : 0;
    if (typeof count === "number" && typeof sequence === "string") {
      budget().string(sequence.length * times);
      return sequence.repeat(times);
    }
    if (typeof count === "number" && Array.isArray(sequence)) {
      budget().sequence(sequence.length * times);
      budget().iterate(sequence.length * times);
      const result: Value[] = [];
      for (let i = 0; i < times; i++) for (const item of sequence) result.push(item);
      return result;
    }
  }
  throw new TemplateRuntimeError(
    `unsupported operand type(s) for ${operator}: '${typeName(left)}' and '${typeName(right)}'`,
  );
}

export class Evaluator implements FilterContext {
  private readonly root: Scope;

  constructor(context: Map<string, Value>) {
    const globals = new Scope();
    for (const [name, value] of Object.entries(GLOBALS)) globals.set(name, value);
    this.root = new Scope(globals);
    for (const [name, value] of context) this.root.set(name, value);
  }

  render(program: AstNode): string {
    return this.block(program.body, this.root);
  }

  private block(statements: AstNode[], scope: Scope): string {
    let output = "";
    for (const statement of statements) output = this.append(output, this.statement(statement, scope));
    return output;
  }

  /** Output grows only through here: bounded by maxOutputLength (and counted as built text). */
  private append(output: string, piece: string): string {
    const { limits } = budget();
    if (output.length + piece.length > limits.maxOutputLength) {
      throw new TemplateLimitError("maxOutputLength", limits.maxOutputLength, "the template printed too much");
    }
    budget().string(piece.length);
    return output + piece;
  }

  private statement(node: AstNode, scope: Scope): string {
    switch (node.type) {
      case "Comment":
        return "";
      case "Set":
        this.set(node, scope);
        return "";
      case "If":
        return this.block(truthy(this.expr(node.test, scope)) ? node.body : node.alternate, scope);
      case "For":
        return this.forLoop(node, scope);
      case "Break":
      case "Continue":
        // Jinja2 only knows these with the loopcontrols extension, which chatkit's environment does not load.
        throw new TemplateUnsupportedError(`Encountered unknown tag '${node.type.toLowerCase()}'`);
      case "Macro":
      case "CallStatement":
      case "FilterStatement":
        throw new TemplateUnsupportedError(`{% ${node.type === "Macro" ? "macro" : node.type === "CallStatement" ? "call" : "filter"} %} blocks are not supported in widget templates`);
      default:
        // Text and {{ expressions }}: Jinja2 prints str(value), so None prints "None".
        return pyStr(this.expr(node, scope));
    }
  }

  private set(node: AstNode, scope: Scope): void {
    const value = node.value ? this.expr(node.value, scope) : this.block(node.body, new Scope(scope));
    const target = node.assignee as AstNode;
    if (target.type === "Identifier") {
      scope.set(target.value, value);
    } else if (target.type === "TupleLiteral") {
      const items = iterate(value);
      if (items.length !== target.value.length) {
        throw new TemplateRuntimeError(`cannot unpack ${items.length} values into ${target.value.length} names`);
      }
      target.value.forEach((name: AstNode, i: number) => scope.set(name.value, items[i]));
    } else if (target.type === "MemberExpression" && !target.computed) {
      const object = this.expr(target.object, scope);
      if (!(object instanceof Namespace)) throw new TemplateRuntimeError("cannot assign attribute on non-namespace object");
      object.attrs.set(target.property.value, value);
    } else {
      throw new TemplateUnsupportedError(`cannot assign to ${target.type}`);
    }
  }

  private forLoop(node: AstNode, scope: Scope): string {
    let iterableNode = node.iterable as AstNode;
    let condition: AstNode | undefined;
    if (iterableNode.type === "SelectExpression") {
      condition = iterableNode.test;
      iterableNode = iterableNode.lhs;
    }
    const bind = (iterationScope: Scope, item: Value) => {
      const target = node.loopvar as AstNode;
      if (target.type === "Identifier") return iterationScope.set(target.value, item);
      const parts = iterate(item);
      if (parts.length !== target.value.length) {
        throw new TemplateRuntimeError(`cannot unpack ${parts.length} values into ${target.value.length} names`);
      }
      target.value.forEach((name: AstNode, i: number) => iterationScope.set(name.value, parts[i]));
    };
    const iterable = this.expr(iterableNode, scope);
    // A range is walked lazily: `for i in range(10**9)` stops at maxIterations without building a list.
    if (iterable instanceof PyRange && !condition) return this.loopOver(node, scope, iterable.length, (i) => iterable.at(i), bind);
    let items = iterate(iterable);
    if (condition) {
      // `for x in xs if cond` filters before loop.index/length are computed, as in Jinja2.
      items = items.filter((item) => {
        const probe = new Scope(scope);
        bind(probe, item);
        return truthy(this.expr(condition, probe));
      });
    }
    const list = items;
    return this.loopOver(node, scope, list.length, (i) => list[i], bind);
  }

  private loopOver(node: AstNode, scope: Scope, length: number, at: (index: number) => Value, bind: (scope: Scope, item: Value) => void): string {
    if (length === 0) return this.block(node.defaultBlock, new Scope(scope));
    let output = "";
    for (let i = 0; i < length; i++) {
      budget().iterate();
      const iterationScope = new Scope(scope);
      const loop = new Map<string, Value>([
        ["index", i + 1],
        ["index0", i],
        ["revindex", length - i],
        ["revindex0", length - i - 1],
        ["first", i === 0],
        ["last", i === length - 1],
        ["length", length],
        ["previtem", i > 0 ? at(i - 1) : new Undefined("loop.previtem", "there is no previous item")],
        ["nextitem", i < length - 1 ? at(i + 1) : new Undefined("loop.nextitem", "there is no next item")],
        ["cycle", new Callable("cycle", (args) => args[i % args.length])],
      ]);
      iterationScope.set("loop", new Namespace(loop));
      bind(iterationScope, at(i));
      output = this.append(output, this.block(node.body, iterationScope));
    }
    return output;
  }

  expr(node: AstNode, scope: Scope): Value {
    switch (node.type) {
      case "StringLiteral":
        return node.value;
      case "IntegerLiteral":
        return node.value;
      case "FloatLiteral":
        return new PyFloat(node.value);
      case "ArrayLiteral":
        return node.value.map((item: AstNode) => this.expr(item, scope));
      case "TupleLiteral":
        return tuple(node.value.map((item: AstNode) => this.expr(item, scope)));
      case "ObjectLiteral": {
        const result = new Map<string, Value>();
        for (const [keyNode, valueNode] of node.value as Map<AstNode, AstNode>) {
          const key = this.expr(keyNode, scope);
          if (typeof key !== "string") throw new TemplateUnsupportedError(`dict keys must be strings, got ${typeName(key)}`);
          result.set(key, this.expr(valueNode, scope));
        }
        return result;
      }
      case "Identifier": {
        const constant = lookup(CONSTANTS, node.value);
        if (constant !== undefined) return constant;
        const found = scope.lookup(node.value);
        return found === undefined ? new Undefined(node.value, `'${node.value}' is undefined`) : found;
      }
      case "MemberExpression":
        return this.member(node, scope);
      case "CallExpression":
        return this.call(node, scope);
      case "UnaryExpression":
        return this.unary(node, scope);
      case "BinaryExpression":
        return this.binary(node, scope);
      case "FilterExpression":
        return this.filter(node, scope);
      case "TestExpression": {
        const test = lookup(TESTS, node.test.value);
        if (!test) throw new TemplateUnsupportedError(`No test named '${node.test.value}'`);
        const result = test(this.expr(node.operand, scope));
        return node.negate ? !result : result;
      }
      case "Ternary":
        return truthy(this.expr(node.condition, scope)) ? this.expr(node.trueExpr, scope) : this.expr(node.falseExpr, scope);
      case "SelectExpression":
        // `a if cond` without else: Jinja2 yields an undefined value when cond is false.
        return truthy(this.expr(node.test, scope))
          ? this.expr(node.lhs, scope)
          : new Undefined(describe(node.lhs), "the inline if-expression evaluated to false and no else section was defined");
      default:
        throw new TemplateUnsupportedError(`Unsupported expression: ${node.type}`);
    }
  }

  private member(node: AstNode, scope: Scope): Value {
    const object = this.expr(node.object, scope);
    const name = describe(node);
    // Jinja2's StrictUndefined fails on any attribute access.
    if (object instanceof Undefined) failUndefined(object);
    if (node.computed && node.property.type === "SliceExpression") {
      const bound = (part: AstNode | undefined): number | null => {
        if (!part) return null;
        const value = this.expr(part, scope);
        if (value === null) return null;
        if (typeof value !== "number") throw new TemplateRuntimeError("slice indices must be integers or None");
        return value;
      };
      const slice = node.property;
      const [start, stop, step] = [bound(slice.start), bound(slice.stop), bound(slice.step)];
      if (typeof object === "string") {
        const text = pySlice(characters(object), start, stop, step, false).join("");
        budget().string(text.length);
        return text;
      }
      if (object instanceof PyRange) return pySlice(object.toList(), start, stop, step);
      if (Array.isArray(object)) {
        const result = pySlice(object, start, stop, step);
        return TUPLES.has(object) ? tuple(result) : result;
      }
      throw new TemplateRuntimeError(`'${typeName(object)}' object is not subscriptable`);
    }
    const key: Value = node.computed ? this.expr(node.property, scope) : node.property.value;
    if (key instanceof Undefined) failUndefined(key);
    if (object instanceof Namespace && typeof key === "string") {
      if (object.attrs.has(key)) return object.attrs.get(key)!;
    } else if (object instanceof Map && typeof key === "string") {
      // Jinja2 tries the item first for `x[...]` and the attribute first for `x.y`; a dict's attributes
      // are its methods, so `data.items` is the method even when `data` has an "items" key.
      const method = node.computed ? undefined : methodOf(object, key);
      if (method) return method;
      if (object.has(key)) return object.get(key)!;
    } else if (object instanceof PyRange && typeof key === "number") {
      const index = pyIndex(object.length, key);
      if (index !== undefined) return object.at(index);
      return new Undefined(name, `${objectDescription(object)} has no element ${key}`);
    } else if ((Array.isArray(object) || typeof object === "string") && typeof key === "number") {
      const sequence = typeof object === "string" ? characters(object) : object;
      const index = pyIndex(sequence.length, key);
      if (index !== undefined) return sequence[index];
      return new Undefined(name, `${objectDescription(object)} has no element ${key}`);
    }
    if (typeof key === "string") {
      const method = methodOf(object, key);
      if (method) return method;
    }
    const what = node.computed ? `no element ${pyStr(key)}` : `no attribute '${pyStr(key)}'`;
    return new Undefined(name, `${objectDescription(object)} has ${what}`);
  }

  private args(nodes: AstNode[], scope: Scope): [Value[], Map<string, Value>] {
    const positional: Value[] = [];
    const keywords = new Map<string, Value>();
    for (const arg of nodes) {
      if (arg.type === "KeywordArgumentExpression") keywords.set(arg.key.value, this.expr(arg.value, scope));
      else if (arg.type === "SpreadExpression" || arg.type === "KeywordSpreadExpression") {
        throw new TemplateUnsupportedError("argument unpacking is not supported");
      } else positional.push(this.expr(arg, scope));
    }
    return [positional, keywords];
  }

  private call(node: AstNode, scope: Scope): Value {
    const callee = this.expr(node.callee, scope);
    if (callee instanceof Undefined) failUndefined(callee);
    if (!(callee instanceof Callable)) throw new TemplateRuntimeError(`'${typeName(callee)}' object is not callable`);
    const [positional, keywords] = this.args(node.args, scope);
    return callee.call(positional, keywords);
  }

  private unary(node: AstNode, scope: Scope): Value {
    const value = this.expr(node.argument, scope);
    if (node.operator.value === "not") return !truthy(value);
    if (value instanceof Undefined) failUndefined(value);
    if (!isNumber(value)) throw new TemplateRuntimeError(`bad operand type for unary ${node.operator.value}: '${typeName(value)}'`);
    const sign = node.operator.value === "-" ? -1 : 1;
    return value instanceof PyFloat ? new PyFloat(sign * value.value) : sign * numeric(value);
  }

  private binary(node: AstNode, scope: Scope): Value {
    const operator: string = node.operator.value;
    const left = this.expr(node.left, scope);
    // `and`/`or` return an operand (Python), evaluating the right side only when needed.
    if (operator === "and") return truthy(left) ? this.expr(node.right, scope) : left;
    if (operator === "or") return truthy(left) ? left : this.expr(node.right, scope);
    const right = this.expr(node.right, scope);
    switch (operator) {
      case "==":
        return pyEquals(left, right);
      case "!=":
        return !pyEquals(left, right);
      case "<":
      case ">":
      case "<=":
      case ">=":
        return compare(operator, left, right);
      case "in":
        return contains(right, left);
      case "not in":
        return !contains(right, left);
      case "~": {
        const joined = [pyStr(left), pyStr(right)];
        budget().string(joined[0].length + joined[1].length);
        return joined[0] + joined[1];
      }
      default:
        return arithmetic(operator, left, right);
    }
  }

  private filter(node: AstNode, scope: Scope): Value {
    const filterNode = node.filter as AstNode;
    const name: string = filterNode.type === "Identifier" ? filterNode.value : filterNode.callee.value;
    const filter = lookup(FILTERS, name);
    if (!filter) throw new TemplateUnsupportedError(`No filter named '${name}'`);
    const operand = this.expr(node.operand, scope);
    const [positional, keywords] = filterNode.type === "CallExpression" ? this.args(filterNode.args, scope) : [[], new Map()];
    return filter(operand, positional, keywords, this);
  }

  /** Used by filters such as `map` that apply another filter. */
  applyFilter(name: string, operand: Value, args: Value[], kwargs: Map<string, Value>): Value {
    const filter = lookup(FILTERS, name);
    if (!filter) throw new TemplateUnsupportedError(`No filter named '${name}'`);
    return filter(operand, args, kwargs, this);
  }
}
