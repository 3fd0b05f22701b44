// Widget JSON written by other people (public repositories, docs, bug reports) plus the inputs of the leniency
// issue, one file each under ./wild/, described by ./wild/manifest.json. Shared by the gallery stories and tests.
import manifest from "./wild/manifest.json";

const files = import.meta.glob<unknown>("./wild/*.json", { import: "default", eager: true });

/** Where a wild widget comes from: a repository file (with commit) or a page / issue URL. */
export interface WildWidgetSource {
  repository?: string;
  path?: string;
  commit?: string;
  url: string;
  origin?: string;
}

/** One manifest entry: the file, its source, licence and how the JSON was obtained. */
export interface WildWidgetEntry {
  file: string;
  title: string;
  source: WildWidgetSource;
  licence: string;
  /** "verbatim JSON", "verbatim outputJsonPreview of a .widget file", "translated: …", "template output: …". */
  form: string;
  notes: string;
}

/** A manifest entry with its widget JSON, exactly as the file holds it. */
export interface WildWidget extends WildWidgetEntry {
  /** File name without `.json`; the story and test id. */
  name: string;
  widget: unknown;
}

/** Every widget of the manifest, in manifest order. Throws at load when an entry has no file. */
export const wildWidgets: readonly WildWidget[] = (manifest.widgets as WildWidgetEntry[]).map((entry) => {
  const key = `./wild/${entry.file}`;
  if (!(key in files)) throw new Error(`wild manifest names ${entry.file}, which does not exist`);
  return { ...entry, name: entry.file.replace(/\.json$/, ""), widget: files[key] };
});

/** Widget files on disk (manifest.json excluded), for the check that each one has a manifest entry. */
export const wildWidgetFiles: readonly string[] = Object.keys(files)
  .map((key) => key.replace("./wild/", ""))
  .filter((file) => file !== "manifest.json");

/** The widget called `name` (file name without `.json`). */
export function wildWidget(name: string): WildWidget {
  const found = wildWidgets.find((widget) => widget.name === name);
  if (!found) throw new Error(`No wild widget named ${name}`);
  return found;
}
