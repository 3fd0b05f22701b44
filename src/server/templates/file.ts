// `.widget` files (Widget Builder exports): the JSON envelope and its `encodedWidget` Studio project.
import * as z from "zod/mini";

const widgetFileSchema = z.object({
  version: z.literal("1.0", { error: 'version must be "1.0"' }),
  name: z.string(),
  template: z.string(),
  jsonSchema: z.optional(z.record(z.string(), z.unknown())),
  outputJsonPreview: z.optional(z.unknown()),
  encodedWidget: z.optional(z.string()),
});

/** A parsed `.widget` file. Unknown top-level fields are kept out (the format defines none). */
export type WidgetFile = z.infer<typeof widgetFileSchema>;

/** What `encodedWidget` holds once decoded. */
export type EncodedWidget =
  /** The Widget Builder project: JSX view, zod schema source, `defaultState` sample data. */
  | { kind: "project"; project: WidgetBuilderProject }
  /** Some exports carry the Jinja template itself instead of a project. */
  | { kind: "template"; source: string }
  /** Not base64url, or neither JSON nor text. */
  | { kind: "unreadable"; reason: string };

export interface WidgetBuilderProject {
  id?: string;
  name?: string;
  view?: string;
  schema?: string;
  jsonSchema?: unknown;
  defaultState?: Record<string, unknown>;
  [key: string]: unknown;
}

export class WidgetFileError extends Error {
  override name = "WidgetFileError";
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, "");
}

/**
 * Validates a `.widget` file (its text or the parsed object). Throws `WidgetFileError` with one
 * path-named issue per problem (`version: version must be "1.0"`, `template: …`).
 */
export function parseWidgetFile(input: unknown): WidgetFile {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new WidgetFileError(`The .widget file is not JSON: ${(error as Error).message}`);
    }
  }
  const result = widgetFileSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
    throw new WidgetFileError(`Invalid .widget file: ${summary}`, issues);
  }
  return result.data;
}

/** base64url (or plain base64) to UTF-8 text, in Node and in browsers. */
function decodeBase64Url(encoded: string): string {
  const base64 = encoded.trim().replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function decodeEncodedWidget(encoded: string): EncodedWidget {
  let text: string;
  try {
    text = decodeBase64Url(encoded);
  } catch (error) {
    return { kind: "unreadable", reason: `not base64url UTF-8 text (${(error as Error).message})` };
  }
  try {
    const project = JSON.parse(text) as unknown;
    if (project && typeof project === "object" && !Array.isArray(project)) {
      return { kind: "project", project: project as WidgetBuilderProject };
    }
  } catch {
    // Not JSON: Jinja source is the other known content.
  }
  return { kind: "template", source: text };
}

/** The Widget Builder sample data (`defaultState`), when the file carries a project that has one. */
export function widgetFileDefaultState(file: WidgetFile): Record<string, unknown> | undefined {
  if (!file.encodedWidget) return undefined;
  const decoded = decodeEncodedWidget(file.encodedWidget);
  if (decoded.kind !== "project") return undefined;
  const state = decoded.project.defaultState;
  return state && typeof state === "object" && !Array.isArray(state) ? state : undefined;
}
