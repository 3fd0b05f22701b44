export { Markdown, type MarkdownProps } from "./Markdown";
export { MarkdownView } from "./Markdown.view";
export { parseDeeplink, DEEPLINK_SCHEME, type Deeplink } from "./deeplink";
export { DeeplinkContext, type DeeplinkHandler } from "./deeplinkContext";
export {
  markdownLimitProblem,
  MARKDOWN_MAX_LENGTH,
  MARKDOWN_MAX_DELIMITERS,
  MARKDOWN_MAX_LINE_NESTING,
  MARKDOWN_MAX_INDENT,
} from "./limits";
