import { WidgetChildren } from "../../view-kit/WidgetChildren";
import type { NodeView } from "../../view-kit/types";
import type { BoxNode } from "../../schema";
import { Box } from "./Box";
import { layoutPropsOf } from "./layoutProps";

/** Renders a `Box` node (column unless `direction: "row"`). */
export const BoxView: NodeView<BoxNode> = ({ node, path }) => (
  <Box {...layoutPropsOf(node)} direction={node.direction}>
    <WidgetChildren nodes={node.children} path={path} />
  </Box>
);
