// evaluateView: a Widget Builder JSX view + state → widget JSON, by interpreting the expression subset the
// Builder's views use. Nothing is compiled to JavaScript and run: no eval, no Function, no globals but the
// allow-list below, and property reads see own data properties only.
import { errorAt, parseModule, ViewError, type EsNode } from "./parse";

/** Widget JSON as a view produces it: plain objects, arrays and scalars. */
export type ViewValue = null | boolean | number | string | ViewValue[] | { [key: string]: ViewValue };

export interface EvaluateViewOptions {
  /** Name used in error messages (default `view`). */
  fileName?: string;
  /**
   * Most interpreter steps (expressions evaluated plus callback calls) one evaluation may take; beyond it a
   * `ViewError` names the limit. Default 1,000,000.
   */
  maxSteps?: number;
  /** Longest string an expression may build (characters). Default 1,000,000. */
  maxStringLength?: number;
}

/** A JSX element evaluated: `{ type, ...props, children? }`. */
export interface ViewElement {
  type: string;
  [prop: string]: unknown;
}

const ELEMENT = Symbol("view.element");

class ViewFunction {
  constructor(
    readonly params: EsNode[],
    readonly body: EsNode,
    readonly scope: Scope,
  ) {}
}

class Scope {
  private readonly vars = new Map<string, unknown>();
  constructor(
    private readonly parent: Scope | null,
    private readonly state: Record<string, unknown> | null = null,
  ) {}
  has(name: string): boolean {
    if (this.vars.has(name)) return true;
    if (this.state && Object.prototype.hasOwnProperty.call(this.state, name)) return true;
    return this.parent?.has(name) ?? false;
  }
  get(name: string): unknown {
    if (this.vars.has(name)) return this.vars.get(name);
    if (this.state && Object.prototype.hasOwnProperty.call(this.state, name)) return this.state[name];
    return this.parent?.get(name);
  }
  define(name: string, value: unknown) {
    this.vars.set(name, value);
  }
}

/** The few global names a view may use besides its state. */
const GLOBALS: Record<string, unknown> = {
  undefined: undefined,
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
};

const GLOBAL_FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  String: (value) => jsString(value),
  Number: (value) => Number(value),
  Boolean: (value) => truthy(value),
};

const GLOBAL_NAMESPACES: Record<string, Record<string, (...args: unknown[]) => unknown>> = {
  Math: {
    min: (...args) => Math.min(...args.map(Number)),
    max: (...args) => Math.max(...args.map(Number)),
    round: (value) => Math.round(Number(value)),
    floor: (value) => Math.floor(Number(value)),
    ceil: (value) => Math.ceil(Number(value)),
    abs: (value) => Math.abs(Number(value)),
  },
  Array: { isArray: (value) => Array.isArray(value) },
  Object: {
    keys: (value) => (isPlainObject(value) ? Object.keys(value) : []),
    values: (value) => (isPlainObject(value) ? Object.values(value) : []),
    entries: (value) => (isPlainObject(value) ? Object.entries(value) : []),
  },
  JSON: { stringify: (value) => JSON.stringify(value) },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ViewFunction);
}

/** JavaScript truthiness. */
export function truthy(value: unknown): boolean {
  return Boolean(value);
}

function jsString(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return value.map((item) => (item == null ? "" : jsString(item))).join(",");
  if (typeof value === "object") return "[object Object]";
  return String(value);
}

interface Context {
  source: string;
  fileName?: string;
  steps: number;
  maxSteps: number;
  maxStringLength: number;
}

/** What the allow-listed methods may do, by receiver kind. Callbacks run through the interpreter. */
type Method = (ctx: Context, receiver: never, args: unknown[], call: (fn: unknown, args: unknown[]) => unknown, node: EsNode) => unknown;

function callbackOf(ctx: Context, value: unknown, node: EsNode): ViewFunction {
  if (!(value instanceof ViewFunction)) throw errorAt(node, "expected an arrow function here", ctx.source, ctx.fileName);
  return value;
}

