// compileView: a Widget Builder JSX view → a Jinja template that renders the same widget JSON
// (`buildWidget(template, state)` equals `evaluateView(view, state)` as widgets).
//
// The template writes JSON text: static parts of the view become literal JSON, dynamic values go
// through `tojson`, so a string from the state is always JSON data and never template or markup.
// Children lists use a leading comma per child inside a `{% set %}` block, cut once at the end.
// Reads of the state go through `|default(none)`, so a missing optional value reads as `undefined`
// does in the view (chatkit-python renders with StrictUndefined).
import { errorAt, ViewError, type EsNode } from "./parse";
import { parseView, type ParsedView } from "./evaluate";

/** A Jinja expression with the statements that must run before it. */
interface Compiled {
  pre: string;
  expr: string;
  /** What the expression is known to be; "unknown" when it depends on the data. */
  kind: "bool" | "string" | "number" | "null" | "unknown";
}

/** A compile-time binding: a view name (arrow parameter or `const`) and its Jinja variable. */
type Bindings = Map<string, string>;

const JS_TO_JINJA_COMPARISON: Record<string, string> = {
  "===": "==",
  "!==": "!=",
  "==": "==",
  "!=": "!=",
  "<": "<",
  ">": ">",
  "<=": "<=",
  ">=": ">=",
};

/** A Jinja string literal for `text` (ASCII only: other characters as \u escapes, which Jinja decodes). */
export function jinjaString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code > 0x7e) {
      if (code > 0xffff) {
        const high = Math.floor((code - 0x10000) / 0x400) + 0xd800;
        const low = ((code - 0x10000) % 0x400) + 0xdc00;
        out += `\\u${high.toString(16).padStart(4, "0")}\\u${low.toString(16).padStart(4, "0")}`;
      } else out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += char;
  }
  return `${out}"`;
}

function isStaticValue(node: EsNode): boolean {
  switch (node.type) {
    case "Literal":
      return !(node as { regex?: unknown }).regex;
    case "TemplateLiteral":
      return (node.expressions as EsNode[]).length === 0;
    case "UnaryExpression":
      return (node.operator === "-" || node.operator === "+") && (node.argument as EsNode).type === "Literal";
    case "ArrayExpression":
      return (node.elements as (EsNode | null)[]).every((element) => element !== null && element.type !== "SpreadElement" && isStaticValue(element));
    case "ObjectExpression":
      return (node.properties as EsNode[]).every(
        (property) => property.type === "Property" && !property.computed && property.kind === "init" && isStaticValue(property.value as EsNode),
      );
    default:
      return false;
  }
}

function staticValue(node: EsNode): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      return ((node.quasis as EsNode[])[0]!.value as { cooked: string }).cooked;
    case "UnaryExpression": {
      const value = Number((node.argument as EsNode).value);
      return node.operator === "-" ? -value : value;
    }
    case "ArrayExpression":
      return (node.elements as EsNode[]).map(staticValue);
    case "ObjectExpression": {
      const object: Record<string, unknown> = {};
      for (const property of node.properties as EsNode[]) {
        const key = property.key as EsNode;
        const name = key.type === "Identifier" ? (key.name as string) : String(key.value);
        Object.defineProperty(object, name, { value: staticValue(property.value as EsNode), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    default:
      return undefined;
  }
}

function containsJsx(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(containsJsx);
  const type = (node as EsNode).type;
  if (type === "JSXElement" || type === "JSXFragment") return true;
  if (type === "ArrowFunctionExpression") return containsJsx((node as EsNode).body);
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "start" || key === "end") continue;
    if (value && typeof value === "object" && containsJsx(value)) return true;
  }
  return false;
}

class Compiler {
  private counter = 0;
  constructor(private readonly view: ParsedView) {}

  fail(node: EsNode | undefined, reason: string): never {
    throw errorAt(node, reason, this.view.source, this.view.fileName);
  }

  fresh(prefix: string): string {
    this.counter += 1;
    return `_${prefix}${this.counter}`;
  }

