import type { BoxLayoutProps } from "./Box";

/** The layout props of a node, picked so that node-only fields (type, key, children) stay out of the DOM. */
export function layoutPropsOf(node: BoxLayoutProps): BoxLayoutProps {
  return {
    align: node.align,
    justify: node.justify,
    wrap: node.wrap,
    gap: node.gap,
    padding: node.padding,
    margin: node.margin,
    border: node.border,
    background: node.background,
    radius: node.radius,
    flex: node.flex,
    width: node.width,
    height: node.height,
    size: node.size,
    minWidth: node.minWidth,
    minHeight: node.minHeight,
    minSize: node.minSize,
    maxWidth: node.maxWidth,
    maxHeight: node.maxHeight,
    maxSize: node.maxSize,
    aspectRatio: node.aspectRatio,
  };
}
