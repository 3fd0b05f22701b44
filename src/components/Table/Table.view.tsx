import type { NodeView } from "../../view-kit/types";
import { WidgetChildren, WidgetNodeView, nodeKey } from "../../view-kit/WidgetChildren";
import { childPath } from "../../view-kit/context";
import { size, spacingStyle } from "../../styling/resolve";
import type { TableCellNode, TableNode, TableRowNode } from "../../schema";
import { Table, TableBody, TableHead, TableRow, TableCell } from "./Table";

/** Renders a `Table` node: leading header rows go into `<thead>`, the rest into `<tbody>`. */
export const TableView: NodeView<TableNode> = ({ node, path }) => {
  const rows = (node.children ?? []).map((row, index) => (
    <WidgetNodeView key={nodeKey(row, index)} node={row} path={childPath(path, `children[${index}]`)} />
  ));
  const firstBodyRow = (node.children ?? []).findIndex((row) => !row.header);
  const split = firstBodyRow === -1 ? rows.length : firstBodyRow;
  return (
    <Table>
      {split > 0 ? <TableHead>{rows.slice(0, split)}</TableHead> : null}
      {split < rows.length ? <TableBody>{rows.slice(split)}</TableBody> : null}
    </Table>
  );
};

/** Renders a `Table.Row` node. */
export const TableRowView: NodeView<TableRowNode> = ({ node, path }) => (
  <TableRow header={node.header}>
    <WidgetChildren nodes={node.children} path={path} />
  </TableRow>
);

/** Renders a `Table.Cell` node; its children are ordinary widget components. */
export const TableCellView: NodeView<TableCellNode> = ({ node, path }) => (
  <TableCell
    align={node.align}
    vAlign={node.vAlign}
    colSize={node.colSize}
    colSpan={node.colSpan}
    rowSpan={node.rowSpan}
    width={size(node.width)}
    style={spacingStyle(node.padding, "padding")}
  >
    <WidgetChildren nodes={node.children} path={path} />
  </TableCell>
);
