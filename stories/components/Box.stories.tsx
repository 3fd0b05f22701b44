import type { Meta, StoryObj } from "@storybook/react-vite";
import { Box } from "../../src/components/Box";
import { Text } from "../../src/components/Text";

const tile = (label: string) => (
  <Box padding={{ x: 3, y: 2 }} background="surface-tertiary" radius="md" key={label}>
    <Text value={label} size="sm" />
  </Box>
);

/** The generic flex container of the widget vocabulary (column by default); every free value goes through the resolver. */
const meta = {
  title: "Components/Box",
  component: Box,
  args: { children: [tile("One"), tile("Two"), tile("Three")] },
  argTypes: {
    direction: { control: "inline-radio", options: ["col", "row"] },
    align: { control: "select", options: [undefined, "start", "center", "end", "baseline", "stretch"] },
    justify: { control: "select", options: [undefined, "start", "center", "end", "between", "around", "evenly", "stretch"] },
    wrap: { control: "inline-radio", options: [undefined, "nowrap", "wrap", "wrap-reverse"] },
    gap: { control: "number" },
    children: { control: false },
  },
} satisfies Meta<typeof Box>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Direction × justify, in a 320px wide frame. */
export const DirectionAndJustify: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12, width: 320 }}>
      {(["start", "center", "between", "evenly"] as const).map((justify) => (
        <Box key={justify} {...args} direction="row" justify={justify} border={1} radius="lg" padding={2} />
      ))}
    </div>
  ),
};

/** Gap, padding, border, background (token, `{ light, dark }`), radius and sizes. */
export const FreeValues: Story = {
  render: (args) => (
    <Box direction="row" gap={4} wrap="wrap">
      <Box {...args} gap={1} padding={3} border={{ size: 2, color: "subtle", style: "dashed" }} radius="xl" />
      <Box {...args} gap="12px" padding={{ x: 5, y: 2 }} background={{ light: "blue-50", dark: "blue-900" }} radius="2xl" />
      <Box size={64} radius="full" background="green-400" aria-label="circle" role="img" />
    </Box>
  ),
};
