// `npm run fuzz [-- --seed=N --count=N]`: seeded widget fuzzing outside `npm test`. Each case is a random widget
// (real node types with random, hostile or missing props, unknown types, deep chains, huge strings, prototype
// keys) that goes through parseWidget, structure sharing twice (a fresh copy, as a stream produces) and a
// server render of WidgetRenderer. Counts what threw, what polluted Object.prototype and the slowest case.
// The last figures are in docs/security.md.
import { renderToString } from "react-dom/server";
import { preloadBuiltinViews, WidgetRenderer } from "../src/renderer";
import { shareStructure } from "../src/renderer/shareStructure";
import { parseWidget, WIDGET_NODE_TYPES } from "../src/schema";

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
const seed = Number(args.get("seed") ?? 12);
const count = Number(args.get("count") ?? 10_000);

// mulberry32: small, seeded, good enough to pick shapes.
let state = seed >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const PROPS = ["value", "label", "src", "alt", "name", "color", "background", "padding", "gap", "size", "width", "radius",
  "limit", "status", "onClickAction", "onSubmitAction", "options", "data", "series", "key", "id", "iconStart", "streaming",
  "__proto__", "constructor", "prototype", "toString"];
const STRINGS = ["", "x", "javascript:alert(1)", "url(https://evil.example/x)", "<img src=x onerror=alert(1)>", "*a".repeat(3_000),
  "red;background:url(x)", "lucide:star", "check", "2024-01-01", "auto", "__proto__", "x".repeat(100_000), "\u0000\u202e", "> ".repeat(50)];

function value(depth: number): unknown {
  switch (Math.floor(random() * 9)) {
    case 0: return pick(STRINGS);
    case 1: return Math.floor(random() * 2 ** 31) * (random() < 0.5 ? -1 : 1);
    case 2: return pick([true, false, null, NaN, Infinity, 0, -0]);
    case 3: return depth > 4 ? null : Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    case 4: return depth > 4 ? {} : Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(PROPS), value(depth + 1)]));
    case 5: return { type: pick(["a", "", "x.y"]), handler: pick(["client", "server", "nope"]), payload: { __proto__: { polluted: 1 } } };
    default: return pick(STRINGS);
  }
}

function node(depth: number): unknown {
  if (random() < 0.02) return value(depth);
  const type = random() < 0.05 ? pick(["Nope", "", "Card.Row", "script"]) : pick(WIDGET_NODE_TYPES);
  const out: Record<string, unknown> = { type };
  for (let index = Math.floor(random() * 5); index > 0; index--) out[pick(PROPS)] = value(0);
  if (depth < 8 && random() < 0.7) out.children = Array.from({ length: Math.floor(random() * 4) }, () => node(depth + 1));
  return out;
}

/** A maker of fresh copies of one random widget (deep chains are built, never serialised: JSON.stringify recurses). */
function widget(): () => unknown {
  const roll = random();
  if (roll < 0.02) {
    const depth = Math.floor(random() * 60_000);
    return () => {
      let chain: unknown = { type: "Text", value: "x" };
      for (let level = depth; level > 0; level--) chain = { type: "Box", children: [chain] };
      return { type: "Card", children: [chain] };
    };
  }
  if (roll < 0.03) return () => ({ type: "ListView", children: Array.from({ length: 25_000 }, () => ({ type: "ListViewItem", children: [] })) });
  const text = JSON.stringify({ ...(node(0) as object), type: pick(["Card", "ListView", "Basic", "Card", "Text"]) });
  return () => JSON.parse(text);
}

// A server render cannot wait for a lazily loaded chunk (the validator's walker, lists, tables): load them first.
await preloadBuiltinViews();

let threw = 0;
let rejected = 0;
let slowest = { ms: 0, index: -1 };
const started = performance.now();
for (let index = 0; index < count; index++) {
  const make = widget();
  const before = performance.now();
  try {
    const first = parseWidget(make());
    const second = parseWidget(make());
    if (!first.ok) rejected++;
    const tree = first.ok ? first.widget : first.partial;
    shareStructure(tree, second.ok ? second.widget : second.partial, []);
    renderToString(<WidgetRenderer widget={make()} />);
  } catch (error) {
    threw++;
    if (threw <= 5) console.error(`case ${index} threw:`, error);
  }
  const ms = performance.now() - before;
  if (ms > slowest.ms) slowest = { ms, index };
}
const polluted = ({} as Record<string, unknown>).polluted !== undefined;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `seed ${seed}: ${count} widgets in ${seconds}s; threw ${threw}; rejected by validation ${rejected}; ` +
    `Object.prototype polluted: ${polluted}; slowest case #${slowest.index} ${slowest.ms.toFixed(0)} ms`,
);
process.exit(threw > 0 || polluted ? 1 : 0);
