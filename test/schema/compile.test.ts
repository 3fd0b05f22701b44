// The predicates compiled from the zod schemas agree with zod itself, and parsing stays fast.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as schema from "../../src/schema";
import { compileCheck, defOf, unwrapOptional } from "../../src/schema/compile";

/** Every zod schema the package exports (node schemas, shared values, actions, chart series …). */
const exportedSchemas: Array<[string, z.core.$ZodType]> = Object.entries(schema as Record<string, unknown>)
  .filter(([name, value]) => name.endsWith("Schema") && typeof value === "object" && value !== null && "_zod" in value)
  .map(([name, value]) => [name, value as z.core.$ZodType]);

/** Every field schema below the exported ones (the shapes of objects, options of unions, elements). */
function collectFieldSchemas(): Array<[string, z.core.$ZodType]> {
  const found = new Map<z.core.$ZodType, string>();
  const visit = (current: z.core.$ZodType, name: string, depth: number) => {
    if (found.has(current) || depth > 4) return;
    found.set(current, name);
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

describe("compiled predicates", () => {
  const fields = collectFieldSchemas();

  it("cover the schemas (most fields have a predicate, not a zod fallback)", () => {
    expect(exportedSchemas.length).toBeGreaterThan(40);
    const compiled = fields.filter(([, value]) => compileCheck(value) !== null);
    expect(compiled.length / fields.length).toBeGreaterThan(0.9);
  });

  it("accept exactly what zod accepts, on 200 values per schema", () => {
    const next = random(7);
    for (const [name, value] of fields) {
      const check = compileCheck(value);
      if (!check) continue;
      for (let index = 0; index < 200; index++) {
        const input = sample(next);
        const zodSays = z.safeParse(value as z.ZodMiniType, input).success;
        if (check(input) && !zodSays) throw new Error(`${name} accepts ${JSON.stringify(input)} but zod rejects it`);
        // The predicate may be stricter only where zod would strip unknown keys (then the walker asks zod).
        if (!check(input) && zodSays && !(typeof input === "object" && input !== null)) {
          throw new Error(`${name} rejects ${JSON.stringify(input)} but zod accepts it`);
        }
      }
    }
  });
});

describe("performance", () => {
  function listOf(count: number) {
    const items = [];
    for (let made = 1; made < count; made += 7) {
      items.push({
        type: "ListViewItem",
        key: `item-${made}`,
        onClickAction: { type: "select", payload: { id: made }, handler: "server" },
        children: [
          {
            type: "Row",
            gap: 2,
            children: [
              { type: "Icon", name: "dot", color: "gray-300", size: "xl" },
              {
                type: "Col",
                padding: { top: 1, x: 2 },
                children: [
                  { type: "Text", value: `Item ${made}`, weight: "semibold" },
                  { type: "Caption", value: "Details", color: "tertiary", size: "sm" },
                  { type: "Button", label: "Open", size: "sm", variant: "outline", onClickAction: { type: "open" } },
                ],
              },
            ],
          },
        ],
      });
    }
    return { type: "ListView", children: items };
  }

  function median(run: () => void, rounds = 25): number {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  }

  it("parses a 1,000-node widget within 8× the time of JSON.parse on its text", () => {
    const text = JSON.stringify(listOf(1000));
    const value = JSON.parse(text);
    expect(schema.parseWidget(value).ok).toBe(true);
    for (let warm = 0; warm < 20; warm++) {
      JSON.parse(text);
      schema.parseWidget(value);
    }
    const jsonParse = median(() => JSON.parse(text));
    const parse = median(() => schema.parseWidget(value));
    expect(parse).toBeLessThan(jsonParse * 8);
  });
});
