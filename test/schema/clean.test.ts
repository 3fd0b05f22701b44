// cleanWidget (the renderer's fast path) against the walker it stands in for. Both directions, on every widget
// we have (ChatKit samples, widgets from other people's repositories, the typical and lenient gallery widgets)
// and on seeded mutations of them: what cleanWidget accepts, parseWidget returns equal and with no issue; what
// parseWidget returns unchanged and with no issue, cleanWidget accepts (so the fast path is taken whenever it can be).
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { cleanWidget } from "../../src/schema/clean";
import { parseWidget, WIDGET_NODE_TYPES } from "../../src/schema";
import * as lenientWidgets from "../../stories/widgets/lenientWidgets";
import { typicalWidgets } from "../../stories/widgets/typicalWidgets";
import { wildWidgets } from "../../stories/widgets/wildWidgets";
import { loadCorpus, random } from "./helpers";

const SOURCES: [string, unknown][] = [
  ...loadCorpus().map(({ file, preview }) => [file, preview] as [string, unknown]),
  ...wildWidgets.map(({ name, widget }) => [`wild/${name}`, widget] as [string, unknown]),
  ...Object.entries(typicalWidgets).map(([name, widget]) => [`typical/${name}`, widget] as [string, unknown]),
  ...Object.entries(lenientWidgets).map(([name, widget]) => [`lenient/${name}`, widget] as [string, unknown]),
];

/** Fails with the input's name when the two disagree; returns whether the fast path accepted it. */
function expectAgreement(name: string, input: unknown): boolean {
  const clean = cleanWidget(input);
  const parsed = parseWidget(input);
  if (clean !== undefined) {
    // Accepted: exactly what the walker returns, key order included, and nothing to report.
    if (!parsed.ok) throw new Error(`${name}: cleanWidget accepted what parseWidget rejects: ${parsed.summary}`);
    expect(parsed.warnings, name).toEqual([]);
    expect(JSON.stringify(clean), name).toBe(JSON.stringify(parsed.widget));
    return true;
  }
  const value = typeof input === "string" ? JSON.parse(input) : input;
  if (parsed.ok && parsed.warnings.length === 0 && isDeepStrictEqual(parsed.widget, value)) {
    throw new Error(`${name}: parseWidget returns it unchanged with no issue, but cleanWidget refused it`);
  }
  return false;
}

/** Values a mutation writes: valid and invalid for most props (lengths, icons, enums, actions, nulls, prototypes). */
const VALUES: unknown[] = [
  null, 0, 3, -1, 1.5, "3", "12px", "md", "auto", "100%", "", "x", "true", true, false, "star", "check", "lucide:star",
  "not-an-icon", "lucide:not-a-glyph", "primary", "secondary", "red-400", "#fff", [], ["a"], {}, { top: 4 }, { top: "md" },
  { x: 2, y: "4" }, { type: "open", handler: "client" }, { type: "open" }, { handler: "nope" }, { text: "Done", icon: "check" },
  { text: "Done", icon: "nope" }, { value: "a", label: "A" }, [{ value: "a", label: "A" }], { __proto__: { polluted: 1 } },
];

type JsonNode = Record<string, unknown> & { children?: unknown };

function nodesOf(tree: unknown, out: JsonNode[] = []): JsonNode[] {
  if (tree && typeof tree === "object" && !Array.isArray(tree)) {
    out.push(tree as JsonNode);
    const children = (tree as JsonNode).children;
    if (Array.isArray(children)) for (const child of children) nodesOf(child, out);
    else if (children && typeof children === "object") nodesOf(children, out);
  }
  return out;
}

