// Public entry of the widget schema. At runtime it loads no zod: the parser runs on specs generated from
// the zod schemas, and the types below are type-only. The zod schemas themselves are in ./schemas.
export type * from "./roots";
export type * from "./shared";
export type * from "./action";
export type * from "./layout";
export type * from "./text";
export type * from "./content";
export type * from "./controls";
export type * from "./table";
export type * from "./chart";
export * from "./vocabulary";
export { ACTION_DEFAULTS, resolveAction, type ResolvedActionConfig } from "./resolve-action";
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
export { WIDGET_LIMITS, measureWidget, copyJson, nestsDeeperThan, type WidgetLimits, type WidgetMeasure } from "./limits";
