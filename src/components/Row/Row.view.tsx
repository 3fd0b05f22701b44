import { WidgetChildren } from "../../view-kit/WidgetChildren";
import type { NodeView } from "../../view-kit/types";
import type { RowNode } from "../../schema";
import { layoutPropsOf } from "../Box/layoutProps";
import { Row } from "./Row";

/** Renders a `Row` node. */
export const RowView: NodeView<RowNode> = ({ node, path }) => (
  <Row {...layoutPropsOf(node)}>
    <WidgetChildren nodes={node.children} path={path} />
  </Row>
);
