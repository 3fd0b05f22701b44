// The specs generated from the zod schemas judge values exactly as zod does.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { isDeepStrictEqual } from "node:util";
import * as schema from "../../src/schema/schemas";
import { SPEC_DATA } from "../../src/schema/generated/specs";
import { clean, explain } from "../../src/schema/repair";
import { SpecCompiler } from "../../src/schema/spec";
import { defOf, unwrapOptional, valueSpecOf } from "../../src/schema/spec-from-zod";

/** Every zod schema the package exports (node schemas, shared values, actions, chart series …). */
const exportedSchemas: Array<[string, z.core.$ZodType]> = Object.entries(schema as Record<string, unknown>)
  .filter(([name, value]) => name.endsWith("Schema") && typeof value === "object" && value !== null && "_zod" in value)
  .map(([name, value]) => [name, value as z.core.$ZodType]);

/** Every field schema below the exported ones (the shapes of objects, options of unions, elements). */
function collectFieldSchemas(): Array<[string, z.core.$ZodType]> {
  const found = new Map<z.core.$ZodType, string>();
  // Nodes (objects with children) and unions of nodes are walked by the parser, not matched as values.
  const isTree = (current: z.core.$ZodType): boolean =>
    Boolean(defOf(current).shape?.children) || Boolean(defOf(current).options?.some(isTree));
  const visit = (current: z.core.$ZodType, name: string, depth: number) => {
    if (found.has(current) || depth > 4) return;
    if (!isTree(current)) found.set(current, name);
    const def = defOf(current);
    const inner = unwrapOptional(current).inner;
    if (inner !== current) visit(inner, name, depth);
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      if (key !== "children") visit(child, `${name}.${key}`, depth + 1);
    }
    for (const [index, option] of (def.options ?? []).entries()) visit(option, `${name}|${index}`, depth + 1);
    if (def.element) visit(def.element, `${name}[]`, depth + 1);
    if (def.valueType) visit(def.valueType, `${name}{}`, depth + 1);
  };
  for (const [name, value] of exportedSchemas) visit(value, name, 0);
  return [...found].map(([value, name]) => [name, value]);
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return state / 4294967296;
  };
}

/** Values near the edges of what these schemas accept. */
function sample(next: () => number, depth = 0): unknown {
  const atoms = [undefined, null, 0, 1, -2.5, Number.NaN, Infinity, "", "md", "sm", "auto", "row", "bar", "Card", "solid", "start", "#fff", true, false];
  const roll = next();
  if (depth > 3 || roll < 0.5) return atoms[Math.floor(next() * atoms.length)];
  if (roll < 0.65) return Array.from({ length: Math.floor(next() * 3) }, () => sample(next, depth + 1));
  const keys = ["light", "dark", "top", "x", "size", "color", "style", "text", "icon", "type", "dataKey", "value", "label", "name", "extra"];
  const object: Record<string, unknown> = {};
  for (let index = Math.floor(next() * 4); index > 0; index--) object[keys[Math.floor(next() * keys.length)]!] = sample(next, depth + 1);
  return object;
}

describe("specs generated from the zod schemas", () => {
  const fields = collectFieldSchemas();
  const compiler = new SpecCompiler({ action: SPEC_DATA.action, cardAction: SPEC_DATA.cardAction });

  it("cover every exported schema", () => {
    expect(exportedSchemas.length).toBeGreaterThan(40);
    expect(fields.length).toBeGreaterThan(150);
  });

  it("accept, explain and clean exactly as zod parses, on 50 values per schema", () => {
    const next = random(7);
    for (const [name, value] of fields) {
      const spec = valueSpecOf(value);
      const check = compiler.check(spec);
      for (let index = 0; index < 50; index++) {
        const input = sample(next);
        // Specs describe the value under `optional`: the walker reads undefined and null as absent first.
        const zod = z.safeParse(unwrapOptional(value).inner as z.ZodMiniType, input);
        const problem = explain(compiler, spec, input);
        const output = check(input) ? input : zod.success ? clean(compiler, spec, input) : undefined;
        // Same verdict; the predicate never accepts what zod rejects; `clean` strips unknown keys as zod does.
        const agrees =
          (problem === null) === zod.success &&
          (!check(input) || zod.success) &&
          (!zod.success || isDeepStrictEqual(output, zod.data));
        if (!agrees) {
          throw new Error(`${name} on ${JSON.stringify(input)}: spec says ${problem?.message ?? "valid"}, zod ${zod.success}`);
        }
      }
    }
  });
});
