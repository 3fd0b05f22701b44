// A Jinja2-compatible template engine for `.widget` templates: @huggingface/jinja parses, `Evaluator`
// renders with Jinja2's semantics under StrictUndefined (the environment chatkit-python uses).
import { parse, tokenize } from "@huggingface/jinja";
import { Evaluator, TemplateUnsupportedError, type AstNode } from "./evaluator";
import { TemplateRuntimeError, TemplateUndefinedError, fromJs, type Value } from "./values";
import { DEFAULT_TEMPLATE_LIMITS, TemplateLimitError, withLimits, type TemplateLimits } from "./limits";

export { TemplateRuntimeError, TemplateUndefinedError, TemplateUnsupportedError };
export { DEFAULT_TEMPLATE_LIMITS, TemplateLimitError, type TemplateLimits };
export { jinjaToJson, pythonJsonDumps, floatRepr } from "./values";

/** The template source does not parse. */
export class TemplateSyntaxError extends Error {
  override name = "TemplateSyntaxError";
}

export interface RenderOptions {
  /** Overrides of `DEFAULT_TEMPLATE_LIMITS` for this template or render; crossing one throws `TemplateLimitError`. */
  limits?: Partial<TemplateLimits>;
}

export interface CompiledTemplate {
  readonly source: string;
  /**
   * Renders with `context` as the template's variables; throws the errors above, or `TemplateLimitError`
   * when the render would exceed a limit (output, string or sequence size, iterations, depth).
   */
  render(context?: Record<string, unknown>, options?: RenderOptions): string;
}

/**
 * Parses a Jinja2 template once. Whitespace handling follows Jinja2's defaults (no trim_blocks,
 * no lstrip_blocks, one trailing newline dropped, `{%-`/`-%}` strip explicitly).
 */
export function compileTemplate(source: string, options: RenderOptions = {}): CompiledTemplate {
  let program: AstNode;
  try {
    program = parse(tokenize(source, {})) as unknown as AstNode;
  } catch (error) {
    throw new TemplateSyntaxError(`Template does not parse: ${(error as Error).message}`, { cause: error });
  }
  return {
    source,
    render(context = {}, renderOptions = {}) {
      return withLimits({ ...options.limits, ...renderOptions.limits }, () => {
        const variables = new Map<string, Value>();
        for (const [name, value] of Object.entries(context)) {
          if (value !== undefined) variables.set(name, fromJs(value));
        }
        return new Evaluator(variables).render(program);
      });
    },
  };
}

/** `compileTemplate(source).render(context, options)`. */
export function renderTemplate(source: string, context?: Record<string, unknown>, options?: RenderOptions): string {
  return compileTemplate(source).render(context, options);
}
