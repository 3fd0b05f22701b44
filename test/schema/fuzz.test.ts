// parseWidget never throws, whatever it is given, and always returns a well-formed result.
import { describe, expect, it } from "vitest";
import { parseNode, parseWidget, type ParseWidgetResult } from "../../src/schema";
import { loadCorpus, random } from "./helpers";

const TYPES = ["Card", "ListView", "ListViewItem", "Basic", "Box", "Row", "Text", "Button", "Select", "Table", "Table.Row", "Transition", "Icon", "Chart", "Nope", ""];
const KEYS = ["type", "children", "value", "label", "size", "padding", "border", "onClickAction", "options", "name", "__proto__", "constructor", "payload", "color", "gap"];

function garbage(next: () => number, depth: number): unknown {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const roll = next();
  if (depth > 6 || roll < 0.3) {
    return pick<unknown>([null, undefined, 0, -1, 1.5, Number.NaN, Infinity, "", "huge", "chevron-down", true, false, {}, [], 2 ** 53, "lucide:x"]);
  }
  if (roll < 0.45) return Array.from({ length: Math.floor(next() * 4) }, () => garbage(next, depth + 1));
  const node: Record<string, unknown> = {};
  if (next() < 0.8) node.type = pick(TYPES);
  const count = Math.floor(next() * 5);
  for (let index = 0; index < count; index++) {
    Object.defineProperty(node, pick(KEYS), { value: garbage(next, depth + 1), enumerable: true, configurable: true, writable: true });
  }
  return node;
}

function expectWellFormed(result: ParseWidgetResult) {
  if (result.ok) {
    expect(["Card", "ListView", "Basic"]).toContain(result.widget.type);
    for (const warning of result.warnings) expect(warning.severity).toBe("warning");
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.severity).toBe("error");
      expect(typeof issue.path).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
    }
    expect(result.summary).toMatch(/^\d+ errors?: /);
    expect(result.partial).toBeDefined();
  }
}

describe("never throws", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a string that is not JSON", "hello"],
    ["JSON text of an array", "[1,2]"],
    ["an array root", [{ type: "Card", children: [] }]],
    ["a function", () => ({ type: "Card" })],
    ["a symbol", Symbol("widget")],
    ["a bigint", 10n],
    ["a Date", new Date(0)],
    ["a Map", new Map([["type", "Card"]])],
    ["a class instance", new (class Widget { type = "Card"; children = [] })()],
    ["a null-prototype object", Object.assign(Object.create(null), { type: "Card", children: [] })],
  ])("on %s", (_label, input) => {
    expectWellFormed(parseWidget(input));
    expectWellFormed(parseWidget(input, { strict: true }));
  });

  it("accepts a null-prototype object like a plain one", () => {
    expect(parseWidget(Object.assign(Object.create(null), { type: "Card", children: [] })).ok).toBe(true);
  });

  it("on a throwing getter", () => {
    const input = { type: "Card", get children(): unknown[] { throw new Error("nope"); } };
    const result = parseWidget(input);
    expectWellFormed(result);
    expect(!result.ok && result.issues[0]!.message).toBe("Could not read the widget: nope");
  });

  it("on 100,000 levels of nesting, reporting the depth limit once", () => {
    let node: Record<string, unknown> = { type: "Text", value: "deep" };
    for (let index = 0; index < 100_000; index++) node = { type: "Box", children: [node] };
    const result = parseWidget({ type: "Card", children: [node] });
    expectWellFormed(result);
    expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual(["The widget is nested deeper than 1000 levels. (limit maxNesting)"]);
  });

  it("on deep nesting of plain arrays inside a prop", () => {
    let value: unknown = 1;
    for (let index = 0; index < 100_000; index++) value = [value];
    expectWellFormed(parseWidget({ type: "Card", padding: value, payload: value, children: [] }));
  });

  it("on 3,000 random garbage trees (seeded)", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const input = garbage(next, 0);
      const strict = next() < 0.3;
      try {
        expectWellFormed(parseWidget(input, { strict }));
        parseNode(input);
      } catch (error) {
        throw new Error(`seed ${seed}: ${String(error)}`);
      }
    }
  });

  it("on random mutations of the corpus (seeded)", () => {
    const corpus = loadCorpus();
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const widget = structuredClone(corpus[seed % corpus.length]!.preview);
      // Walk down a random path and replace one value with garbage.
      let target: Record<string, unknown> = widget;
      for (let step = 0; step < 6; step++) {
        const children = target.children;
        if (!Array.isArray(children) || children.length === 0) break;
        const child = children[Math.floor(next() * children.length)];
        if (!child || typeof child !== "object") break;
        target = child as Record<string, unknown>;
      }
      const keys = Object.keys(target);
      target[keys[Math.floor(next() * keys.length)] ?? "type"] = garbage(next, 3);
      expectWellFormed(parseWidget(widget));
    }
  });
});
