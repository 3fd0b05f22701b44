import { useNodeAction } from "../../actions/useNodeAction";
import { useServerValue } from "../../view-kit/serverValue";
import type { NodeView } from "../../view-kit/types";
import type { DatePickerNode } from "../../schema";
import { DatePicker } from "./DatePicker";
import { normalizeIsoDay } from "./dates";

/**
 * Renders a `DatePicker` node; `onChangeAction` gets `{ [name]: "yyyy-mm-dd" }` merged into its payload. A new
 * version of the widget with a different `defaultValue` day shows that day (`useServerValue`).
 */
export const DatePickerView: NodeView<DatePickerNode> = ({ node, path }) => {
  const action = useNodeAction(node.onChangeAction, "datePicker", path);
  const [value, setValue] = useServerValue(normalizeIsoDay(node.defaultValue));
  return (
    <DatePicker
      name={node.name}
      value={value}
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
      onValueChange={(next) => {
        setValue(next);
        if (node.onChangeAction) void action.run({ name: node.name, value: next });
      }}
    />
  );
};
