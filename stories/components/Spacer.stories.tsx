import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "../../src/components/Button";
import { Row } from "../../src/components/Row";
import { Spacer } from "../../src/components/Spacer";
import { Text } from "../../src/components/Text";

/** Flexible filler: grows to take the free space of its row or column, never below `minSize`. */
const meta = {
  title: "Components/Spacer",
  component: Spacer,
  args: { minSize: 24 },
  argTypes: { minSize: { control: "number" } },
  render: (args) => (
    <Row border={1} radius="lg" padding={2} width={360}>
      <Text value="Subtotal" />
      <Spacer {...args} />
      <Button label="Pay" size="sm" />
    </Row>
  ),
} satisfies Meta<typeof Spacer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** In a narrow row the spacer keeps its minimum size. */
export const MinimumSize: Story = {
  args: { minSize: 48 },
  render: (args) => (
    <Row border={1} radius="lg" padding={2} width={160}>
      <Text value="Narrow" truncate />
      <Spacer {...args} />
      <Text value="end" />
    </Row>
  ),
};
