// Every required prop of the vocabulary has a decided fallback (src/schema/required.ts) and a row in
// docs/schema.md's "Required props" table; no required prop is an error.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseWidget } from "../../src/schema";
import { ALL_NODE_SPECS } from "./helpers";
import { MISSING_REQUIRED_NOTES } from "../../src/schema/required";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const docs = readFileSync(path.join(root, "docs/schema.md"), "utf8");
const table = docs.slice(docs.indexOf("### Required props"), docs.indexOf("## Defaults are not written into the tree"));

const required = ALL_NODE_SPECS.flatMap((node) => [
  ...node.props.required.map((prop) => `${node.type}.${prop}`),
  ...(node.children?.required ? [`${node.type}.children`] : []),
]);

describe("required props", () => {
  it("each has a note in required.ts, and the table names no prop that is not required", () => {
    expect(required.filter((key) => !Object.hasOwn(MISSING_REQUIRED_NOTES, key))).toEqual([]);
    // Button.label is optional in the schema; the parser requires a label or an icon.
    expect(Object.keys(MISSING_REQUIRED_NOTES).filter((key) => !required.includes(key))).toEqual(["Button.label"]);
  });

  it("each has a row in docs/schema.md", () => {
    expect(table).not.toBe("");
    expect([...required, "Button.label"].filter((key) => !table.includes(`\`${key}\``))).toEqual([]);
  });

  it.each(required)("%s missing is a warning naming the path, and strict mode makes it an error", (key) => {
    const [type, prop] = [key.slice(0, key.lastIndexOf(".")), key.slice(key.lastIndexOf(".") + 1)];
    const spec = ALL_NODE_SPECS.find((node) => node.type === type)!;
    const node: Record<string, unknown> = { type };
    for (const other of spec.props.required) if (other !== prop) node[other] = spec.props.object[other] === "string" || spec.props.object[other] === "icon" ? "x" : [];
    if (spec.children && prop !== "children") node.children = [];
    const widget =
      spec.category === "root" ? node : spec.category === "listViewItem" ? { type: "ListView", children: [node] } : { type: "Card", children: [node] };
    const base = spec.category === "root" ? "" : "children[0].";
    const result = parseWidget(widget);
    if (!result.ok) throw new Error(result.summary);
    expect(result.warnings).toContainEqual({ path: `${base}${prop}`, message: `Required (${MISSING_REQUIRED_NOTES[key]})`, severity: "warning" });
    expect(parseWidget(widget, { strict: true }).ok).toBe(false);
  });
});