const ARRAY_METHODS: Record<string, Method> = {
  map: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.map((item, index) => call(f, [item, index, array]));
  },
  flatMap: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.flatMap((item, index) => call(f, [item, index, array]) as never);
  },
  filter: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.filter((item, index) => truthy(call(f, [item, index, array])));
  },
  find: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.find((item, index) => truthy(call(f, [item, index, array])));
  },
  findIndex: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.findIndex((item, index) => truthy(call(f, [item, index, array])));
  },
  some: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.some((item, index) => truthy(call(f, [item, index, array])));
  },
  every: (ctx, array: unknown[], [fn], call, node) => {
    const f = callbackOf(ctx, fn, node);
    return array.every((item, index) => truthy(call(f, [item, index, array])));
  },
  slice: (_ctx, array: unknown[], [start, end]) => array.slice(start as number, end as number),
  concat: (_ctx, array: unknown[], args) => array.concat(...(args as unknown[][])),
  includes: (_ctx, array: unknown[], [value]) => array.includes(value),
  indexOf: (_ctx, array: unknown[], [value]) => array.indexOf(value),
  join: (_ctx, array: unknown[], [separator]) =>
    array.map((item) => (item == null ? "" : jsString(item))).join(separator === undefined ? "," : jsString(separator)),
  at: (_ctx, array: unknown[], [index]) => array.at(Number(index)),
  flat: (_ctx, array: unknown[]) => array.flat(),
};

const STRING_METHODS: Record<string, Method> = {
  toUpperCase: (_ctx, text: string) => text.toUpperCase(),
  toLowerCase: (_ctx, text: string) => text.toLowerCase(),
  trim: (_ctx, text: string) => text.trim(),
  trimStart: (_ctx, text: string) => text.trimStart(),
  trimEnd: (_ctx, text: string) => text.trimEnd(),
  startsWith: (_ctx, text: string, [value]) => text.startsWith(jsString(value)),
  endsWith: (_ctx, text: string, [value]) => text.endsWith(jsString(value)),
  includes: (_ctx, text: string, [value]) => text.includes(jsString(value)),
  indexOf: (_ctx, text: string, [value]) => text.indexOf(jsString(value)),
  slice: (_ctx, text: string, [start, end]) => text.slice(start as number, end as number),
  split: (_ctx, text: string, [separator]) => text.split(jsString(separator)),
  charAt: (_ctx, text: string, [index]) => text.charAt(Number(index)),
  at: (_ctx, text: string, [index]) => text.at(Number(index)),
  replace: (_ctx, text: string, [pattern, replacement]) => text.replace(jsString(pattern), () => jsString(replacement)),
  replaceAll: (_ctx, text: string, [pattern, replacement]) => text.replaceAll(jsString(pattern), () => jsString(replacement)),
  padStart: (ctx, text: string, [length, fill], _call, node) =>
    text.padStart(boundedLength(ctx, Number(length), node), fill === undefined ? " " : jsString(fill)),
  padEnd: (ctx, text: string, [length, fill], _call, node) =>
    text.padEnd(boundedLength(ctx, Number(length), node), fill === undefined ? " " : jsString(fill)),
  repeat: (ctx, text: string, [count], _call, node) => {
    boundedLength(ctx, text.length * Number(count), node);
    return text.repeat(Number(count));
  },
  toString: (_ctx: Context, text: string) => text,
};

const NUMBER_METHODS: Record<string, Method> = {
  toFixed: (_ctx, value: number, [digits]) => value.toFixed(Math.min(20, Math.max(0, Number(digits ?? 0)))),
  toString: (_ctx: Context, value: number) => String(value),
};

function boundedLength(ctx: Context, length: number, node: EsNode): number {
  if (length > ctx.maxStringLength) {
    throw errorAt(node, `string longer than the limit of ${ctx.maxStringLength} characters`, ctx.source, ctx.fileName);
  }
  return length;
}

const BINARY: Record<string, (left: never, right: never) => unknown> = {
  "===": (a, b) => a === b,
  "!==": (a, b) => a !== b,
  // Loose equality only where both sides are of one kind or null/undefined: the views use `!= null`.
  "==": (a, b) => a == b, // eslint-disable-line eqeqeq
  "!=": (a, b) => a != b, // eslint-disable-line eqeqeq
  "<": (a, b) => a < b,
  ">": (a, b) => a > b,
  "<=": (a, b) => a <= b,
  ">=": (a, b) => a >= b,
  "-": (a: number, b: number) => a - b,
  "*": (a: number, b: number) => a * b,
  "/": (a: number, b: number) => a / b,
  "%": (a: number, b: number) => a % b,
};

/** Interprets one view. */
class Interpreter {
  constructor(private readonly ctx: Context) {}

