import { useNodeAction } from "../../actions/useNodeAction";
import { useServerValue } from "../../view-kit/serverValue";
import type { NodeView } from "../../view-kit/types";
import type { CheckboxNode } from "../../schema";
import { Checkbox } from "./Checkbox";

/**
 * Renders a `Checkbox` node; `onChangeAction` gets `{ [name]: checked }` (a boolean) merged into its payload. A
 * new version of the widget with a different `defaultChecked` shows that state (`useServerValue`).
 */
export const CheckboxView: NodeView<CheckboxNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "checkbox", path);
  const [checked, setChecked] = useServerValue(node.defaultChecked === true);
  return (
    <Checkbox
      name={node.name}
      label={node.label}
      checked={checked}
      required={node.required}
      disabled={node.disabled || action.disabled}
      aria-busy={action.loading || undefined}
      onCheckedChange={(next) => {
        setChecked(next);
        if (node.onChangeAction) void action.run({ name: node.name, value: next });
      }}
    />
  );
};
