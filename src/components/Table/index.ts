export {
  Table,
  TableHead,
  TableBody,
  TableRow,
  TableCell,
  tableCellVariants,
  TABLE_CELL_DEFAULTS,
  type TableProps,
  type TableRowProps,
  type TableCellProps,
} from "./Table";
export { TableView, TableRowView, TableCellView } from "./Table.view";