  fail(node: EsNode | undefined, reason: string): never {
    throw errorAt(node, reason, this.ctx.source, this.ctx.fileName);
  }

  step(node: EsNode) {
    this.ctx.steps += 1;
    if (this.ctx.steps > this.ctx.maxSteps) {
      this.fail(node, `evaluation took more than the limit of ${this.ctx.maxSteps} steps`);
    }
  }

  program(program: EsNode, scope: Scope): unknown {
    const body = program.body as EsNode[];
    let result: unknown;
    let sawExpression = false;
    for (const statement of body) {
      if (sawExpression) this.fail(statement, "the view must end with its JSX expression");
      if (statement.type === "VariableDeclaration") {
        if (statement.kind !== "const") this.fail(statement, "only `const` declarations are supported");
        for (const declarator of statement.declarations as EsNode[]) {
          this.bind(declarator.id as EsNode, this.expr(declarator.init as EsNode, scope), scope);
        }
      } else if (statement.type === "ExpressionStatement") {
        result = this.expr(statement.expression as EsNode, scope);
        sawExpression = true;
      } else {
        this.fail(statement, `${statement.type} is not part of the view language (a JSX expression, optionally after \`const\` declarations)`);
      }
    }
    if (!sawExpression) this.fail(program, "the view has no JSX expression");
    return result;
  }

  bind(pattern: EsNode, value: unknown, scope: Scope) {
    switch (pattern.type) {
      case "Identifier":
        scope.define(pattern.name as string, value);
        return;
      case "ObjectPattern":
        for (const property of pattern.properties as EsNode[]) {
          if (property.type !== "Property" || property.computed) this.fail(property, "only simple object destructuring is supported");
          const key = (property.key as EsNode).name as string;
          this.bind(property.value as EsNode, this.member(value, key, property), scope);
        }
        return;
      case "AssignmentPattern": {
        const given = value === undefined ? this.expr(pattern.right as EsNode, scope) : value;
        this.bind(pattern.left as EsNode, given, scope);
        return;
      }
      default:
        this.fail(pattern, `${pattern.type} parameters are not supported`);
    }
  }

  call(fn: unknown, args: unknown[]): unknown {
    if (!(fn instanceof ViewFunction)) throw new TypeError("not a function");
    this.step(fn.body);
    const scope = new Scope(fn.scope);
    fn.params.forEach((param, index) => this.bind(param, args[index], scope));
    if (fn.body.type === "BlockStatement") return this.block(fn.body, scope);
    return this.expr(fn.body, scope);
  }

  block(block: EsNode, scope: Scope): unknown {
    for (const statement of block.body as EsNode[]) {
      if (statement.type === "ReturnStatement") {
        return statement.argument ? this.expr(statement.argument as EsNode, scope) : undefined;
      }
      if (statement.type === "VariableDeclaration" && statement.kind === "const") {
        for (const declarator of statement.declarations as EsNode[]) {
          this.bind(declarator.id as EsNode, this.expr(declarator.init as EsNode, scope), scope);
        }
        continue;
      }
      this.fail(statement, "a function body may hold only `const` declarations and one `return`");
    }
    return undefined;
  }

  member(object: unknown, key: unknown, node: EsNode): unknown {
    if (object === null || object === undefined) {
      this.fail(node, `cannot read "${String(key)}" of ${object === null ? "null" : "undefined"}`);
    }
    if (typeof key !== "string" && typeof key !== "number") this.fail(node, "property names must be strings or numbers");
    const name = String(key);
    if (Array.isArray(object) || typeof object === "string") {
      if (name === "length") return object.length;
      if (/^(0|[1-9]\d*)$/.test(name)) return object[Number(name)];
      return undefined;
    }
    if (isPlainObject(object) && Object.prototype.hasOwnProperty.call(object, name)) {
      const value = object[name];
      return value;
    }
    return undefined;
  }

