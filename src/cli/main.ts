// `chat-widgets validate|render|build`: checks widget JSON and `.widget` files, renders templates and
// Widget Builder views, writes `.widget` files from views.
import { readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseWidget, type WidgetIssue } from "../schema";
import {
  TemplateDataError,
  TemplateRenderError,
  WidgetFileError,
  WidgetValidationError,
  buildWidgetResult,
  widgetFileDefaultState,
} from "../server/templates";
import { loadWidgetFile } from "../server/templates/node";
import { createWidgetFile, evaluateView, stringifyWidgetFile, ViewError, WidgetStateError } from "../builder";

export const USAGE = `Usage:
  chat-widgets validate [--strict] <file>...
      Validate widget JSON files and .widget template files. For a .widget file: the file
      itself, its outputJsonPreview and the rendering of its Widget Builder defaultState.
  chat-widgets render [--strict] [--data <data.json>] [--no-validate-data] <file.widget | view.widget.jsx>
      Render a .widget template, or evaluate a Widget Builder view (.jsx), with the data and print the
      widget JSON. Default data: the file's defaultState, or for a view its sibling <name>.state.json.
  chat-widgets build <view.widget.jsx> [--state <state.json>] [--schema <schema.json | schema.ts>]
                     [--name <name>] [-o <file.widget>]
      Write a .widget file from a view: template compiled from the view, jsonSchema (JSON Schema, or
      the Builder's zod source), outputJsonPreview from the state, and the project in encodedWidget.
      Defaults: --state <name>.state.json, --schema <name>.schema.json or .schema.ts next to the view,
      --name the view's file name, standard output.

Options:
  --strict            treat schema warnings (unknown props, icon names, …) as errors
  --data <file>       JSON data for the template ("-" reads standard input)
  --no-validate-data  skip the check of the data against the file's jsonSchema
  --state <file>      sample state for build (JSON object)
  --schema <file>     data schema for build: .json (JSON Schema) or .ts/.js (zod source)
  --name <name>       widget name for build
  -o, --out <file>    where build writes the .widget file
  -h, --help          show this help

Exit status: 0 valid, 1 invalid or failed (messages name file, line and column), 2 wrong usage.`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

class UsageError extends Error {}

function formatIssue(file: string, where: string, issue: { path: string; message: string }): string {
  const path = issue.path ? `${where}${where && !issue.path.startsWith("[") ? "." : ""}${issue.path}` : where;
  return `${file}: ${path ? `${path}: ` : ""}${issue.message}`;
}

/** Explains a template failure as `file: where: message` lines. */
function describeFailure(file: string, where: string, error: unknown): string[] {
  if (error instanceof TemplateDataError) return error.issues.map((issue) => `${file}: ${where}: ${issue.path}: ${issue.message}`);
  if (error instanceof WidgetValidationError) return error.issues.map((issue) => formatIssue(file, `${where} → widget`, issue));
  if (error instanceof TemplateRenderError) {
    const detail = error.message.replace(/^Rendering "[^"]*" failed: /, "");
    return [`${file}: ${where}: ${detail}`];
  }
  if (error instanceof WidgetFileError) {
    return error.issues.length > 0 ? error.issues.map((issue) => formatIssue(file, "", issue)) : [error.message];
  }
  throw error;
}

interface Report {
  errors: string[];
  warnings: string[];
}

function reportIssues(report: Report, file: string, where: string, errors: WidgetIssue[], warnings: WidgetIssue[]): void {
  report.errors.push(...errors.map((issue) => formatIssue(file, where, issue)));
  report.warnings.push(...warnings.map((issue) => formatIssue(file, where, issue)));
}

async function validateWidgetTemplateFile(path: string, strict: boolean): Promise<Report> {
  const report: Report = { errors: [], warnings: [] };
  let file;
  try {
    file = await loadWidgetFile(path);
  } catch (error) {
    if (error instanceof WidgetFileError && error.issues.length === 0) {
      report.errors.push(error.message.startsWith(path) ? error.message : `${path}: ${error.message}`);
    } else report.errors.push(...describeFailure(path, "", error));
    return report;
  }
  if (file.outputJsonPreview !== undefined) {
    const preview = parseWidget(file.outputJsonPreview, { strict });
    reportIssues(report, path, "outputJsonPreview", preview.ok ? [] : preview.issues, preview.warnings);
  }
  const state = widgetFileDefaultState(file);
  if (state) {
    try {
      const { warnings } = buildWidgetResult(file, state, { strict });
      reportIssues(report, path, "defaultState", [], warnings);
    } catch (error) {
      report.errors.push(...describeFailure(path, "defaultState", error));
    }
  }
  return report;
}

