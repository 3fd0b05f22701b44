import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Table, TableBody, TableCell, TableHead, TableRow } from "../../src/components/Table";
import { Badge } from "../../src/components/Badge";
import { Text } from "../../src/components/Text";

/** Data tables: header rows render `<th>`, cells take colSpan/rowSpan, align, vAlign, width and colSize. */
const meta = {
  title: "Components/Table",
  component: Table,
  decorators: [(Story) => <div style={{ width: 440 }}>{Story()}</div>],
} satisfies Meta<typeof Table>;
export default meta;
type Story = StoryObj<typeof meta>;

const ORDERS = [
  { item: "Espresso beans", qty: 2, price: "$28.00", status: <Badge label="Shipped" color="success" /> },
  { item: "Pour-over kettle", qty: 1, price: "$64.00", status: <Badge label="Packing" color="warning" /> },
  { item: "Paper filters", qty: 3, price: "$12.00", status: <Badge label="Backorder" color="danger" /> },
];

export const Default: Story = {
  render: (args) => (
    <Table {...args}>
      <TableHead>
        <TableRow header>
          <TableCell colSize="lg">Item</TableCell>
          <TableCell align="end">Qty</TableCell>
          <TableCell align="end">Price</TableCell>
          <TableCell align="end">Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {ORDERS.map((order) => (
          <TableRow key={order.item}>
            <TableCell>
              <Text value={order.item} size="sm" weight="medium" />
            </TableCell>
            <TableCell align="end">{order.qty}</TableCell>
            <TableCell align="end">{order.price}</TableCell>
            <TableCell align="end">{order.status}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell colSpan={2}>
            <Text value="Total" size="sm" weight="semibold" />
          </TableCell>
          <TableCell align="end">
            <Text value="$104.00" size="sm" weight="semibold" />
          </TableCell>
          <TableCell />
        </TableRow>
      </TableBody>
    </Table>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("columnheader")).toHaveLength(4);
    await expect(canvas.getByRole("cell", { name: "Total" })).toHaveAttribute("colspan", "2");
  },
};

/** rowSpan, vertical alignment and a row header. */
export const SpansAndAlignment: Story = {
  render: (args) => (
    <Table {...args}>
      <TableBody>
        <TableRow>
          <TableCell header rowSpan={2} vAlign="start">
            Monday
          </TableCell>
          <TableCell>09:00</TableCell>
          <TableCell>Stand-up</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>14:00</TableCell>
          <TableCell>Design review with the whole product team</TableCell>
        </TableRow>
        <TableRow>
          <TableCell header vAlign="end">
            Tuesday
          </TableCell>
          <TableCell align="center" width="80px">
            all day
          </TableCell>
          <TableCell>Offsite</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  ),
};
