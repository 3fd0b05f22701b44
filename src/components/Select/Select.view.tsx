import { useNodeAction } from "../../actions";
import type { NodeView } from "../../renderer/types";
import type { SelectNode } from "../../schema";
import { Select } from "./Select";

/**
 * Renders a `Select` node. `onChangeAction` gets `{ [name]: value }` merged into its payload (`""` after
 * clearing); `loadingBehavior: "auto"` means no loading state for this binding.
 */
export const SelectView: NodeView<SelectNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "select", path);
  return (
    <Select
      name={node.name}
      options={node.options}
      defaultValue={node.defaultValue}
      placeholder={node.placeholder}
      variant={node.variant}
      size={node.size}
      pill={node.pill}
      block={node.block}
      clearable={node.clearable}
      searchable={node.searchable}
      disabled={node.disabled || action.disabled}
      aria-busy={action.loading}
      // The hidden native select carries the name a Label points at; the trigger needs its own name.
      aria-label={node.placeholder ?? node.name}
      onValueChange={node.onChangeAction ? (value) => action.run({ name: node.name, value }) : undefined}
    />
  );
};
