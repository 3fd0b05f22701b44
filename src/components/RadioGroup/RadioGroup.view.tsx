import { useNodeAction } from "../../actions";
import type { NodeView } from "../../renderer/types";
import type { RadioGroupNode } from "../../schema";
import { RadioGroup } from "./RadioGroup";

/** Renders a `RadioGroup` node; `onChangeAction` gets `{ [name]: value }` merged into its payload. */
export const RadioGroupView: NodeView<RadioGroupNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "radioGroup", path);
  return (
    <RadioGroup
      name={node.name}
      options={node.options}
      ariaLabel={node.ariaLabel}
      defaultValue={node.defaultValue}
      direction={node.direction}
      disabled={node.disabled || action.disabled}
      required={node.required}
      aria-busy={action.loading || undefined}
      onValueChange={node.onChangeAction ? (value) => action.run({ name: node.name, value }) : undefined}
    />
  );
};
