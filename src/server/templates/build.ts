// buildWidget: data → (jsonSchema check) → Jinja2 rendering → JSON → validated widget root.
import Ajv2020Import from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import {
  parseWidget,
  type InvalidNode,
  type ParseWidgetOptions,
  type WidgetIssue,
  type WidgetRoot,
} from "../../schema";
import {
  TemplateLimitError,
  TemplateUndefinedError,
  TemplateUnsupportedError,
  compileTemplate,
  type CompiledTemplate,
  type TemplateLimits,
} from "./jinja";
import { parseWidgetFile, type WidgetFile } from "./file";

export interface DataIssue {
  /** `data.items[0].name` */
  path: string;
  message: string;
}

/** The data does not match the file's `jsonSchema`. */
export class TemplateDataError extends Error {
  override name = "TemplateDataError";
  constructor(
    readonly templateName: string,
    readonly issues: DataIssue[],
  ) {
    super(`Data for "${templateName}" does not match its jsonSchema: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  }
}

/** `limit`: the render crossed a `TemplateLimits` bound (the `cause` is the `TemplateLimitError`). */
export type TemplateRenderFailure = "syntax" | "undefined" | "unsupported" | "runtime" | "limit" | "json";

/** The template did not render, or rendered text that is not JSON. */
export class TemplateRenderError extends Error {
  override name = "TemplateRenderError";
  constructor(
    readonly templateName: string,
    readonly reason: TemplateRenderFailure,
    detail: string,
    /** The missing variable when `reason` is "undefined" (`item.name`). */
    readonly variable?: string,
    /** The rendered text when `reason` is "json". */
    readonly rendered?: string,
    options?: ErrorOptions,
  ) {
    super(`Rendering "${templateName}" failed: ${detail}`, options);
  }
}

/** The rendered JSON is not a valid widget root. */
export class WidgetValidationError extends Error {
  override name = "WidgetValidationError";
  constructor(
    readonly templateName: string,
    readonly issues: WidgetIssue[],
    readonly warnings: WidgetIssue[],
    readonly partial: WidgetRoot | InvalidNode,
    summary: string,
  ) {
    super(`"${templateName}" rendered an invalid widget: ${summary}`);
  }
}

export interface BuildWidgetOptions extends Pick<ParseWidgetOptions, "strict" | "customNodes"> {
  /** Check the data against the file's `jsonSchema` first (default true; chatkit-python does not). */
  validateData?: boolean;
  /** Overrides of `DEFAULT_TEMPLATE_LIMITS` (output, string and sequence sizes, iterations, depth). */
  limits?: Partial<TemplateLimits>;
}

export interface BuildWidgetResult {
  widget: WidgetRoot;
  warnings: WidgetIssue[];
  /** The template output, exactly as rendered. */
  rendered: string;
}

// ajv ships CommonJS; depending on the bundler the class is the module or its `default`.
const Ajv2020 = ((Ajv2020Import as unknown as { default?: unknown }).default ?? Ajv2020Import) as typeof Ajv2020Import;

let ajv: InstanceType<typeof Ajv2020> | undefined;
const validators = new WeakMap<object, ValidateFunction>();
const templates = new WeakMap<WidgetFile, CompiledTemplate>();

function getAjv() {
  if (!ajv) {
    // Widget Builder schemas are draft 2020-12; `strict: false` tolerates their extra keywords.
    ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
    ajv.addFormat("uri", (text: string) => {
      try {
        new URL(text);
        return true;
      } catch {
        return false;
      }
    });
  }
  return ajv;
}

function pointerToPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), "data");
}

function dataIssue(error: ErrorObject): DataIssue {
  const path = pointerToPath(error.instancePath);
  if (error.keyword === "required") {
    return { path: `${path}.${(error.params as { missingProperty: string }).missingProperty}`, message: "is required" };
  }
  if (error.keyword === "additionalProperties") {
    return { path: `${path}.${(error.params as { additionalProperty: string }).additionalProperty}`, message: "is not allowed" };
  }
  return { path, message: error.message ?? error.keyword };
}

/** Checks `data` against `schema` (JSON Schema 2020-12); returns path-named issues, empty when valid. */
export function validateTemplateData(schema: Record<string, unknown>, data: unknown): DataIssue[] {
  let validate = validators.get(schema);
  if (!validate) {
    validate = getAjv().compile(schema);
    validators.set(schema, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map(dataIssue);
}

function compiled(file: WidgetFile): CompiledTemplate {
  let template = templates.get(file);
  if (!template) {
    try {
      template = compileTemplate(file.template);
    } catch (error) {
      throw new TemplateRenderError(file.name, "syntax", (error as Error).message, undefined, undefined, { cause: error });
    }
    templates.set(file, template);
  }
  return template;
}

/** Renders the template with `data` and returns the text (after the optional jsonSchema check). */
export function renderWidgetTemplate(
  file: WidgetFile,
  data: Record<string, unknown> | null | undefined,
  options: Pick<BuildWidgetOptions, "validateData" | "limits"> = {},
): string {
  const context = data ?? {};
  if (options.validateData !== false && file.jsonSchema) {
    const issues = validateTemplateData(file.jsonSchema, context);
    if (issues.length > 0) throw new TemplateDataError(file.name, issues);
  }
  const template = compiled(file);
  try {
    return template.render(context, { limits: options.limits });
  } catch (error) {
    if (error instanceof TemplateUndefinedError) {
      throw new TemplateRenderError(file.name, "undefined", error.message, error.variable, undefined, { cause: error });
    }
    const reason = error instanceof TemplateUnsupportedError ? "unsupported" : error instanceof TemplateLimitError ? "limit" : "runtime";
    throw new TemplateRenderError(file.name, reason, (error as Error).message, undefined, undefined, { cause: error });
  }
}

/** Like `buildWidget`, also returning the schema warnings and the rendered text. */
export function buildWidgetResult(
  file: WidgetFile | string,
  data?: Record<string, unknown> | null,
  options: BuildWidgetOptions = {},
): BuildWidgetResult {
  const widgetFile = typeof file === "string" ? parseWidgetFile(file) : file;
  const rendered = renderWidgetTemplate(widgetFile, data, options);
  let json: unknown;
  try {
    json = JSON.parse(rendered);
  } catch (error) {
    throw new TemplateRenderError(
      widgetFile.name,
      "json",
      `the output is not JSON (${(error as Error).message})`,
      undefined,
      rendered,
      { cause: error },
    );
  }
  const result = parseWidget(json, { strict: options.strict, customNodes: options.customNodes });
  if (!result.ok) {
    throw new WidgetValidationError(widgetFile.name, result.issues, result.warnings, result.partial, result.summary);
  }
  return { widget: result.widget, warnings: result.warnings, rendered };
}

/**
 * Python's `WidgetTemplate.build(data)`: fills the template (Jinja2 semantics, StrictUndefined),
 * parses the JSON and validates it into a typed widget root. Throws `TemplateDataError`,
 * `TemplateRenderError` or `WidgetValidationError`.
 */
export function buildWidget(
  file: WidgetFile | string,
  data?: Record<string, unknown> | null,
  options?: BuildWidgetOptions,
): WidgetRoot {
  return buildWidgetResult(file, data, options).widget;
}

