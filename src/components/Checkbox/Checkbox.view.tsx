import { useNodeAction } from "../../actions";
import type { NodeView } from "../../renderer/types";
import type { CheckboxNode } from "../../schema";
import { Checkbox } from "./Checkbox";

/** Renders a `Checkbox` node; `onChangeAction` gets `{ [name]: checked }` (a boolean) merged into its payload. */
export const CheckboxView: NodeView<CheckboxNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "checkbox", path);
  return (
    <Checkbox
      name={node.name}
      label={node.label}
      defaultChecked={node.defaultChecked}
      required={node.required}
      disabled={node.disabled || action.disabled}
      aria-busy={action.loading || undefined}
      aria-label={node.label ? undefined : node.name}
      onCheckedChange={node.onChangeAction ? (checked) => action.run({ name: node.name, value: checked }) : undefined}
    />
  );
};
