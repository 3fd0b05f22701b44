import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "../../src/components/Button";
import { Caption } from "../../src/components/Caption";
import { Card } from "../../src/components/Card";
import { Divider } from "../../src/components/Divider";
import { Row } from "../../src/components/Row";
import { Text } from "../../src/components/Text";
import { Title } from "../../src/components/Title";
import { expect, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";

const body = (
  <>
    <Title value="Flight to Lisbon" size="sm" />
    <Caption value="Tue 14 May · 2 stops · 9h 40m" />
    <Divider flush />
    <Row justify="between">
      <Text value="Total" />
      <Text value="€ 412" weight="semibold" />
    </Row>
  </>
);

/** The bounded root surface: status header, body, confirm/cancel footer; sm 360 · md 440 · lg 560 · full. */
const meta = {
  title: "Components/Card",
  component: Card,
  args: { size: "sm", children: body },
  argTypes: {
    size: { control: "inline-radio", options: ["sm", "md", "lg", "full"] },
    theme: { control: "inline-radio", options: [undefined, "light", "dark"] },
    children: { control: false },
    footer: { control: false },
  },
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The four widths (each capped by its container). */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12, width: 600 }}>
      {(["sm", "md", "lg", "full"] as const).map((size) => (
        <Card key={size} {...args} size={size}>
          <Text value={`size="${size}"`} />
        </Card>
      ))}
    </div>
  ),
};

/** Status header with an icon or a framed favicon, and the confirm/cancel footer. */
export const StatusAndFooter: Story = {
  args: {
    status: { text: "Found 3 flights", icon: "search" },
    footer: (
      <>
        <Button label="Cancel" color="secondary" variant="soft" />
        <Button label="Book" />
      </>
    ),
  },
};

/** Background, border and padding take widget values (tokens, gradients, spacing units). */
export const SurfaceOverrides: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      <Card {...args} background="surface-secondary" border={{ size: 1, color: "strong" }} padding={{ x: 6, y: 3 }} />
      <Card {...args} background="linear-gradient(135deg, blue-400, purple-400)" border={0} padding={5}>
        <Title value="Gradient" size="sm" color="primary" />
      </Card>
    </div>
  ),
};

/** A collapsed card: the user opens and closes it with the "Show details" control. */
export const Collapsed: Story = {
  args: { collapsed: true, status: { text: "Booked flight to Lisbon", icon: "check-circle" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole("button", { name: "Show details" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    // A disclosure button: Tab to it, Enter opens, Space closes, focus stays on it.
    await tabTo(toggle);
    await press("{Enter}", canvasElement);
    const hide = canvas.getByRole("button", { name: "Hide details" });
    await expect(hide).toHaveAttribute("aria-expanded", "true");
    await expect(hide).toHaveFocus();
    await expect(canvas.getByText("Flight to Lisbon")).toBeVisible();
    await press(" ", canvasElement);
    await expect(canvas.getByRole("button", { name: "Show details" })).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(canvas.getByRole("button", { name: "Show details" }));
    await expect(canvas.getByText("Flight to Lisbon")).toBeVisible();
  },
};

/** `theme="dark"` forces the scheme of the card's subtree inside a light page. */
export const ForcedDarkTheme: Story = { args: { theme: "dark" } };
