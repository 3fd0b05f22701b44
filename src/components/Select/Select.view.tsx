import { useNodeAction } from "../../actions/useNodeAction";
import { useServerValue } from "../../view-kit/serverValue";
import type { NodeView } from "../../view-kit/types";
import type { SelectNode } from "../../schema";
import { Select } from "./Select";

/**
 * Renders a `Select` node. `onChangeAction` gets `{ [name]: value }` merged into its payload (`""` after
 * clearing); `loadingBehavior: "auto"` means no loading state for this binding. A new version of the widget
 * with a different `defaultValue` shows that value (`useServerValue`).
 */
export const SelectView: NodeView<SelectNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "select", path);
  const [value, setValue] = useServerValue(node.defaultValue ?? "");
  return (
    <Select
      name={node.name}
      options={node.options}
      value={value}
      placeholder={node.placeholder}
      variant={node.variant}
      size={node.size}
      pill={node.pill}
      block={node.block}
      clearable={node.clearable}
      searchable={node.searchable}
      disabled={node.disabled || action.disabled}
      aria-busy={action.loading}
      // Named by a Label for this field, else by the placeholder; never by the field name.
      onValueChange={(next) => {
        setValue(next);
        if (node.onChangeAction) void action.run({ name: node.name, value: next });
      }}
    />
  );
};