async function validateWidgetJsonFile(path: string, strict: boolean): Promise<Report> {
  const report: Report = { errors: [], warnings: [] };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report.errors.push(`${path}: ${code ? `cannot read (${code})` : `not JSON (${(error as Error).message})`}`);
    return report;
  }
  const result = parseWidget(json, { strict });
  reportIssues(report, path, "", result.ok ? [] : result.issues, result.warnings);
  return report;
}

async function validate(paths: string[], strict: boolean, io: CliIO): Promise<number> {
  if (paths.length === 0) throw new UsageError("validate needs at least one file");
  let failed = 0;
  for (const path of paths) {
    const report = path.endsWith(".widget")
      ? await validateWidgetTemplateFile(path, strict)
      : await validateWidgetJsonFile(path, strict);
    for (const line of report.errors) io.stderr(`error: ${line}`);
    for (const line of report.warnings) io.stderr(`warning: ${line}`);
    if (report.errors.length > 0) failed++;
    io.stdout(`${report.errors.length > 0 ? "✗" : "✓"} ${path}`);
  }
  io.stdout(failed > 0 ? `${failed} of ${paths.length} file(s) invalid` : `${paths.length} file(s) valid`);
  return failed > 0 ? 1 : 0;
}

async function render(
  paths: string[],
  options: { strict: boolean; data?: string; validateData: boolean },
  io: CliIO,
): Promise<number> {
  if (paths.length !== 1 || !(paths[0].endsWith(".widget") || isViewFile(paths[0]))) {
    throw new UsageError("render needs exactly one .widget file or view (.jsx) file");
  }
  const [path] = paths;
  if (isViewFile(path)) return renderView(path, options, io);
  const lines: string[] = [];
  try {
    const file = await loadWidgetFile(path);
    let data: Record<string, unknown> | undefined;
    if (options.data !== undefined) {
      const text = options.data === "-" ? await io.readStdin() : await readFile(options.data, "utf8");
      try {
        data = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        io.stderr(`error: ${options.data}: not JSON (${(error as Error).message})`);
        return 1;
      }
    } else {
      data = widgetFileDefaultState(file);
      if (!data) {
        io.stderr(`error: ${path}: has no defaultState; pass --data <file>`);
        return 1;
      }
    }
    const { widget, warnings } = buildWidgetResult(file, data, { strict: options.strict, validateData: options.validateData });
    for (const issue of warnings) io.stderr(`warning: ${formatIssue(path, "", issue)}`);
    io.stdout(JSON.stringify(widget, null, 2));
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) lines.push(`${options.data ?? path}: cannot read (${code})`);
    else if (error instanceof WidgetFileError && error.issues.length === 0) lines.push(error.message);
    else lines.push(...describeFailure(path, options.data ? `data ${options.data}` : "defaultState", error));
  }
  for (const line of lines) io.stderr(`error: ${line}`);
  return 1;
}

const VIEW_FILE = /\.(jsx|tsx)$/;

function isViewFile(path: string): boolean {
  return VIEW_FILE.test(path);
}

/** `cards/order.widget.jsx` → `cards/order` (the stem sibling files share). */
function viewStem(path: string): string {
  return path.replace(VIEW_FILE, "").replace(/\.widget$/, "");
}

