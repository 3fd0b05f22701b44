import { useNodeAction } from "../../actions/useNodeAction";
import { WidgetChildren } from "../../view-kit/WidgetChildren";
import { childPath } from "../../view-kit/context";
import type { NodeView } from "../../view-kit/types";
import type { ListViewItemNode } from "../../schema";
import { ListViewItem } from "./ListViewItem";

/** Renders a `ListViewItem` node; with `onClickAction` the whole row is a button. */
export const ListViewItemView: NodeView<ListViewItemNode> = ({ node, path }) => {
  const action = useNodeAction(node.onClickAction, "listViewItem", childPath(path, "onClickAction"));
  return (
    <ListViewItem
      gap={node.gap}
      align={node.align}
      onActivate={node.onClickAction ? (event) => void action.run(event) : undefined}
      loading={action.loading}
      disabled={action.disabled}
    >
      <WidgetChildren nodes={node.children} path={path} />
    </ListViewItem>
  );
};
