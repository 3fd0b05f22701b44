// Parsing Widget Builder sources (JSX views, zod schema modules) with acorn + acorn-jsx, and the error
// type every authoring function throws: one message with the line and column it is about.
import { Parser, type Node as AcornNode } from "acorn";
import jsx from "acorn-jsx";

/** An ESTree node as acorn produces it (with `loc`). Kept loose: the interpreters check `type` themselves. */
export interface EsNode extends AcornNode {
  [key: string]: unknown;
}

const JsxParser = Parser.extend(jsx());

/** Where a problem is in the source: 1-based line, 1-based column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * A view or schema source that cannot be parsed or evaluated. `message` reads
 * `view.jsx:12:7: <reason>`; `line` and `column` (1-based) point at the construct, `reason` is the
 * message without the position, `frame` shows the line with a caret.
 */
export class ViewError extends Error {
  override name = "ViewError";
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    readonly source: string = "",
    readonly fileName = "view",
  ) {
    super(`${fileName}:${line}:${column}: ${reason}`);
  }

  /** The offending line with a caret under the column (empty when the source is unknown). */
  get frame(): string {
    const text = this.source.split(/\r?\n/)[this.line - 1];
    if (text === undefined) return "";
    return `${String(this.line).padStart(4)} | ${text}\n     | ${" ".repeat(Math.max(0, this.column - 1))}^`;
  }
}

/** The position of `node` (acorn columns are 0-based; ours are 1-based). */
export function positionOf(node: EsNode | undefined): SourcePosition {
  const loc = node?.loc;
  return loc ? { line: loc.start.line, column: loc.start.column + 1 } : { line: 1, column: 1 };
}

export interface ParseOptions {
  /** Name used in error messages (`view`, `event_list.widget.jsx`). */
  fileName?: string;
}

/**
 * Parses source text as an ES module with JSX. Throws `ViewError` with acorn's position on a syntax
 * error. The returned Program is not evaluated; the interpreters decide what they accept.
 */
export function parseModule(source: string, options: ParseOptions = {}): EsNode {
  try {
    return JsxParser.parse(source, {
      ecmaVersion: "latest",
      sourceType: "module",
      locations: true,
      allowReturnOutsideFunction: false,
    }) as unknown as EsNode;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const reason = (error as Error).message.replace(/\s*\(\d+:\d+\)$/, "");
    throw new ViewError(`syntax error: ${reason}`, loc?.line ?? 1, (loc?.column ?? 0) + 1, source, options.fileName);
  }
}

/** Makes a `ViewError` for `node` in `source`. */
export function errorAt(node: EsNode | undefined, reason: string, source: string, fileName?: string): ViewError {
  const { line, column } = positionOf(node);
  return new ViewError(reason, line, column, source, fileName);
}
