import type { Meta, StoryObj } from "@storybook/react-vite";
import { Badge } from "../../src/components/Badge";
import { Row } from "../../src/components/Row";
import { Spacer } from "../../src/components/Spacer";
import { Text } from "../../src/components/Text";
import { Title } from "../../src/components/Title";

/** Horizontal box; children centred vertically by default, 8px default gap. */
const meta = {
  title: "Components/Row",
  component: Row,
  args: {
    children: [<Title key="t" value="Lisbon" size="sm" />, <Text key="x" value="22°" size="sm" />, <Badge key="b" label="Sunny" color="warning" />],
  },
  argTypes: {
    align: { control: "select", options: [undefined, "start", "center", "end", "baseline", "stretch"] },
    justify: { control: "select", options: [undefined, "start", "center", "end", "between", "around", "evenly", "stretch"] },
    gap: { control: "number" },
    children: { control: false },
  },
} satisfies Meta<typeof Row>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every alignment, framed so the cross axis is visible. */
export const Alignments: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8, width: 320 }}>
      {(["start", "center", "end", "stretch"] as const).map((align) => (
        <Row key={align} {...args} align={align} border={1} radius="md" padding={2} minHeight={72} />
      ))}
    </div>
  ),
};

/** A Spacer pushes the last child to the far end; explicit gaps in spacing units. */
export const SpacerAndGaps: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 8, width: 320 }}>
      {[0, 1, 4].map((gap) => (
        <Row key={gap} gap={gap} border={1} radius="md" padding={2}>
          <Text value={`gap={${gap}}`} size="sm" />
          <Text value="B" size="sm" />
          <Spacer />
          <Text value="end" size="sm" color="secondary" />
        </Row>
      ))}
    </div>
  ),
};
