export { WidgetRenderer, type WidgetRendererProps } from "./WidgetRenderer";
export { WidgetChildren, WidgetNodeView, nodeKey, type WidgetChildrenProps } from "./WidgetChildren";
export { ErrorCard, type ErrorCardProps } from "./ErrorCard";
export { ThemeProvider, THEME_RADII, THEME_DENSITIES, type ThemeProviderProps } from "./ThemeProvider";
export { builtinViews, preloadBuiltinViews, createWidgetRegistry, type CustomNodeDefinition, type WidgetRegistry } from "./registry";
export { NodeViewsContext, useNodeViews, childPath } from "./context";
export type { NodeView, NodeViewProps, NodeViewMap } from "./types";
export * as resolve from "./resolve";
export { lazyNodeView, preloadViewsOf, type LazyNodeView, type ControlPlaceholder } from "./lazyView";
