// The Widget Builder's schema source (a zod module) → JSON Schema 2020-12, for authoring tools only
// (CLI, Storybook, scripts). It pulls in zod's classic API (~90 kB); the renderer and the server kit
// never import this file.
//
// The source is interpreted, not run: `import { z } from "zod"`, `const X = z.…(…)` chains and
// `export default X`. Arguments may be literals, arrays, objects and other schemas; functions
// (refine, transform) are refused because they would be code.
import * as z from "zod";
import { errorAt, parseModule, type EsNode } from "./parse";

/** A JSON Schema document (draft 2020-12), as `.widget` files carry it. */
export type JsonSchema = Record<string, unknown>;

const FORBIDDEN_MEMBERS = new Set(["constructor", "prototype", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

function isSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

class SchemaInterpreter {
  private readonly consts = new Map<string, unknown>();
  private zodName: string | null = null;

  constructor(
    private readonly source: string,
    private readonly fileName: string,
  ) {}

  fail(node: EsNode | undefined, reason: string): never {
    throw errorAt(node, reason, this.source, this.fileName);
  }

  run(program: EsNode): z.ZodType {
    let result: unknown;
    for (const statement of program.body as EsNode[]) {
      switch (statement.type) {
        case "ImportDeclaration": {
          if ((statement.source as EsNode).value !== "zod" && (statement.source as EsNode).value !== "zod/v4") {
            this.fail(statement, 'schemas may import only from "zod"');
          }
          for (const specifier of statement.specifiers as EsNode[]) {
            const local = (specifier.local as EsNode).name as string;
            const imported = specifier.type === "ImportSpecifier" ? ((specifier.imported as EsNode).name as string) : "z";
            if (imported !== "z") this.fail(specifier, `only \`z\` can be imported from "zod"`);
            this.zodName = local;
          }
          break;
        }
        case "VariableDeclaration":
          if (statement.kind !== "const") this.fail(statement, "only `const` declarations are supported");
          for (const declarator of statement.declarations as EsNode[]) {
            const id = declarator.id as EsNode;
            if (id.type !== "Identifier") this.fail(id, "only `const Name = …` declarations are supported");
            this.consts.set(id.name as string, this.expr(declarator.init as EsNode));
          }
          break;
        case "ExportDefaultDeclaration":
          result = this.expr(statement.declaration as EsNode);
          break;
        case "ExportNamedDeclaration":
          if (statement.declaration) this.run({ ...program, body: [statement.declaration] } as EsNode);
          break;
        case "ExpressionStatement":
          // A bare schema expression also works (handy in forms).
          result = this.expr(statement.expression as EsNode);
          break;
        default:
          this.fail(statement, `${statement.type} is not supported in a schema source`);
      }
    }
    if (result === undefined && this.consts.size > 0) result = [...this.consts.values()].at(-1);
    if (!isSchema(result)) this.fail(program, "the schema source must `export default` a zod schema");
    return result;
  }

  expr(node: EsNode): unknown {
    switch (node.type) {
      case "Literal": {
        const regex = (node as { regex?: { pattern: string; flags: string } }).regex;
        if (regex) return new RegExp(regex.pattern, regex.flags);
        return node.value;
      }
      case "TemplateLiteral":
        if ((node.expressions as EsNode[]).length > 0) this.fail(node, "template literals with expressions are not supported in schemas");
        return ((node.quasis as EsNode[])[0]!.value as { cooked: string }).cooked;
      case "UnaryExpression":
        if (node.operator === "-") return -Number(this.expr(node.argument as EsNode));
        return this.fail(node, `the operator "${String(node.operator)}" is not supported in schemas`);
      case "Identifier": {
        const name = node.name as string;
        if (name === this.zodName) return z;
        if (this.consts.has(name)) return this.consts.get(name);
        if (name === "undefined") return undefined;
        return this.fail(node, `"${name}" is not defined (import { z } from "zod" and declare schemas with const)`);
      }
      case "ArrayExpression":
        return (node.elements as EsNode[]).map((element) => {
          if (!element || element.type === "SpreadElement") this.fail(node, "holes and spreads are not supported in schemas");
          return this.expr(element);
        });
      case "ObjectExpression": {
        const object: Record<string, unknown> = {};
        for (const property of node.properties as EsNode[]) {
          if (property.type === "SpreadElement") {
            const spread = this.expr(property.argument as EsNode);
            if (!spread || typeof spread !== "object") this.fail(property, "only objects can be spread");
            Object.assign(object, spread);
            continue;
          }
          if (property.computed || property.kind !== "init" || property.method) this.fail(property, "only plain `key: value` properties are supported");
          const key = property.key as EsNode;
          const name = key.type === "Identifier" ? (key.name as string) : String(key.value);
          Object.defineProperty(object, name, { value: this.expr(property.value as EsNode), enumerable: true, writable: true, configurable: true });
        }
        return object;
      }
      case "MemberExpression": {
        const object = this.expr(node.object as EsNode);
        const key = this.memberName(node);
        if (object !== z && !isSchema(object)) this.fail(node, "only members of `z` and of schemas can be read");
        const value = (object as Record<string, unknown>)[key];
        if (typeof value === "function") this.fail(node, `"${key}" is a function; call it`);
        if (!isSchema(value) && !(value && typeof value === "object")) this.fail(node, `"${key}" is not a schema`);
        return value;
      }
      case "CallExpression": {
        const callee = node.callee as EsNode;
        if (callee.type !== "MemberExpression") this.fail(callee, "only `z.…()` and schema methods can be called");
        const receiver = this.expr(callee.object as EsNode);
        if (receiver !== z && !isSchema(receiver)) this.fail(callee, "only `z.…()` and schema methods can be called");
        const name = this.memberName(callee);
        const method = (receiver as Record<string, unknown>)[name];
        if (typeof method !== "function") this.fail(callee.property as EsNode, `"${name}" is not a zod function`);
        const args = (node.arguments as EsNode[]).map((arg) => {
          if (arg.type === "ArrowFunctionExpression" || arg.type === "FunctionExpression") {
            this.fail(arg, "functions (refine, transform, …) are code and are not supported in schema sources");
          }
          return this.expr(arg);
        });
        try {
          return (method as (...args: unknown[]) => unknown).apply(receiver, args);
        } catch (error) {
          return this.fail(node, `zod: ${(error as Error).message}`);
        }
      }
      default:
        return this.fail(node, `${node.type} is not supported in a schema source`);
    }
  }

  memberName(node: EsNode): string {
    if (node.computed) this.fail(node, "computed member names are not supported in schemas");
    const name = (node.property as EsNode).name as string;
    if (FORBIDDEN_MEMBERS.has(name) || name.startsWith("_")) this.fail(node.property as EsNode, `"${name}" cannot be used`);
    return name;
  }
}

/**
 * Interprets the Widget Builder's zod schema source and returns the zod schema. Throws `ViewError`
 * (line, column) for syntax errors, anything but zod calls, and functions passed to zod.
 */
export function zodSchemaFromSource(source: string, options: { fileName?: string } = {}): z.ZodType {
  const fileName = options.fileName ?? "schema";
  return new SchemaInterpreter(source, fileName).run(parseModule(source, { fileName }));
}

/**
 * The JSON Schema (draft 2020-12) of a Widget Builder zod schema source, in the form the Builder writes
 * into `.widget` files: zod 4's `toJSONSchema`, with nullable types spelled `anyOf: [T, {type: "null"}]`.
 */
export function jsonSchemaFromZodSource(source: string, options: { fileName?: string } = {}): JsonSchema {
  const schema = zodSchemaFromSource(source, options);
  return builderForm(z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema);
}

/** zod writes `type: ["string", "null"]` for a nullable string; the Builder writes `anyOf`. */
function builderForm(schema: JsonSchema): JsonSchema {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item);
    const type = out.type;
    if (Array.isArray(type) && type.length === 2 && type.includes("null")) {
      const { type: _type, ...rest } = out;
      const other = type.find((name) => name !== "null");
      return { anyOf: [{ type: other, ...rest }, { type: "null" }] };
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}
