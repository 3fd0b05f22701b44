// `chat-widgets validate|render`: checks widget JSON and `.widget` files, renders templates.
import { readFile } from "node:fs/promises";
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

export const USAGE = `Usage:
  chat-widgets validate [--strict] <file>...
      Validate widget JSON files and .widget template files. For a .widget file: the file
      itself, its outputJsonPreview and the rendering of its Widget Builder defaultState.
  chat-widgets render [--strict] [--data <data.json>] [--no-validate-data] <file.widget>
      Render a .widget template with the data (default: its defaultState) and print the widget JSON.

Options:
  --strict            treat schema warnings (unknown props, icon names, …) as errors
  --data <file>       JSON data for the template ("-" reads standard input)
  --no-validate-data  skip the check of the data against the file's jsonSchema
  -h, --help          show this help

Exit status: 0 valid, 1 invalid or failed, 2 wrong usage.`;

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
  if (paths.length !== 1 || !paths[0].endsWith(".widget")) throw new UsageError("render needs exactly one .widget file");
  const [path] = paths;
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
    throw new UsageError(command ? `unknown command "${command}"` : "missing command");
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`chat-widgets: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