/** One random change to a copy of `widget`: a prop set, removed or added, a child added or its type changed. */
function mutate(widget: unknown, next: () => number): unknown {
  const copy = structuredClone(widget);
  const nodes = nodesOf(copy);
  if (nodes.length === 0) return copy;
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const node = pick(nodes);
  const keys = Object.keys(node);
  const roll = next();
  if (roll < 0.35 && keys.length > 0) node[pick(keys)] = pick(VALUES);
  else if (roll < 0.5 && keys.length > 0) delete node[pick(keys)];
  else if (roll < 0.75) node[pick(["gap", "padding", "size", "color", "icon", "iconStart", "label", "value", "key", "id", "status", "onClickAction", "radius", "flex", "width", "align", "variant"])] = pick(VALUES);
  else if (roll < 0.9) {
    const child = { type: pick(WIDGET_NODE_TYPES), value: "x", label: "y" };
    if (Array.isArray(node.children)) node.children.push(child);
    else node.children = [child];
  } else node.type = pick([...WIDGET_NODE_TYPES, "Nope"]);
  return copy;
}

describe("cleanWidget agrees with parseWidget", () => {
  it("on every widget we have, and takes the fast path for most of them", () => {
    let accepted = 0;
    for (const [name, widget] of SOURCES) if (expectAgreement(name, widget)) accepted++;
    expect(SOURCES.length).toBeGreaterThan(50);
    // Most real widgets are clean; a fast path that accepted few would be a slow path with extra steps.
    expect(accepted / SOURCES.length).toBeGreaterThan(0.5);
  });

  it("on JSON text as on the value", () => {
    for (const [name, widget] of SOURCES) {
      expect(cleanWidget(JSON.stringify(widget)), name).toEqual(cleanWidget(widget));
      expectAgreement(`${name} (text)`, JSON.stringify(widget));
    }
    expect(cleanWidget("{ not json")).toBeUndefined();
  });

  it("on 4,000 seeded mutations of them (one to three changes each)", () => {
    const next = random(2026);
    let accepted = 0;
    let refused = 0;
    for (let round = 0; round < 4_000; round++) {
      const [name, widget] = SOURCES[round % SOURCES.length]!;
      let mutated = widget;
      const changes = 1 + Math.floor(next() * 3);
      for (let change = 0; change < changes; change++) mutated = mutate(mutated, next);
      if (expectAgreement(`${name}, mutation ${round}`, mutated)) accepted++;
      else refused++;
    }
    // Both paths are exercised: mutations that keep a widget clean, and ones the walker has to handle.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(400);
  });

  it("leaves to the walker what only it can report", () => {
    const card = (child: Record<string, unknown>) => ({ type: "Card", children: [child] });
    const refused = [
      card({ type: "Text", value: "x", color: null }), // null reads as absent: the output differs from the input
      card({ type: "Text", value: "x", extra: 1 }), // unknown prop: a warning
      card({ type: "Box", gap: "md" }), // unreadable length: a warning
      card({ type: "Icon", name: "not-an-icon" }), // unknown icon: a warning
      card({ type: "Button" }), // neither label nor icon: a warning
      card({ type: "ListViewItem", children: [] }), // misplaced: drawn, with a warning
      { type: "Text", value: "x" }, // not a root: an error
      card({ type: "Custom", value: 1 }), // not built in: the walker knows the app's node types
      { type: "Card", children: [{ type: "Box", children: [{ type: "Text", value: "x".repeat(2_000_001) }] }] }, // over a limit
    ];
    for (const widget of refused) {
      expect(cleanWidget(widget), JSON.stringify(widget).slice(0, 80)).toBeUndefined();
      expectAgreement(JSON.stringify(widget).slice(0, 80), widget);
    }
    let deep: unknown = { type: "Text", value: "x" };
    for (let level = 0; level < 300; level++) deep = { type: "Box", children: [deep] };
    expect(cleanWidget({ type: "Card", children: [deep] })).toBeUndefined();
  });

  it("copies nodes, never prop values, like the walker", () => {
    const action = { type: "open", handler: "client", payload: { id: "a1" } };
    const widget = { type: "Card", children: [{ type: "Button", label: "Open", onClickAction: action }] };
    const clean = cleanWidget(widget) as unknown as { children: [{ onClickAction: unknown }] };
    expect(clean).not.toBe(widget);
    expect(clean.children[0]).not.toBe(widget.children[0]);
    expect(clean.children[0].onClickAction).toBe(action);
  });
});
