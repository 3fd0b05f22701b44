// Public entry of the widget schema. `roots` is imported first: the family modules reference the node
// unions it defines from inside getters, so it must finish loading before anything reads them.
export * from "./roots";
export * from "./shared";
export * from "./action";
export * from "./layout";
export * from "./text";
export * from "./content";
export * from "./controls";
export * from "./table";
export * from "./chart";
export {
  parseWidget,
  parseNode,
  isInvalidNode,
  INVALID_NODE_TYPE,
  WIDGET_NODE_TYPES,
  type InvalidNode,
  type ParseWidgetOptions,
  type ParseWidgetResult,
  type ParseNodeResult,
} from "./parse";
export { summarizeIssues, type WidgetIssue, type IssueSeverity } from "./issues";
export { isKnownIconName } from "./icons";
