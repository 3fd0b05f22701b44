import { WidgetNodeView, nodeKey } from "../../view-kit/WidgetChildren";
import { childPath } from "../../view-kit/context";
import type { NodeView } from "../../view-kit/types";
import type { ListViewNode } from "../../schema";
import { ListView } from "./ListView";

/** Renders a `ListView` node: each ListViewItem in a list item, "Show more" after `limit`. */
export const ListViewView: NodeView<ListViewNode> = ({ node, path }) => (
  <ListView limit={node.limit} status={node.status} theme={node.theme}>
    {(node.children ?? []).map((child, index) => (
      <WidgetNodeView key={nodeKey(child, index)} node={child} path={childPath(path, `children[${index}]`)} />
    ))}
  </ListView>
);