async function readJsonObject(path: string, what: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliFailure(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(`${path}: not JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new CliFailure(`${path}: ${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** A failure already phrased for the user (`file: reason`). */
class CliFailure extends Error {}

function describeViewError(path: string, error: unknown): string[] {
  if (error instanceof ViewError) {
    const where = error.fileName.startsWith("schema") || error.fileName.endsWith(".schema") ? path.replace(/[^/]*$/, "") + error.fileName : path;
    return [`${where}:${error.line}:${error.column}: ${error.reason}`, ...(error.frame ? [error.frame] : [])];
  }
  if (error instanceof WidgetStateError) return error.issues.map((issue) => `${path}: ${error.stateName}: ${issue.path}: ${issue.message}`);
  if (error instanceof CliFailure) return [error.message];
  throw error;
}

async function renderView(path: string, options: { strict: boolean; data?: string }, io: CliIO): Promise<number> {
  try {
    const view = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new CliFailure(`${path}: cannot read (${error.code ?? error.message})`);
    });
    let state: Record<string, unknown>;
    if (options.data === "-") state = JSON.parse(await io.readStdin()) as Record<string, unknown>;
    else if (options.data !== undefined) state = await readJsonObject(options.data, "the data");
    else {
      const sibling = `${viewStem(path)}.state.json`;
      state = existsSync(sibling) ? await readJsonObject(sibling, "the state") : {};
    }
    const json = evaluateView(view, state, { fileName: path });
    const result = parseWidget(json, { strict: options.strict });
    for (const issue of result.warnings) io.stderr(`warning: ${formatIssue(path, "", issue)}`);
    if (!result.ok) {
      for (const issue of result.issues) io.stderr(`error: ${formatIssue(path, "", issue)}`);
      return 1;
    }
    io.stdout(JSON.stringify(json, null, 2));
    return 0;
  } catch (error) {
    for (const line of describeViewError(path, error)) io.stderr(`error: ${line}`);
    return 1;
  }
}

async function build(
  paths: string[],
  options: { state?: string; schema?: string; name?: string; out?: string; strict: boolean },
  io: CliIO,
): Promise<number> {
  if (paths.length !== 1 || !isViewFile(paths[0])) throw new UsageError("build needs exactly one view (.jsx) file");
  const [path] = paths;
  const stem = viewStem(path);
  try {
    const view = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new CliFailure(`${path}: cannot read (${error.code ?? error.message})`);
    });
    const statePath = options.state ?? `${stem}.state.json`;
    if (!options.state && !existsSync(statePath)) throw new CliFailure(`${path}: no state; pass --state <file> or add ${statePath}`);
    const defaultState = await readJsonObject(statePath, "the state");
    const schemaPath = options.schema ?? [`${stem}.schema.json`, `${stem}.schema.ts`, `${stem}.schema.js`].find((candidate) => existsSync(candidate));
    let schema: Record<string, unknown> | string;
    if (!schemaPath) {
      io.stderr(`warning: ${path}: no schema; the file accepts any object as data (pass --schema)`);
      schema = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object" };
    } else if (schemaPath.endsWith(".json")) schema = await readJsonObject(schemaPath, "the schema");
    else {
      schema = await readFile(schemaPath, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new CliFailure(`${schemaPath}: cannot read (${error.code ?? error.message})`);
      });
    }
    const name = options.name ?? stem.split("/").at(-1)!;
    const file = createWidgetFile({ name, view, schema, defaultState });
    const preview = parseWidget(file.outputJsonPreview, { strict: options.strict });
    for (const issue of preview.warnings) io.stderr(`warning: ${formatIssue(path, "outputJsonPreview", issue)}`);
    if (!preview.ok) {
      for (const issue of preview.issues) io.stderr(`error: ${formatIssue(path, "outputJsonPreview", issue)}`);
      return 1;
    }
    const text = stringifyWidgetFile(file);
    if (options.out) {
      await writeFile(options.out, text);
      io.stdout(`✓ ${options.out}`);
    } else io.stdout(text.trimEnd());
    return 0;
  } catch (error) {
    for (const line of describeViewError(path, error)) io.stderr(`error: ${line}`);
    return 1;
  }
}

/** Runs the CLI with `argv` (without node and script) and returns the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        strict: { type: "boolean", default: false },
        data: { type: "string" },
        "no-validate-data": { type: "boolean", default: false },
        state: { type: "string" },
        schema: { type: "string" },
        name: { type: "string" },
        out: { type: "string", short: "o" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    const [command, ...files] = positionals;
    if (values.help || command === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (command === "validate") {
      if (values.data !== undefined) throw new UsageError("--data belongs to render");
      return await validate(files, values.strict, io);
    }
    if (command === "render") {
      return await render(files, { strict: values.strict, data: values.data, validateData: !values["no-validate-data"] }, io);
    }
    if (command === "build") {
      if (values.data !== undefined) throw new UsageError("build takes --state, not --data");
      return await build(files, { state: values.state, schema: values.schema, name: values.name, out: values.out, strict: values.strict }, io);
    }
    throw new UsageError(command ? `unknown command "${command}"` : "missing command");
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`chat-widgets: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