  methodCall(node: EsNode, scope: Scope): unknown {
    const callee = node.callee as EsNode;
    const receiver = this.expr(callee.object as EsNode, scope);
    if ((receiver === null || receiver === undefined) && callee.optional) throw new ShortCircuit();
    const name = callee.computed ? this.expr(callee.property as EsNode, scope) : ((callee.property as EsNode).name as string);
    if (typeof name !== "string") this.fail(callee.property as EsNode, "method names must be strings");
    const args = this.args(node.arguments as EsNode[], scope);
    if (callee.object && (callee.object as EsNode).type === "Identifier" && !scope.has((callee.object as EsNode).name as string)) {
      const namespace = GLOBAL_NAMESPACES[(callee.object as EsNode).name as string];
      if (namespace && Object.prototype.hasOwnProperty.call(namespace, name)) return namespace[name]!(...args);
    }
    const table = Array.isArray(receiver)
      ? ARRAY_METHODS
      : typeof receiver === "string"
        ? STRING_METHODS
        : typeof receiver === "number"
          ? NUMBER_METHODS
          : null;
    if (receiver === null || receiver === undefined) {
      this.fail(callee, `cannot call "${name}" on ${receiver === null ? "null" : "undefined"}`);
    }
    if (!table || !Object.prototype.hasOwnProperty.call(table, name)) {
      this.fail(callee.property as EsNode, `"${name}" is not an allowed method on ${Array.isArray(receiver) ? "an array" : typeof receiver}`);
    }
    const result = table[name]!(this.ctx, receiver as never, args, (fn, callArgs) => this.call(fn, callArgs), node);
    if (typeof result === "string") boundedLength(this.ctx, result.length, node);
    return result;
  }

  args(nodes: EsNode[], scope: Scope): unknown[] {
    const values: unknown[] = [];
    for (const arg of nodes) {
      if (arg.type === "SpreadElement") {
        const spread = this.expr(arg.argument as EsNode, scope);
        if (!Array.isArray(spread)) this.fail(arg, "only arrays can be spread into arguments");
        values.push(...spread);
      } else values.push(this.expr(arg, scope));
    }
    return values;
  }

