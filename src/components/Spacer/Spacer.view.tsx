import type { NodeView } from "../../view-kit/types";
import type { SpacerNode } from "../../schema";
import { Spacer } from "./Spacer";

/** Renders a `Spacer` node. */
export const SpacerView: NodeView<SpacerNode> = ({ node }) => <Spacer minSize={node.minSize} />;
