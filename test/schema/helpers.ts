// Reading the sample corpus and finding nodes in widget trees, for the schema tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findCorpusDir } from "../../scripts/corpus.mjs";
import { SPEC_DATA } from "../../src/schema/generated/specs";
import { ON_DEMAND_NODES } from "../../src/schema/generated/specs-on-demand";

export interface CorpusWidget {
  file: string;
  preview: Record<string, unknown>;
}

export function loadCorpus(): CorpusWidget[] {
  const dir = findCorpusDir();
  return readdirSync(dir)
    .filter((file) => file.endsWith(".widget"))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { outputJsonPreview: Record<string, unknown> };
      return { file, preview: parsed.outputJsonPreview };
    });
}

export function corpusPreview(name: string): Record<string, unknown> {
  const found = loadCorpus().find((widget) => widget.file === `${name}.widget`);
  if (!found) throw new Error(`No corpus widget ${name}`);
  return structuredClone(found.preview);
}

type Json = Record<string, unknown>;

/** Depth-first search for the first node matching `predicate`; returns it with its JSON path. */
export function findNode(root: Json, predicate: (node: Json) => boolean): { node: Json; path: string } {
  const stack: Array<{ node: Json; path: string }> = [{ node: root, path: "" }];
  while (stack.length > 0) {
    const { node, path: nodePath } = stack.shift()!;
    if (predicate(node)) return { node, path: nodePath };
    const children = node.children;
    const prefix = nodePath === "" ? "children" : `${nodePath}.children`;
    if (Array.isArray(children)) {
      children.forEach((child, index) => {
        if (child && typeof child === "object") stack.push({ node: child as Json, path: `${prefix}[${index}]` });
      });
    } else if (children && typeof children === "object") {
      stack.push({ node: children as Json, path: prefix });
    }
  }
  throw new Error("No matching node");
}

/** Reads a node of a parsed tree by a path like `children[0].children[2]`. */
export function nodeAt(root: unknown, nodePath: string): Json {
  let current = root as Json;
  for (const match of nodePath.matchAll(/children(?:\[(\d+)\])?/g)) {
    const next = current.children as unknown;
    current = (match[1] === undefined ? next : (next as unknown[])[Number(match[1])]) as Json;
  }
  return current;
}

/** A seeded PRNG (mulberry32) returning numbers in [0, 1), so a failing random case reproduces from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every built-in node's spec data: the everyday types' (generated/specs.ts) and the on-demand types'. */
export const ALL_NODE_SPECS = [...SPEC_DATA.nodes, ...ON_DEMAND_NODES];