  /** Static template text: literal JSON, kept out of Jinja's reach when it contains a delimiter. */
  text(chunk: string): string {
    return /\{[{%#]|[}%#]\}/.test(chunk) ? `{{ ${jinjaString(chunk)} }}` : chunk;
  }

  program(): string {
    const bindings: Bindings = new Map();
    let out = "";
    let root: EsNode | undefined;
    for (const statement of this.view.program.body as EsNode[]) {
      if (root) this.fail(statement, "the view must end with its JSX expression");
      if (statement.type === "VariableDeclaration" && statement.kind === "const") {
        for (const declarator of statement.declarations as EsNode[]) out += this.bindConst(declarator, bindings);
      } else if (statement.type === "ExpressionStatement") {
        root = statement.expression as EsNode;
      } else {
        this.fail(statement, `${statement.type} is not part of the view language`);
      }
    }
    if (!root) this.fail(this.view.program, "the view has no JSX expression");
    if (root.type !== "JSXElement") this.fail(root, "the view must be one JSX element (the widget root)");
    return out + this.element(root, bindings);
  }

  bindConst(declarator: EsNode, bindings: Bindings): string {
    const id = declarator.id as EsNode;
    if (id.type !== "Identifier") this.fail(id, "compileView supports `const name = …` declarations only");
    const value = this.value(declarator.init as EsNode, bindings);
    const name = this.fresh(`c_${sanitize(id.name as string)}_`);
    bindings.set(id.name as string, name);
    return `${value.pre}{%- set ${name} = ${value.expr} -%}`;
  }

  /** `{"type":"Name", props…, "children":[…]}` as template text. */
  element(node: EsNode, bindings: Bindings): string {
    const opening = node.openingElement as EsNode;
    const nameNode = opening.name as EsNode;
    if (nameNode.type !== "JSXIdentifier" || !/^[A-Z]/.test(nameNode.name as string)) {
      this.fail(nameNode, "component names must be capitalised plain identifiers (`<Card>`)");
    }
    let out = this.text(`{"type":${JSON.stringify(nameNode.name)}`);
    for (const attribute of opening.attributes as EsNode[]) {
      if (attribute.type === "JSXSpreadAttribute") this.fail(attribute, "compileView does not support spread props");
      const prop = (attribute.name as EsNode).name as string;
      if (typeof prop !== "string") this.fail(attribute, "namespaced props are not supported");
      if (prop === "type") this.fail(attribute, '"type" is the component name; it cannot be a prop');
      const valueNode = attribute.value as EsNode | null;
      const key = JSON.stringify(prop);
      if (valueNode === null) {
        out += this.text(`,${key}:true`);
        continue;
      }
      const expression = valueNode.type === "JSXExpressionContainer" ? (valueNode.expression as EsNode) : valueNode;
      if (expression.type === "Identifier" && expression.name === "undefined" && !bindings.has("undefined")) continue;
      if (isStaticValue(expression)) {
        const value = staticValue(expression);
        if (value !== undefined && value !== null) out += this.text(`,${key}:${JSON.stringify(value)}`);
        continue;
      }
      if (containsJsx(expression)) this.fail(expression, "a prop cannot hold JSX");
      const compiled = this.value(expression, bindings);
      const temp = this.fresh("v");
      out += `${compiled.pre}{%- set ${temp} = ${compiled.expr} -%}{%- if ${temp} is not none -%}${this.text(`,${key}:`)}{{ ${temp}|tojson }}{%- endif -%}`;
    }
    const children = node.children as EsNode[];
    if (children.length > 0) {
      const block = this.fresh("children");
      out += this.text(`,"children":[`);
      out += `{%- set ${block} -%}${this.children(children, bindings)}{%- endset -%}{{ ${block}[1:] }}`;
      out += "]";
    }
    return out + "}";
  }

  children(nodes: EsNode[], bindings: Bindings): string {
    let out = "";
    for (const child of nodes) {
      if (child.type === "JSXText") {
        if (((child.value as string) ?? "").trim() !== "") this.fail(child, "text is not a widget node; pass it as a prop");
        continue;
      }
      if (child.type === "JSXExpressionContainer" || child.type === "JSXSpreadChild") {
        if ((child.expression as EsNode).type === "JSXEmptyExpression") continue;
        out += this.nodes(child.expression as EsNode, bindings);
      } else out += this.nodes(child, bindings);
    }
    return out;
  }

  /** Template text that writes `,node` for each widget node `expression` yields. */
  nodes(expression: EsNode, bindings: Bindings): string {
    switch (expression.type) {
      case "JSXElement":
        return `,${this.element(expression, bindings)}`;
      case "JSXFragment":
        return this.children(expression.children as EsNode[], bindings);
      case "ArrayExpression": {
        let out = "";
        for (const element of expression.elements as (EsNode | null)[]) {
          if (!element) continue;
          out += this.nodes(element.type === "SpreadElement" ? (element.argument as EsNode) : element, bindings);
        }
        return out;
      }
      case "ConditionalExpression": {
        const test = this.truthy(expression.test as EsNode, bindings);
        return `${test.pre}{%- if ${test.expr} -%}${this.nodes(expression.consequent as EsNode, bindings)}{%- else -%}${this.nodes(expression.alternate as EsNode, bindings)}{%- endif -%}`;
      }
      case "LogicalExpression": {
        const left = expression.left as EsNode;
        const right = expression.right as EsNode;
        if (expression.operator === "&&") {
          const test = this.truthy(left, bindings);
          // A falsy left side is a scalar, which draws nothing.
          return `${test.pre}{%- if ${test.expr} -%}${this.nodes(right, bindings)}{%- endif -%}`;
        }
        const value = this.value(left, bindings);
        const temp = this.fresh("l");
        const test = expression.operator === "??" ? `${temp} is not none` : truthyOf(temp, value.kind);
        return `${value.pre}{%- set ${temp} = ${value.expr} -%}{%- if ${test} -%}${this.runtimeNodes(temp)}{%- else -%}${this.nodes(right, bindings)}{%- endif -%}`;
      }
      case "CallExpression": {
        const callee = expression.callee as EsNode;
        if (callee.type === "MemberExpression" && !callee.computed && (callee.property as EsNode).name === "map") {
          const source = callee.object as EsNode;
          const fn = (expression.arguments as EsNode[])[0];
          if (!fn || fn.type !== "ArrowFunctionExpression") this.fail(expression, "`.map` takes an arrow function");
          if (containsJsx(source)) {
            if (isIdentity(fn)) return this.nodes(source, bindings);
            this.fail(expression, "compileView maps over data, or over JSX with an identity function (`.map((x) => x)`)");
          }
          return this.loop(source, fn, bindings, (body, inner) => this.nodes(body, inner));
        }
        break;
      }
      case "Literal":
      case "TemplateLiteral":
        return "";
      default:
        break;
    }
    if (containsJsx(expression)) this.fail(expression, `compileView does not support JSX inside ${expression.type}`);
    const value = this.value(expression, bindings);
    const temp = this.fresh("n");
    return `${value.pre}{%- set ${temp} = ${value.expr} -%}${this.runtimeNodes(temp)}`;
  }

  /** Writes a data value that may be a node object or a list of them (one level), as the view would draw it. */
  runtimeNodes(variable: string): string {
    const item = this.fresh("i");
    return (
      `{%- if ${variable} is mapping -%},{{ ${variable}|tojson }}` +
      `{%- elif ${variable} is iterable and ${variable} is not string -%}` +
      `{%- for ${item} in ${variable} -%}{%- if ${item} is mapping -%},{{ ${item}|tojson }}{%- endif -%}{%- endfor -%}` +
      `{%- endif -%}`
    );
  }

  /** `{% for %}` over `source` with the arrow function's parameters bound; `emit` writes its body. */
  loop(source: EsNode, fn: EsNode, bindings: Bindings, emit: (body: EsNode, inner: Bindings) => string): string {
    const list = this.value(source, bindings);
    const item = this.fresh("it");
    const inner: Bindings = new Map(bindings);
    const params = fn.params as EsNode[];
    let prelude = "";
    if (params[0]) prelude += this.bindParam(params[0], item, inner);
    if (params[1]) {
      if (params[1].type !== "Identifier") this.fail(params[1], "the index parameter must be a plain name");
      const index = this.fresh(`p_${sanitize(params[1].name as string)}_`);
      inner.set(params[1].name as string, index);
      prelude += `{%- set ${index} = loop.index0 -%}`;
    }
    if (params.length > 2) this.fail(params[2], "compileView supports (item, index) parameters only");
    let body = fn.body as EsNode;
    if (body.type === "BlockStatement") {
      const statements = body.body as EsNode[];
      for (const statement of statements.slice(0, -1)) {
        if (statement.type !== "VariableDeclaration" || statement.kind !== "const") this.fail(statement, "a function body may hold only `const` declarations and one `return`");
        for (const declarator of statement.declarations as EsNode[]) prelude += this.bindConst(declarator, inner);
      }
      const last = statements.at(-1);
      if (!last || last.type !== "ReturnStatement" || !last.argument) this.fail(body, "a function body must end with `return …`");
      body = last.argument as EsNode;
    }
    return `${list.pre}{%- for ${item} in ${list.expr} -%}${prelude}${emit(body, inner)}{%- endfor -%}`;
  }

  bindParam(param: EsNode, variable: string, bindings: Bindings): string {
    if (param.type === "Identifier") {
      bindings.set(param.name as string, variable);
      return "";
    }
    if (param.type === "ObjectPattern") {
      let out = "";
      for (const property of param.properties as EsNode[]) {
        if (property.type !== "Property" || property.computed || (property.value as EsNode).type !== "Identifier") {
          this.fail(property, "compileView supports plain `{ a, b }` destructuring only");
        }
        const key = (property.key as EsNode).name as string;
        const local = this.fresh(`p_${sanitize((property.value as EsNode).name as string)}_`);
        bindings.set((property.value as EsNode).name as string, local);
        out += `{%- set ${local} = (${variable})[${jinjaString(key)}]|default(none) -%}`;
      }
      return out;
    }
    return this.fail(param, `compileView does not support ${param.type} parameters`);
  }

  /** A condition as a Jinja boolean with JavaScript truthiness. */
  truthy(node: EsNode, bindings: Bindings): { pre: string; expr: string } {
    const value = this.value(node, bindings);
    if (value.kind === "bool") return value;
    const temp = this.fresh("t");
    return { pre: `${value.pre}{%- set ${temp} = ${value.expr} -%}`, expr: truthyOf(temp, value.kind) };
  }

  /** A data expression (no JSX) as a Jinja expression. */
  value(node: EsNode, bindings: Bindings): Compiled {
    switch (node.type) {
      case "Literal": {
        if ((node as { regex?: unknown }).regex) this.fail(node, "regular expressions are not supported");
        const value = node.value;
        if (value === null) return { pre: "", expr: "none", kind: "null" };
        if (typeof value === "boolean") return { pre: "", expr: value ? "true" : "false", kind: "bool" };
        if (typeof value === "number") return { pre: "", expr: numberLiteral(value), kind: "number" };
        if (typeof value === "string") return { pre: "", expr: jinjaString(value), kind: "string" };
        return this.fail(node, "this literal is not supported");
      }
      case "TemplateLiteral": {
        const quasis = node.quasis as EsNode[];
        const expressions = node.expressions as EsNode[];
        let pre = "";
        const parts: string[] = [];
        quasis.forEach((quasi, index) => {
          const cooked = (quasi.value as { cooked: string }).cooked;
          if (cooked) parts.push(jinjaString(cooked));
          if (index < expressions.length) {
            const part = this.value(expressions[index]!, bindings);
            pre += part.pre;
            parts.push(this.asText(part));
          }
        });
        return { pre, expr: parts.length ? `(${parts.join(" ~ ")})` : '""', kind: "string" };
      }
      case "Identifier": {
        const name = node.name as string;
        const bound = bindings.get(name);
        if (bound) return { pre: "", expr: bound, kind: "unknown" };
        if (name === "undefined") return { pre: "", expr: "none", kind: "null" };
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || JINJA_RESERVED.has(name)) {
          this.fail(node, `the state key "${name}" cannot be read by a Jinja template; rename it`);
        }
        return { pre: "", expr: `(${name}|default(none))`, kind: "unknown" };
      }
      case "MemberExpression": {
        if (node.optional) this.fail(node, "compileView does not support optional chaining (`?.`); missing values already read as none");
        const object = this.value(node.object as EsNode, bindings);
        if (!node.computed && (node.property as EsNode).name === "length") {
          return { pre: object.pre, expr: `(${object.expr}|length)`, kind: "number" };
        }
        const key = node.computed ? this.value(node.property as EsNode, bindings) : { pre: "", expr: jinjaString((node.property as EsNode).name as string) };
        return { pre: object.pre + key.pre, expr: `((${object.expr})[${key.expr}]|default(none))`, kind: "unknown" };
      }
      case "ChainExpression":
        return this.fail(node, "compileView does not support optional chaining (`?.`); missing values already read as none");
      case "ArrayExpression": {
        let pre = "";
        const groups: string[] = [];
        let current: string[] = [];
        for (const element of node.elements as (EsNode | null)[]) {
          if (!element) this.fail(node, "holes in array literals are not supported");
          if (element.type === "SpreadElement") {
            const spread = this.value(element.argument as EsNode, bindings);
            pre += spread.pre;
            if (current.length) groups.push(`[${current.join(", ")}]`);
            current = [];
            groups.push(`(${spread.expr}|list)`);
          } else {
            const item = this.value(element, bindings);
            pre += item.pre;
            current.push(item.expr);
          }
        }
        if (current.length || groups.length === 0) groups.push(`[${current.join(", ")}]`);
        return { pre, expr: groups.length === 1 ? groups[0]! : `(${groups.join(" + ")})`, kind: "unknown" };
      }
      case "ObjectExpression": {
        let pre = "";
        const entries: string[] = [];
        for (const property of node.properties as EsNode[]) {
          if (property.type !== "Property" || property.kind !== "init" || property.method) {
            this.fail(property, "compileView supports plain `key: value` object properties only");
          }
          const keyNode = property.key as EsNode;
          let key: string;
          if (property.computed) {
            const computed = this.value(keyNode, bindings);
            pre += computed.pre;
            key = computed.expr;
          } else key = jinjaString(keyNode.type === "Identifier" ? (keyNode.name as string) : String(keyNode.value));
          const value = this.value(property.value as EsNode, bindings);
          pre += value.pre;
          entries.push(`${key}: ${value.expr}`);
        }
        return { pre, expr: `{${entries.join(", ")}}`, kind: "unknown" };
      }
      case "ConditionalExpression": {
        const test = this.truthy(node.test as EsNode, bindings);
        const consequent = this.value(node.consequent as EsNode, bindings);
        const alternate = this.value(node.alternate as EsNode, bindings);
        const kind = consequent.kind === alternate.kind ? consequent.kind : "unknown";
        if (!consequent.pre && !alternate.pre) {
          return { pre: test.pre, expr: `(${consequent.expr} if ${test.expr} else ${alternate.expr})`, kind };
        }
        const result = this.fresh("r");
        return {
          pre: `${test.pre}{%- if ${test.expr} -%}${consequent.pre}{%- set ${result} = ${consequent.expr} -%}{%- else -%}${alternate.pre}{%- set ${result} = ${alternate.expr} -%}{%- endif -%}`,
          expr: result,
          kind,
        };
      }
      case "LogicalExpression": {
        const left = this.value(node.left as EsNode, bindings);
        const right = this.value(node.right as EsNode, bindings);
        const temp = this.fresh("l");
        const operator = node.operator as string;
        const test = operator === "??" ? `${temp} is not none` : truthyOf(temp, left.kind);
        const kind = left.kind === right.kind ? left.kind : "unknown";
        const pre = `${left.pre}{%- set ${temp} = ${left.expr} -%}`;
        const [whenTrue, whenFalse] = operator === "&&" ? [right, null] : [null, right];
        if (!right.pre) {
          const expr = operator === "&&" ? `(${right.expr} if ${test} else ${temp})` : `(${temp} if ${test} else ${right.expr})`;
          return { pre, expr, kind };
        }
        const result = this.fresh("r");
        const evaluateRight = `${right.pre}{%- set ${result} = ${right.expr} -%}`;
        const keepLeft = `{%- set ${result} = ${temp} -%}`;
        return {
          pre: `${pre}{%- if ${test} -%}${whenTrue ? evaluateRight : keepLeft}{%- else -%}${whenFalse ? evaluateRight : keepLeft}{%- endif -%}`,
          expr: result,
          kind,
        };
      }
      case "BinaryExpression": {
        const operator = node.operator as string;
        const leftNode = node.left as EsNode;
        const rightNode = node.right as EsNode;
        // `x == null` / `x != null` (and undefined): Jinja's `is none`, as missing values read as none.
        const nullish = (n: EsNode) => (n.type === "Literal" && n.value === null) || (n.type === "Identifier" && n.name === "undefined" && !bindings.has("undefined"));
        if ((operator === "==" || operator === "!=" || operator === "===" || operator === "!==") && (nullish(leftNode) || nullish(rightNode))) {
          const other = this.value(nullish(rightNode) ? leftNode : rightNode, bindings);
          const negate = operator.startsWith("!");
          return { pre: other.pre, expr: `(${other.expr} is ${negate ? "not " : ""}none)`, kind: "bool" };
        }
        const left = this.value(leftNode, bindings);
        const right = this.value(rightNode, bindings);
        const pre = left.pre + right.pre;
        if (operator in JS_TO_JINJA_COMPARISON) {
          return { pre, expr: `(${left.expr} ${JS_TO_JINJA_COMPARISON[operator]} ${right.expr})`, kind: "bool" };
        }
        if (operator === "+") {
          if (left.kind === "string" || right.kind === "string") {
            return { pre, expr: `(${this.asText(left)} ~ ${this.asText(right)})`, kind: "string" };
          }
          return { pre, expr: `(${left.expr} + ${right.expr})`, kind: left.kind === "number" && right.kind === "number" ? "number" : "unknown" };
        }
        if (operator === "-" || operator === "*" || operator === "%") return { pre, expr: `(${left.expr} ${operator} ${right.expr})`, kind: "number" };
        if (operator === "/") return { pre, expr: `(${left.expr} / ${right.expr})`, kind: "number" };
        return this.fail(node, `the operator "${operator}" is not supported by compileView`);
      }
      case "UnaryExpression": {
        if (node.operator === "!") {
          const test = this.truthy(node.argument as EsNode, bindings);
          return { pre: test.pre, expr: `(not ${test.expr})`, kind: "bool" };
        }
        const argument = this.value(node.argument as EsNode, bindings);
        if (node.operator === "-") return { pre: argument.pre, expr: `(-${argument.expr})`, kind: "number" };
        if (node.operator === "+") return { pre: argument.pre, expr: `(${argument.expr}|float)`, kind: "number" };
        return this.fail(node, `the operator "${String(node.operator)}" is not supported by compileView`);
      }
      case "CallExpression":
        return this.call(node, bindings);
      default:
        if (node.type === "JSXElement" || node.type === "JSXFragment") this.fail(node, "JSX is only allowed where widget nodes go");
        return this.fail(node, `${node.type} is not supported by compileView`);
    }
  }

  /** A value as text the way JavaScript's string conversion writes it, for the common kinds. */
  asText(value: Compiled): string {
    if (value.kind === "string") return value.expr;
    if (value.kind === "number") return `(${value.expr}|string)`;
    // null/undefined would read "None" in Jinja; JavaScript writes "null"/"undefined". Booleans: "true".
    const temp = `(${value.expr})`;
    return `("null" if ${temp} is none else ("true" if ${temp} is true else ("false" if ${temp} is false else ${temp}|string)))`;
  }

  call(node: EsNode, bindings: Bindings): Compiled {
    const callee = node.callee as EsNode;
    const args = node.arguments as EsNode[];
    if (callee.type === "Identifier" && callee.name === "String" && !bindings.has("String")) {
      const value = args[0] ? this.value(args[0], bindings) : { pre: "", expr: '""', kind: "string" as const };
      return { pre: value.pre, expr: this.asText(value), kind: "string" };
    }
    if (callee.type !== "MemberExpression" || callee.computed) this.fail(callee, "compileView supports method calls of the view language only");
    const method = (callee.property as EsNode).name as string;
    const receiver = callee.object as EsNode;
    if (method === "map" || method === "filter") {
      const fn = args[0];
      if (!fn || fn.type !== "ArrowFunctionExpression") this.fail(node, `\`.${method}\` takes an arrow function`);
      const list = this.fresh("m");
      const body = this.loop(receiver, fn, bindings, (bodyNode, inner) => {
        if (method === "map") {
          const value = this.value(bodyNode, inner);
          return `${value.pre}{%- set _ = ${list}.append(${value.expr}) -%}`;
        }
        const test = this.truthy(bodyNode, inner);
        const item = (fn.params as EsNode[])[0];
        const itemVar = item && item.type === "Identifier" ? inner.get(item.name as string)! : null;
        if (!itemVar) this.fail(fn, "`.filter` needs a plain item parameter");
        return `${test.pre}{%- if ${test.expr} -%}{%- set _ = ${list}.append(${itemVar}) -%}{%- endif -%}`;
      });
      return { pre: `{%- set ${list} = [] -%}${body}`, expr: list, kind: "unknown" };
    }
    if (!COMPILED_METHODS.has(method)) this.fail(callee.property as EsNode, `"${method}" is not supported by compileView`);
    const object = this.value(receiver, bindings);
    const compiledArgs = args.map((arg) => {
      if (arg.type === "SpreadElement") this.fail(arg, "spread arguments are not supported by compileView");
      return this.value(arg, bindings);
    });
    const pre = object.pre + compiledArgs.map((arg) => arg.pre).join("");
    const [first, second] = compiledArgs;
    switch (method) {
      case "join":
        return { pre, expr: `(${object.expr}|join(${first ? first.expr : '","'}))`, kind: "string" };
      case "includes":
        return { pre, expr: `(${first ? first.expr : "none"} in ${object.expr})`, kind: "bool" };
      case "slice":
        return { pre, expr: `(${object.expr})[${first ? first.expr : ""}:${second ? second.expr : ""}]`, kind: object.kind };
      case "concat":
        return { pre, expr: `(${[object.expr, ...compiledArgs.map((arg) => `(${arg.expr}|list)`)].join(" + ")})`, kind: "unknown" };
      case "toUpperCase":
        return { pre, expr: `(${object.expr}|upper)`, kind: "string" };
      case "toLowerCase":
        return { pre, expr: `(${object.expr}|lower)`, kind: "string" };
      case "trim":
        return { pre, expr: `(${object.expr}|trim)`, kind: "string" };
      case "toString":
        return { pre, expr: this.asText(object), kind: "string" };
      default:
        return this.fail(callee.property as EsNode, `"${method}" is not supported by compileView`);
    }
  }
}

const COMPILED_METHODS = new Set(["join", "includes", "slice", "concat", "toUpperCase", "toLowerCase", "trim", "toString"]);

function isIdentity(fn: EsNode): boolean {
  const params = fn.params as EsNode[];
  const body = fn.body as EsNode;
  return params.length === 1 && params[0]!.type === "Identifier" && body.type === "Identifier" && body.name === params[0]!.name;
}

function truthyOf(variable: string, kind: Compiled["kind"]): string {
  if (kind === "bool") return variable;
  if (kind === "null") return "false";
  if (kind === "string") return `(${variable} is not none and ${variable} != "")`;
  if (kind === "number") return `(${variable} is not none and ${variable} != 0)`;
  // JavaScript truthiness: everything but null/undefined, false, 0 and "" (Jinja would also call [] and {} false).
  return `(${variable} is not none and ${variable} is not false and ${variable} != 0 and ${variable} != "")`;
}

function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new ViewError("numbers must be finite", 1, 1);
  return Number.isInteger(value) ? String(value) : String(value);
}

function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}

const JINJA_RESERVED = new Set([
  "and", "or", "not", "in", "is", "if", "else", "elif", "for", "endfor", "endif", "set", "endset", "true", "false",
  "none", "True", "False", "None", "loop", "namespace", "range", "block", "macro", "call", "import", "include",
  "extends", "with", "raw", "filter",
]);

/**
 * Compiles a Widget Builder view (JSX in the Builder's expression subset) to a Jinja template for
 * `.widget` files: for any state, `buildWidget({ template }, state)` equals `evaluateView(view, state)`
 * as widgets (key order ignored, `null` and absent props alike, empty and absent `children` alike).
 * Strings from the state are written with `tojson`, so they stay data. Throws `ViewError` (line and
 * column) for constructs outside what compiles: spread props, optional chaining, JSX outside node
 * positions, and methods other than map, filter, join, includes, slice, concat, toUpperCase,
 * toLowerCase, trim, toString, `.length` and `String(x)`.
 */
export function compileView(view: string | ParsedView, options: { fileName?: string } = {}): string {
  const parsed = typeof view === "string" ? parseView(view, options) : view;
  return new Compiler(parsed).program();
}
