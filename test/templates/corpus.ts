// Reads the ChatKit sample `.widget` files and their reference renderings (Python Jinja2, StrictUndefined).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { findCorpusDir } from "../../scripts/corpus.mjs";

export const corpusDir: string = findCorpusDir();

export type Reference = { data: Record<string, unknown>; rendered: unknown } | { data: Record<string, unknown>; error: string };

export interface CorpusSample {
  name: string;
  path: string;
  text: string;
  reference?: Reference;
}

export function corpusSamples(): CorpusSample[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith(".widget"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.widget$/, "");
      const referencePath = path.join(corpusDir, "rendered", `${name}.json`);
      return {
        name,
        path: path.join(corpusDir, file),
        text: readFileSync(path.join(corpusDir, file), "utf8"),
        reference: existsSync(referencePath) ? (JSON.parse(readFileSync(referencePath, "utf8")) as Reference) : undefined,
      };
    });
}
