import { WidgetChildren } from "../../view-kit/WidgetChildren";
import type { NodeView } from "../../view-kit/types";
import type { ColNode } from "../../schema";
import { layoutPropsOf } from "../Box/layoutProps";
import { Col } from "./Col";

/** Renders a `Col` node. */
export const ColView: NodeView<ColNode> = ({ node, path }) => (
  <Col {...layoutPropsOf(node)}>
    <WidgetChildren nodes={node.children} path={path} />
  </Col>
);