  expr(node: EsNode, scope: Scope): unknown {
    this.step(node);
    switch (node.type) {
      case "Literal":
        if ((node as { regex?: unknown }).regex) this.fail(node, "regular expressions are not supported");
        if (typeof node.value === "bigint") this.fail(node, "BigInt literals are not supported");
        return node.value;
      case "TemplateLiteral": {
        const quasis = node.quasis as EsNode[];
        const expressions = node.expressions as EsNode[];
        let text = "";
        quasis.forEach((quasi, index) => {
          text += (quasi.value as { cooked: string }).cooked;
          if (index < expressions.length) text += jsString(this.expr(expressions[index]!, scope));
          boundedLength(this.ctx, text.length, node);
        });
        return text;
      }
      case "Identifier": {
        const name = node.name as string;
        if (scope.has(name)) return scope.get(name);
        if (Object.prototype.hasOwnProperty.call(GLOBALS, name)) return GLOBALS[name];
        // A state key the data leaves out reads as undefined, as in the Builder.
        return undefined;
      }
      case "ArrayExpression": {
        const values: unknown[] = [];
        for (const element of node.elements as (EsNode | null)[]) {
          if (!element) this.fail(node, "holes in array literals are not supported");
          if (element.type === "SpreadElement") {
            const spread = this.expr(element.argument as EsNode, scope);
            if (!Array.isArray(spread)) this.fail(element, "only arrays can be spread into an array");
            values.push(...spread);
          } else values.push(this.expr(element, scope));
        }
        return values;
      }
      case "ObjectExpression": {
        const object: Record<string, unknown> = {};
        for (const property of node.properties as EsNode[]) {
          if (property.type === "SpreadElement") {
            const spread = this.expr(property.argument as EsNode, scope);
            if (spread === null || spread === undefined) continue;
            if (!isPlainObject(spread)) this.fail(property, "only objects can be spread into an object");
            for (const [key, value] of Object.entries(spread)) defineKey(object, key, value);
            continue;
          }
          if (property.kind !== "init" || property.method) this.fail(property, "getters, setters and methods are not supported");
          const keyNode = property.key as EsNode;
          const key = property.computed
            ? this.expr(keyNode, scope)
            : keyNode.type === "Identifier"
              ? (keyNode.name as string)
              : keyNode.value;
          defineKey(object, String(key), this.expr(property.value as EsNode, scope));
        }
        return object;
      }
      case "MemberExpression": {
        const object = this.expr(node.object as EsNode, scope);
        if (node.optional && (object === null || object === undefined)) throw new ShortCircuit();
        const key = node.computed ? this.expr(node.property as EsNode, scope) : ((node.property as EsNode).name as string);
        return this.member(object, key, node);
      }
      case "ChainExpression":
        return this.chain(node.expression as EsNode, scope);
      case "CallExpression": {
        const callee = node.callee as EsNode;
        if (callee.type === "MemberExpression") return this.methodCall(node, scope);
        if (callee.type === "Identifier" && !scope.has(callee.name as string)) {
          const fn = GLOBAL_FUNCTIONS[callee.name as string];
          if (fn && Object.prototype.hasOwnProperty.call(GLOBAL_FUNCTIONS, callee.name as string)) {
            const args = this.args(node.arguments as EsNode[], scope);
            return args.length === 0 && callee.name === "String" ? "" : fn(...args);
          }
        }
        const fn = this.expr(callee, scope);
        if (fn instanceof ViewFunction) return this.call(fn, this.args(node.arguments as EsNode[], scope));
        return this.fail(callee, "only arrow functions of the view and allowed methods can be called");
      }
      case "ArrowFunctionExpression":
        if (node.async || node.generator) this.fail(node, "async and generator functions are not supported");
        return new ViewFunction(node.params as EsNode[], node.body as EsNode, scope);
      case "ConditionalExpression":
        return truthy(this.expr(node.test as EsNode, scope))
          ? this.expr(node.consequent as EsNode, scope)
          : this.expr(node.alternate as EsNode, scope);
      case "LogicalExpression": {
        const left = this.expr(node.left as EsNode, scope);
        if (node.operator === "&&") return truthy(left) ? this.expr(node.right as EsNode, scope) : left;
        if (node.operator === "||") return truthy(left) ? left : this.expr(node.right as EsNode, scope);
        return left ?? this.expr(node.right as EsNode, scope);
      }
      case "BinaryExpression": {
        const left = this.expr(node.left as EsNode, scope);
        const right = this.expr(node.right as EsNode, scope);
        const operator = node.operator as string;
        if (operator === "+") {
          if (typeof left === "number" && typeof right === "number") return left + right;
          const text = jsString(left) + jsString(right);
          boundedLength(this.ctx, text.length, node);
          return text;
        }
        const op = BINARY[operator];
        if (!op) return this.fail(node, `the operator "${operator}" is not supported`);
        return op(left as never, right as never);
      }
      case "UnaryExpression": {
        const value = this.expr(node.argument as EsNode, scope);
        switch (node.operator) {
          case "!":
            return !truthy(value);
          case "-":
            return -Number(value);
          case "+":
            return Number(value);
          case "typeof":
            return value === null ? "object" : value instanceof ViewFunction ? "function" : typeof value;
          default:
            return this.fail(node, `the operator "${String(node.operator)}" is not supported`);
        }
      }
      case "JSXElement":
        return this.element(node, scope);
      case "JSXFragment":
        return this.children(node.children as EsNode[], scope);
      case "JSXEmptyExpression":
        return undefined;
      default:
        return this.fail(node, `${describe(node)} is not part of the view language`);
    }
  }

  chain(node: EsNode, scope: Scope): unknown {
    // Optional chains short-circuit: `a?.b.c` is undefined when `a` is nullish.
    try {
      return this.expr(node, scope);
    } catch (error) {
      if (error instanceof ShortCircuit) return undefined;
      throw error;
    }
  }

  element(node: EsNode, scope: Scope): ViewElement {
    const opening = node.openingElement as EsNode;
    const nameNode = opening.name as EsNode;
    if (nameNode.type !== "JSXIdentifier") this.fail(nameNode, "component names must be plain identifiers (`<Card>`)");
    const type = nameNode.name as string;
    if (!/^[A-Z]/.test(type)) this.fail(nameNode, `"<${type}>" is not a widget component (components start with a capital letter)`);
    const element: ViewElement = { type };
    Object.defineProperty(element, ELEMENT, { value: true });
    for (const attribute of opening.attributes as EsNode[]) {
      if (attribute.type === "JSXSpreadAttribute") {
        const spread = this.expr(attribute.argument as EsNode, scope);
        if (spread === null || spread === undefined) continue;
        if (!isPlainObject(spread)) this.fail(attribute, "only objects can be spread into props");
        for (const [key, value] of Object.entries(spread)) if (value !== undefined && key !== "type") defineKey(element, key, value);
        continue;
      }
      const attrName = attribute.name as EsNode;
      if (attrName.type !== "JSXIdentifier") this.fail(attrName, "namespaced props are not supported");
      const prop = attrName.name as string;
      if (prop === "type") this.fail(attrName, '"type" is the component name; it cannot be a prop');
      const valueNode = attribute.value as EsNode | null;
      let value: unknown;
      if (valueNode === null) value = true;
      else if (valueNode.type === "Literal") value = valueNode.value;
      else if (valueNode.type === "JSXExpressionContainer") value = this.expr(valueNode.expression as EsNode, scope);
      else value = this.expr(valueNode, scope);
      if (value instanceof ViewFunction) this.fail(valueNode ?? attribute, "a prop cannot be a function; use an action object");
      if (value !== undefined) defineKey(element, prop, value);
    }
    const children = node.children as EsNode[];
    if (children.length > 0) element.children = this.children(children, scope);
    return element;
  }

