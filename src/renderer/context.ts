import { createContext, useContext } from "react";
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
