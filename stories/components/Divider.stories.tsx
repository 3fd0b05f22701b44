import type { Meta, StoryObj } from "@storybook/react-vite";
import { Card } from "../../src/components/Card";
import { Divider } from "../../src/components/Divider";
import { Row } from "../../src/components/Row";
import { Text } from "../../src/components/Text";

/** A rule between blocks: border colour tokens, thickness in px, spacing in units, `flush` to the card edges. */
const meta = {
  title: "Components/Divider",
  component: Divider,
  args: {},
  argTypes: {
    color: { control: "select", options: [undefined, "default", "subtle", "strong", "blue-400"] },
    size: { control: "number" },
    spacing: { control: "number" },
    flush: { control: "boolean" },
  },
  render: (args) => (
    <Card>
      <Text value="Above" />
      <Divider {...args} />
      <Text value="Below" />
    </Card>
  ),
} satisfies Meta<typeof Divider>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Colours and thicknesses. */
export const ColorsAndSizes: Story = {
  render: () => (
    <Card>
      {(["subtle", "default", "strong"] as const).map((color) => (
        <Divider key={color} color={color} />
      ))}
      <Divider size={3} color={{ light: "blue-400", dark: "blue-300" }} />
    </Card>
  ),
};

/** `flush` reaches the card's edges; `spacing` replaces the gap around the rule. */
export const FlushAndSpacing: Story = {
  render: () => (
    <Card>
      <Text value="Flush" />
      <Divider flush />
      <Text value="Spacing 6" />
      <Divider spacing={6} />
      <Text value="End" />
    </Card>
  ),
};

/** Inside a row the divider is vertical. */
export const InRow: Story = {
  render: () => (
    <Row border={1} radius="lg" padding={2} height={40}>
      <Text value="Left" />
      <Divider />
      <Text value="Right" />
    </Row>
  ),
};