  children(nodes: EsNode[], scope: Scope): unknown[] {
    const result: unknown[] = [];
    const add = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(add);
      else if (isPlainObject(value)) result.push(value);
      // null, undefined, booleans, numbers and strings draw nothing, as in the Builder's preview.
    };
    for (const child of nodes) {
      if (child.type === "JSXText") {
        if (((child.value as string) ?? "").trim() !== "") {
          this.fail(child, "text is not a widget node; pass it as a prop (`<Text value=\"…\" />`)");
        }
        continue;
      }
      if (child.type === "JSXExpressionContainer") add(this.expr(child.expression as EsNode, scope));
      else if (child.type === "JSXSpreadChild") add(this.expr(child.expression as EsNode, scope));
      else add(this.expr(child, scope));
    }
    return result;
  }
}

class ShortCircuit extends Error {}

function defineKey(target: Record<string, unknown>, key: string, value: unknown) {
  // Own data property, even for "__proto__": JSON from the view can never reach a prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function describe(node: EsNode): string {
  const names: Record<string, string> = {
    AssignmentExpression: "assignment",
    UpdateExpression: "`++`/`--`",
    NewExpression: "`new`",
    FunctionExpression: "a `function` expression (use an arrow function)",
    ThisExpression: "`this`",
    AwaitExpression: "`await`",
    SequenceExpression: "the comma operator",
    TaggedTemplateExpression: "a tagged template",
    ClassExpression: "a class",
    YieldExpression: "`yield`",
    ImportExpression: "`import()`",
    MetaProperty: "`import.meta`",
  };
  return names[node.type] ?? node.type;
}

/** Parses a view once for repeated evaluation. */
export interface ParsedView {
  readonly source: string;
  readonly program: EsNode;
  readonly fileName: string;
}

/** Parses a view (throws `ViewError` on a syntax error). */
export function parseView(view: string, options: { fileName?: string } = {}): ParsedView {
  const fileName = options.fileName ?? "view";
  return { source: view, program: parseModule(view, { fileName }), fileName };
}

/**
 * Evaluates a Widget Builder view (JSX, the Builder's expression subset) with `state` as its free
 * variables and returns the widget JSON: `{ type, ...props, children? }` with `undefined` props left out,
 * child arrays flattened and `null`/`false`/`undefined` children dropped, boolean shorthand props as
 * `true`. Throws `ViewError` (with 1-based `line`/`column`) for syntax errors, constructs outside the
 * subset, reads of a property of `null`/`undefined`, and the step and string-length limits.
 */
export function evaluateView(view: string | ParsedView, state: Record<string, unknown> = {}, options: EvaluateViewOptions = {}): ViewValue {
  const parsed = typeof view === "string" ? parseView(view, options) : view;
  const ctx: Context = {
    source: parsed.source,
    fileName: options.fileName ?? parsed.fileName,
    steps: 0,
    maxSteps: options.maxSteps ?? 1_000_000,
    maxStringLength: options.maxStringLength ?? 1_000_000,
  };
  const interpreter = new Interpreter(ctx);
  const scope = new Scope(null, state && typeof state === "object" ? state : {});
  const result = interpreter.program(parsed.program, scope);
  if (!isPlainObject(result) || !(ELEMENT in result)) {
    throw new ViewError("the view must evaluate to one JSX element (the widget root)", 1, 1, parsed.source, ctx.fileName);
  }
  return toJson(result) as ViewValue;
}

/** Plain JSON copy (drops the element marker and undefined). */
function toJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(toJson);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) defineKey(out, key, toJson(item));
    return out;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}
