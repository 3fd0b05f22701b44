export { Markdown, type MarkdownProps } from "./Markdown";
export { MarkdownView } from "./Markdown.view";
export { parseDeeplink, DEEPLINK_SCHEME, type Deeplink } from "./deeplink";
export { DeeplinkContext, type DeeplinkHandler } from "./deeplinkContext";
