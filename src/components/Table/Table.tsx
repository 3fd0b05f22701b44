import { createContext, forwardRef, useContext, type HTMLAttributes, type TdHTMLAttributes } from "react";
import { cva, cx, type VariantProps } from "class-variance-authority";

/** Header rows render their cells as `<th>`; the row tells its cells through context. */
const HeaderRowContext = createContext(false);

export interface TableProps extends HTMLAttributes<HTMLTableElement> {
  /** Optional caption, read by screen readers and shown above the table. */
  caption?: string;
}

/**
 * A data table. Leading header rows are placed in `<thead>`, the rest in `<tbody>`: pass rows as
 * children; a row with `header` is a header row.
 */
export const Table = forwardRef<HTMLTableElement, TableProps>(function Table({ caption, className, children, ...rest }, ref) {
  return (
    <div className="cw-table__scroll">
      <table ref={ref} className={cx("cw-table", className)} {...rest}>
        {caption ? <caption className="cw-table__caption">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
});

/** `<thead>` wrapper for header rows (the widget view groups them). */
export const TableHead = forwardRef<HTMLTableSectionElement, HTMLAttributes<HTMLTableSectionElement>>(function TableHead(
  { className, ...rest },
  ref,
) {
  return <thead ref={ref} className={cx("cw-table__head", className)} {...rest} />;
});

/** `<tbody>` wrapper for body rows. */
export const TableBody = forwardRef<HTMLTableSectionElement, HTMLAttributes<HTMLTableSectionElement>>(function TableBody(
  { className, ...rest },
  ref,
) {
  return <tbody ref={ref} className={cx("cw-table__body", className)} {...rest} />;
});

export interface TableRowProps extends HTMLAttributes<HTMLTableRowElement> {
  /** A header row: its cells are `<th>` and use the header style. @default false */
  header?: boolean;
}

export const TableRow = forwardRef<HTMLTableRowElement, TableRowProps>(function TableRow(
  { header = false, className, children, ...rest },
  ref,
) {
  return (
    <tr ref={ref} className={cx("cw-table__row", header && "cw-table__row--header", className)} data-header={header || undefined} {...rest}>
      <HeaderRowContext.Provider value={header}>{children}</HeaderRowContext.Provider>
    </tr>
  );
});

/** Defaults of the cell variants (mirrored into the data-* attributes). */
export const TABLE_CELL_DEFAULTS = { align: "start", vAlign: "center" } as const;

export const tableCellVariants = cva("cw-table__cell", {
  variants: {
    align: { start: "cw-table__cell--align-start", center: "cw-table__cell--align-center", end: "cw-table__cell--align-end" },
    vAlign: { start: "cw-table__cell--valign-start", center: "cw-table__cell--valign-center", end: "cw-table__cell--valign-end" },
    colSize: {
      xs: "cw-table__cell--col-xs",
      sm: "cw-table__cell--col-sm",
      md: "cw-table__cell--col-md",
      lg: "cw-table__cell--col-lg",
      xl: "cw-table__cell--col-xl",
    },
  },
  defaultVariants: TABLE_CELL_DEFAULTS,
});

type TableCellVariantProps = VariantProps<typeof tableCellVariants>;

export interface TableCellProps extends Omit<TdHTMLAttributes<HTMLTableCellElement>, "align" | "width"> {
  /** Horizontal alignment of the content. @default "start" */
  align?: TableCellVariantProps["align"];
  /** Vertical alignment of the content. @default "center" */
  vAlign?: TableCellVariantProps["vAlign"];
  /** Preset column width: xs 48 · sm 80 · md 120 · lg 160 · xl 240 px (the column may grow for its content). */
  colSize?: TableCellVariantProps["colSize"];
  /** Columns this cell spans. */
  colSpan?: number;
  /** Rows this cell spans. */
  rowSpan?: number;
  /** Width as a CSS length (the widget view converts numbers to px). */
  width?: string;
  /** Render as a header cell; defaults to the row's `header`. */
  header?: boolean;
}

/** Positive whole span or undefined (a bad value falls back to 1 instead of breaking the table). */
function span(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : undefined;
}

export const TableCell = forwardRef<HTMLTableCellElement, TableCellProps>(function TableCell(
  { align, vAlign, colSize, colSpan, rowSpan, width, header, className, style, ...rest },
  ref,
) {
  const inHeaderRow = useContext(HeaderRowContext);
  const isHeader = header ?? inHeaderRow;
  const Element = isHeader ? "th" : "td";
  return (
    <Element
      ref={ref}
      className={cx(tableCellVariants({ align, vAlign, colSize }), isHeader && "cw-table__cell--header", className)}
      data-align={align ?? TABLE_CELL_DEFAULTS.align}
      data-valign={vAlign ?? TABLE_CELL_DEFAULTS.vAlign}
      data-col-size={colSize ?? undefined}
      colSpan={span(colSpan)}
      rowSpan={span(rowSpan)}
      scope={isHeader ? (inHeaderRow ? "col" : "row") : undefined}
      style={width !== undefined ? { width, ...style } : style}
      {...rest}
    />
  );
});
