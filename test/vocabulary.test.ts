// Every widget component of the ChatKit vocabulary has a schema, a renderer view, a primitive in its own
// folder and a story. The list is read from @openai/chatkit's own type file (plus Chart, which only the Python
// SDK and the Widget Builder define), so a component ChatKit adds shows up here as a failure.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { WIDGET_NODE_TYPES } from "../src/schema";
import { builtinViews } from "../src/renderer/registry";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const chatkitTypes = readFileSync(path.join(root, "node_modules/@openai/chatkit/types/widgets.d.ts"), "utf8");
const PYTHON_ONLY = ["Chart"];
const vocabulary = [...new Set([...chatkitTypes.matchAll(/type: '([A-Za-z.]+)'/g)].map((m) => m[1]!)), ...PYTHON_ONLY].sort();

/** `Table.Row` and `Table.Cell` live in the Table folder and story. */
const folderOf = (type: string) => type.split(".")[0]!;

describe("widget vocabulary coverage", () => {
  it("reads the full vocabulary from @openai/chatkit", () => {
    expect(vocabulary.length).toBeGreaterThanOrEqual(29);
    expect(vocabulary).toContain("ListViewItem");
    expect(vocabulary).toContain("Table.Cell");
  });

  it.each(vocabulary)("%s has a schema", (type) => {
    expect(WIDGET_NODE_TYPES).toContain(type);
  });

  it.each(vocabulary)("%s has a renderer view", (type) => {
    expect(Object.keys(builtinViews)).toContain(type);
  });

  it.each(vocabulary)("%s has a primitive folder with a component, stylesheet and view", (type) => {
    const name = folderOf(type);
    const folder = path.join(root, "src/components", name);
    expect(existsSync(path.join(folder, `${name}.tsx`)), `${folder}/${name}.tsx`).toBe(true);
    expect(existsSync(path.join(folder, `${name}.css`)), `${folder}/${name}.css`).toBe(true);
    expect(existsSync(path.join(folder, `${name}.view.tsx`)), `${folder}/${name}.view.tsx`).toBe(true);
  });

  it.each(vocabulary)("%s has a story file", (type) => {
    const file = path.join(root, "stories/components", `${folderOf(type)}.stories.tsx`);
    expect(existsSync(file), file).toBe(true);
  });

  it("renders nothing outside the vocabulary by default", () => {
    expect(Object.keys(builtinViews).sort()).toEqual(vocabulary);
  });
});
