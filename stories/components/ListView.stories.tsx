import type { Meta, StoryObj } from "@storybook/react-vite";
import { Caption } from "../../src/components/Caption";
import { Col } from "../../src/components/Col";
import { Icon } from "../../src/components/Icon";
import { ListView } from "../../src/components/ListView";
import { ListViewItem } from "../../src/components/ListViewItem";
import { Text } from "../../src/components/Text";
import { expect, within } from "storybook/test";
import { press, tabTo } from "../keyboard";

const rows = (count: number) =>
  Array.from({ length: count }, (_, index) => (
    <ListViewItem key={index}>
      <Icon name="document" />
      <Col gap={0}>
        <Text value={`Document ${index + 1}`} size="sm" weight="medium" />
        <Caption value="Edited today" size="sm" />
      </Col>
    </ListViewItem>
  ));

/** A list root of rows; `limit` rows first, then "Show more". */
const meta = {
  title: "Components/ListView",
  component: ListView,
  args: { children: rows(3) },
  argTypes: {
    limit: { control: "number" },
    theme: { control: "inline-radio", options: [undefined, "light", "dark"] },
    children: { control: false },
  },
} satisfies Meta<typeof ListView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** With a status header. */
export const WithStatus: Story = { args: { status: { text: "3 recent documents", icon: "book-open" } } };

/**
 * `limit: 2` shows two rows and a "Show more" button that reveals the next two. By keyboard: Enter on "Show more"
 * keeps focus on it while rows are left; when the last rows appear the button goes and focus moves to the first
 * new row (never to the page), and the list says how many rows it shows.
 */
export const Limit: Story = {
  args: { limit: 2, children: rows(5) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(2);
    const more = await tabTo(canvas.getByRole("button", { name: "Show more" }));
    await press("{Enter}", canvasElement);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(4);
    await expect(more).toHaveFocus();
    await press(" ", canvasElement);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(5);
    await expect(canvas.queryByRole("button", { name: "Show more" })).toBeNull();
    await expect(canvas.getAllByRole("listitem")[4]).toHaveFocus();
    await expect(canvas.getByRole("status")).toHaveTextContent("Showing 5 of 5 rows");
  },
};

/** `limit: "auto"` (the default) shows 5 of a list longer than 8. */
export const AutoLimit: Story = {
  args: { children: rows(9) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("listitem")).toHaveLength(5);
  },
};
