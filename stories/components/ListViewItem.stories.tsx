import type { Meta, StoryObj } from "@storybook/react-vite";
import { Caption } from "../../src/components/Caption";
import { Col } from "../../src/components/Col";
import { Icon } from "../../src/components/Icon";
import { ListView } from "../../src/components/ListView";
import { ListViewItem } from "../../src/components/ListViewItem";
import { Text } from "../../src/components/Text";
import { expect, fn, userEvent, within } from "storybook/test";

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

/** Click, Enter and Space each activate the row once. */
export const KeyboardAndClick: Story = {
  play: async ({ canvasElement, args }) => {
    const row = within(canvasElement).getByRole("button");
    await userEvent.click(row);
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    await expect(args.onActivate).toHaveBeenCalledTimes(3);
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
