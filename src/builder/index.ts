// chat-widgets/builder: author `.widget` files in the Widget Builder's own language (JSX view, zod or
// JSON schema, sample state): evaluate a view, compile it to a Jinja template, write the file.
// For authoring tools (CLI, Storybook, scripts, tests); the renderer and the server kit do not need it.
export { evaluateView, parseView, truthy, type EvaluateViewOptions, type ParsedView, type ViewValue, type ViewElement } from "./evaluate";
export { compileView, jinjaString } from "./compile";
export { ViewError, type SourcePosition } from "./parse";
export { zodSchemaFromSource, jsonSchemaFromZodSource, type JsonSchema } from "./schema";
export {
  createWidgetFile,
  stringifyWidgetFile,
  WidgetStateError,
  type CreateWidgetFileInput,
  type WidgetState,
} from "./file";
export { normalizeWidget } from "./normalize";
