// createWidgetFile: a Builder project (view, schema, default state) → a `.widget` file in the Widget
// Builder's own format, readable by `parseWidgetFile` / `buildWidget` and by chatkit-python.
import { compileView } from "./compile";
import { evaluateView, parseView, type ViewValue } from "./evaluate";
import { jsonSchemaFromZodSource, type JsonSchema } from "./schema";
import { ViewError } from "./parse";
import { validateTemplateData, type DataIssue } from "../server/templates/build";
import type { WidgetFile } from "../server/templates/file";

/** One named sample state of a project (the Builder's "states" list). */
export interface WidgetState {
  name: string;
  state: Record<string, unknown>;
}

export interface CreateWidgetFileInput {
  /** The widget's name (the file's `name`). */
  name: string;
  /** The JSX view in the Builder's language. */
  view: string;
  /**
   * The data schema: a JSON Schema object (draft 2020-12), or the Builder's zod source text
   * (`import { z } from "zod"; … export default X`), interpreted without running it.
   */
  schema: JsonSchema | string;
  /** Sample data: the preview (`outputJsonPreview`) is the view evaluated with it. */
  defaultState: Record<string, unknown>;
  /** More named sample states, kept in the project. */
  states?: WidgetState[];
  /** The project id (`wig_…`); a stable one is derived from the name when absent. */
  id?: string;
}

/** The data does not match the schema, so the file would describe data its own sample breaks. */
export class WidgetStateError extends Error {
  override name = "WidgetStateError";
  constructor(
    readonly stateName: string,
    readonly issues: DataIssue[],
  ) {
    super(`${stateName} does not match the schema: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`);
  }
}

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function projectId(name: string): string {
  // FNV-1a over the name: a stable id, so re-exporting the same project gives the same file.
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `wig_${hash.toString(36).padStart(8, "0").slice(0, 8)}`;
}

/**
 * Builds a `.widget` file (`{version: "1.0", name, template, jsonSchema, outputJsonPreview,
 * encodedWidget}`) from a Builder project: `template` is `compileView(view)`, `outputJsonPreview` is
 * `evaluateView(view, defaultState)`, `jsonSchema` is the schema (converted from zod source when given
 * as text), and `encodedWidget` is the project itself (base64url JSON: id, name, view, defaultState,
 * schemaMode, jsonSchema, schema, states, validity flags), so the Builder and `decodeEncodedWidget`
 * read it back. Throws `ViewError` for a view or schema source that does not parse or compile, and
 * `WidgetStateError` when `defaultState` or a named state does not match the schema.
 */
export function createWidgetFile(input: CreateWidgetFileInput): WidgetFile {
  const view = parseView(input.view, { fileName: `${input.name}.view` });
  const zodSource = typeof input.schema === "string" ? input.schema : undefined;
  const jsonSchema = typeof input.schema === "string" ? jsonSchemaFromZodSource(input.schema, { fileName: `${input.name}.schema` }) : input.schema;
  const template = compileView(view);
  const states = input.states ?? [];
  for (const { name, state } of [{ name: "defaultState", state: input.defaultState }, ...states]) {
    const issues = validateTemplateData(jsonSchema, state);
    if (issues.length > 0) throw new WidgetStateError(name, issues);
  }
  const outputJsonPreview: ViewValue = evaluateView(view, input.defaultState);
  const project = {
    id: input.id ?? projectId(input.name),
    name: input.name,
    view: input.view,
    defaultState: input.defaultState,
    schemaMode: zodSource !== undefined ? "zod" : "json",
    jsonSchema,
    schema: zodSource ?? JSON.stringify(jsonSchema, null, 2),
    states,
    schemaValidity: "valid",
    viewValidity: "valid",
    defaultStateValidity: "valid",
  };
  return {
    version: "1.0",
    name: input.name,
    template,
    jsonSchema,
    outputJsonPreview,
    encodedWidget: base64Url(JSON.stringify(project)),
  };
}

/** `createWidgetFile` as the text of a `.widget` file (pretty JSON with a final newline). */
export function stringifyWidgetFile(file: WidgetFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export { ViewError };
