import { BOX_LAYOUT_KEYS } from "../../schema/lengths";
import type { BoxLayoutProps } from "./Box";

/**
 * The layout props of a node (`BOX_LAYOUT_KEYS` without `direction`, which each view sets itself), picked so that
 * node-only fields (type, key, children) stay out of the DOM. Absent keys come out `undefined`.
 */
export function layoutPropsOf(node: BoxLayoutProps): BoxLayoutProps {
  const props: Record<string, unknown> = {};
  for (const key of BOX_LAYOUT_KEYS) if (key !== "direction") props[key] = node[key];
  return props as BoxLayoutProps;
}
