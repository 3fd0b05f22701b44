// Corpus `.widget` files with a Builder project; widgets are compared with `normalizeWidget` from the builder.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { findCorpusDir } from "../../scripts/corpus.mjs";
export { normalizeWidget } from "../../src/builder";
import { decodeEncodedWidget, parseWidgetFile, type WidgetBuilderProject, type WidgetFile } from "../../src/server/templates";

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
