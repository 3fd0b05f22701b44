import { useNodeAction } from "../../actions";
import type { NodeView } from "../../renderer/types";
import type { DatePickerNode } from "../../schema";
import { DatePicker } from "./DatePicker";

/** Renders a `DatePicker` node; `onChangeAction` gets `{ [name]: "yyyy-mm-dd" }` merged into its payload. */
export const DatePickerView: NodeView<DatePickerNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "datePicker", path);
  return (
    <DatePicker
      name={node.name}
      defaultValue={node.defaultValue}
      min={node.min}
      max={node.max}
      placeholder={node.placeholder}
      variant={node.variant}
      size={node.size}
      side={node.side}
      align={node.align}
      pill={node.pill}
      block={node.block}
      clearable={node.clearable}
      disabled={node.disabled || action.disabled}
      aria-busy={action.loading}
      onValueChange={node.onChangeAction ? (value) => action.run({ name: node.name, value }) : undefined}
    />
  );
};
