export { Markdown, type MarkdownProps } from "./Markdown";
export { MarkdownView } from "./Markdown.view";
export { parseDeeplink, DeeplinkContext, DEEPLINK_SCHEME, type Deeplink, type DeeplinkHandler } from "./deeplink";
