import type { Meta, StoryObj } from "@storybook/react-vite";
import { Title } from "../../src/components/Title";

const SIZES = ["xs", "sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "5xl"] as const;

/** Headings: sizes xs…5xl on the heading scale, medium weight, prose colour by default. */
const meta = {
  title: "Components/Title",
  component: Title,
  args: { value: "Your order is on its way" },
  argTypes: { size: { control: "select", options: SIZES } },
} satisfies Meta<typeof Title>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The whole scale. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      {SIZES.map((size) => (
        <Title key={size} {...args} size={size} value={`${size} · Flight to Lisbon`} />
      ))}
    </div>
  ),
};

/** Weights and colours. */
export const WeightsAndColors: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 6 }}>
      {(["normal", "medium", "semibold", "bold"] as const).map((weight) => (
        <Title key={weight} {...args} weight={weight} value={`${weight} weight`} />
      ))}
      {(["secondary", "success", "danger", "info"] as const).map((color) => (
        <Title key={color} {...args} color={color} size="sm" value={`${color} colour`} />
      ))}
    </div>
  ),
};

/** A long heading, truncated to one line and clamped to two. */
export const TruncateAndClamp: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12, width: 280 }}>
      <Title {...args} truncate value="A very long heading that does not fit into one line of this card" />
      <Title {...args} maxLines={2} value="A very long heading that wraps onto a second line and then has to stop with an ellipsis" />
    </div>
  ),
};
