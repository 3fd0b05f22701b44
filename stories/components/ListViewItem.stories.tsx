import type { Meta, StoryObj } from "@storybook/react-vite";
import { Caption } from "../../src/components/Caption";
import { Col } from "../../src/components/Col";
import { Icon } from "../../src/components/Icon";
import { ListView } from "../../src/components/ListView";
import { ListViewItem } from "../../src/components/ListViewItem";
import { Text } from "../../src/components/Text";
import { expect, fn, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";

/** A row of a ListView; with `onActivate` the whole row is a button (click, Enter, Space). */
const meta = {
  title: "Components/ListViewItem",
  component: ListViewItem,
  args: {
    onActivate: fn(),
    children: [
      <Icon key="i" name="calendar" />,
      <Col key="c" gap={0}>
        <Text value="Team sync" size="sm" weight="medium" />
        <Caption value="Tomorrow, 10:00" size="sm" />
      </Col>,
    ],
  },
  argTypes: {
    align: { control: "select", options: [undefined, "start", "center", "end", "baseline", "stretch"] },
    gap: { control: "number" },
    children: { control: false },
  },
  render: (args) => (
    <ListView>
      <ListViewItem {...args} />
    </ListView>
  ),
} satisfies Meta<typeof ListViewItem>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Tab reaches the row; Enter, Space and a click each activate it once, and focus stays on it. */
export const KeyboardAndClick: Story = {
  play: async ({ canvasElement, args }) => {
    const row = within(canvasElement).getByRole("button");
    await tabTo(row);
    await press("{Enter}", canvasElement);
    await press(" ", canvasElement);
    await userEvent.click(row);
    await expect(args.onActivate).toHaveBeenCalledTimes(3);
    await expect(row).toHaveFocus();
  },
};

/** Loading and static (no action) rows. */
export const States: Story = {
  render: (args) => (
    <ListView>
      <ListViewItem {...args} loading />
      <ListViewItem {...args} onActivate={undefined} />
    </ListView>
  ),
};
