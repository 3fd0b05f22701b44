import { useNodeAction } from "../../actions/useNodeAction";
import { useServerValue } from "../../view-kit/serverValue";
import type { NodeView } from "../../view-kit/types";
import type { RadioGroupNode } from "../../schema";
import { RadioGroup } from "./RadioGroup";

/**
 * Renders a `RadioGroup` node; `onChangeAction` gets `{ [name]: value }` merged into its payload. A new version
 * of the widget with a different `defaultValue` selects that choice (`useServerValue`).
 */
export const RadioGroupView: NodeView<RadioGroupNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "radioGroup", path);
  const [value, setValue] = useServerValue(node.defaultValue ?? "");
  return (
    <RadioGroup
      name={node.name}
      options={node.options}
      ariaLabel={node.ariaLabel}
      value={value}
      direction={node.direction}
      disabled={node.disabled || action.disabled}
      required={node.required}
      aria-busy={action.loading || undefined}
      onValueChange={(next) => {
        setValue(next);
        if (node.onChangeAction) void action.run({ name: node.name, value: next });
      }}
    />
  );
};
