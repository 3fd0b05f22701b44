import { createContext, useContext } from "react";
import { reportToConsole } from "../actions/ActionProvider";
import type { WidgetErrorHandler } from "../actions/types";
import type { StreamedValues } from "./streamedValues";
import type { NodeViewMap } from "./types";

/** The views `WidgetChildren` renders with; `WidgetRenderer` provides the built-ins plus custom nodes. */
export const NodeViewsContext = createContext<NodeViewMap>({});

export function useNodeViews(): NodeViewMap {
  return useContext(NodeViewsContext);
}

/** Joins a parent path and a child segment the way schema issues write paths (`children[1].children[0]`). */
export function childPath(parent: string, segment: string): string {
  if (parent === "") return segment;
  return segment.startsWith("[") ? `${parent}${segment}` : `${parent}.${segment}`;
}

/** What every node reads from its renderer: the views, where render errors go, and streamed text values. */
export interface NodeRenderScope {
  views: NodeViewMap;
  reportError: WidgetErrorHandler;
  streamed?: StreamedValues;
}

/** Provided by `WidgetRenderer`; outside one, nodes render with no views and report errors to the console. */
export const NodeRenderScopeContext = createContext<NodeRenderScope>({ views: {}, reportError: reportToConsole });
