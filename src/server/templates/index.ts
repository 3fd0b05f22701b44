// `.widget` templates (Widget Builder exports), usable in Node and in browsers. File reading: ./node.
export {
  parseWidgetFile,
  decodeEncodedWidget,
  widgetFileDefaultState,
  WidgetFileError,
  type WidgetFile,
  type EncodedWidget,
  type WidgetBuilderProject,
} from "./file";
export {
  buildWidget,
  buildWidgetResult,
  renderWidgetTemplate,
  validateTemplateData,
  TemplateDataError,
  TemplateRenderError,
  WidgetValidationError,
  type BuildWidgetOptions,
  type BuildWidgetResult,
  type DataIssue,
  type TemplateRenderFailure,
} from "./build";
export {
  compileTemplate,
  renderTemplate,
  jinjaToJson,
  TemplateSyntaxError,
  TemplateUndefinedError,
  TemplateRuntimeError,
  TemplateUnsupportedError,
  TemplateLimitError,
  DEFAULT_TEMPLATE_LIMITS,
  type CompiledTemplate,
  type RenderOptions,
  type TemplateLimits,
} from "./jinja";
