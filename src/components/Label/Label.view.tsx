import type { NodeView } from "../../view-kit/types";
import type { LabelNode } from "../../schema";
import { textColorProps } from "../Text/textNode";
import { Label } from "./Label";

/** Renders a `Label` node, bound to the field named `fieldName`. */
export const LabelView: NodeView<LabelNode> = ({ node }) => (
  <Label
    value={node.value}
    fieldName={node.fieldName}
    size={node.size}
    weight={node.weight}
    textAlign={node.textAlign}
    {...textColorProps(node.color)}
  />
);
