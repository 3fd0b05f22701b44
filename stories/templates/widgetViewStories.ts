// Stories for a folder of Widget Builder views (`<name>.widget.jsx` + `<name>.state.json` + optional
// `<name>.schema.ts|json`): each view becomes a `.widget` file through `createWidgetFile`, and the story
// shows the file rendered by the template engine, after checking it equals the view's own evaluation.
import { createWidgetFile, evaluateView, normalizeWidget } from "../../src/builder";
import { buildWidget } from "../../src/server/templates";
import type { WidgetFileEntry } from "./widgetFileStories";

const stem = (path: string, suffix: RegExp) => path.split("/").pop()!.replace(suffix, "");

const normalized = (value: unknown) => JSON.stringify(normalizeWidget(value));

/**
 * Entries for every view by name. `exported` lists the names the stories module exports, so a view added
 * to the folder without a story fails loudly. Throws when a view has no state file or when its compiled
 * template does not render what the view evaluates to.
 */
export function widgetViewEntries(
  views: Record<string, string>,
  jsonFiles: Record<string, string>,
  zodSchemas: Record<string, string>,
  exported: string[],
): Map<string, WidgetFileEntry> {
  const byName = new Map(Object.entries(views).map(([path, text]) => [stem(path, /\.widget\.jsx$/), text]));
  const missing = [...byName.keys()].filter((name) => !exported.includes(name));
  if (missing.length > 0) throw new Error(`views without a story: ${missing.join(", ")}`);
  const json = new Map(Object.entries(jsonFiles).map(([path, text]) => [stem(path, /\.json$/), text]));
  const zod = new Map(Object.entries(zodSchemas).map(([path, text]) => [stem(path, /\.ts$/), text]));
  const entries = new Map<string, WidgetFileEntry>();
  for (const name of exported) {
    const view = byName.get(name);
    if (view === undefined) throw new Error(`story for a missing view: ${name}`);
    const stateText = json.get(`${name}.state`);
    if (stateText === undefined) throw new Error(`${name}.widget.jsx has no ${name}.state.json`);
    const state = JSON.parse(stateText) as Record<string, unknown>;
    const schemaText = json.get(`${name}.schema`);
    const schema = schemaText !== undefined ? (JSON.parse(schemaText) as Record<string, unknown>) : zod.get(`${name}.schema`);
    if (schema === undefined) throw new Error(`${name}.widget.jsx has no ${name}.schema.ts or .schema.json`);
    const file = createWidgetFile({ name, view, schema, defaultState: state });
    const widget = buildWidget(file, state);
    const expected = evaluateView(view, state);
    if (normalized(widget) !== normalized(expected)) {
      throw new Error(`${name}: the compiled template renders ${normalized(widget)}, the view ${normalized(expected)}`);
    }
    entries.set(name, { name, title: name, widget, source: { kind: "defaultState" } });
  }
  return entries;
}
