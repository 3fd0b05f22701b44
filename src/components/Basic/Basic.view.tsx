import { WidgetChildren } from "../../view-kit/WidgetChildren";
import type { NodeView } from "../../view-kit/types";
import type { BasicNode } from "../../schema";
import { layoutPropsOf } from "../Box/layoutProps";
import { Basic } from "./Basic";

/** Renders a `Basic` root (its children may be roots too). */
export const BasicView: NodeView<BasicNode> = ({ node, path }) => (
  <Basic {...layoutPropsOf(node)} direction={node.direction} theme={node.theme}>
    <WidgetChildren nodes={node.children} path={path} />
  </Basic>
);
