import type { Meta, StoryObj } from "@storybook/react-vite";
import { Caption } from "../../src/components/Caption";

/** Supporting text: sm/md/lg, secondary colour by default. */
const meta = {
  title: "Components/Caption",
  component: Caption,
  args: { value: "Updated 5 minutes ago" },
  argTypes: { size: { control: "inline-radio", options: ["sm", "md", "lg"] } },
} satisfies Meta<typeof Caption>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Sizes and colours. */
export const SizesAndColors: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 6 }}>
      {(["sm", "md", "lg"] as const).map((size) => (
        <Caption key={size} {...args} size={size} value={`${size} · Updated 5 minutes ago`} />
      ))}
      {(["tertiary", "success", "warning", "danger"] as const).map((color) => (
        <Caption key={color} {...args} color={color} value={`${color} caption`} />
      ))}
    </div>
  ),
};

/** Truncated and clamped. */
export const TruncateAndClamp: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8, width: 220 }}>
      <Caption {...args} truncate value="Delivered to 1 Infinite Loop, Cupertino, California" />
      <Caption {...args} maxLines={2} value="Delivered to 1 Infinite Loop, Cupertino, California, United States of America, Earth" />
    </div>
  ),
};
