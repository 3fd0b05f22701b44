// Widget equality as the Builder's language defines it: key order ignored, `null` and absent props alike,
// empty and absent `children` alike.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { findCorpusDir } from "../../scripts/corpus.mjs";
import { decodeEncodedWidget, parseWidgetFile, type WidgetBuilderProject, type WidgetFile } from "../../src/server/templates";

export function normalizeWidget(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeWidget);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === null || item === undefined) continue;
      if (key === "children" && Array.isArray(item) && item.length === 0) continue;
      out[key] = normalizeWidget(item);
    }
    return out;
  }
  return value;
}

export interface CorpusProject {
  name: string;
  file: WidgetFile;
  project: WidgetBuilderProject & { view: string; defaultState: Record<string, unknown> };
}

/** The corpus `.widget` files that carry a Builder project (view + defaultState). */
export function corpusProjects(): CorpusProject[] {
  const dir = findCorpusDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith(".widget"))
    .sort()
    .flatMap((name) => {
      const file = parseWidgetFile(readFileSync(path.join(dir, name), "utf8"));
      const decoded = file.encodedWidget ? decodeEncodedWidget(file.encodedWidget) : undefined;
      if (decoded?.kind !== "project" || typeof decoded.project.view !== "string") return [];
      return [{ name: name.replace(/\.widget$/, ""), file, project: decoded.project as CorpusProject["project"] }];
    });
}
