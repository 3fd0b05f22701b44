export { Markdown, type MarkdownProps } from "./Markdown";
export { MarkdownView } from "./Markdown.view";
