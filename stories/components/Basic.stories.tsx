import type { Meta, StoryObj } from "@storybook/react-vite";
import { Basic } from "../../src/components/Basic";
import { Caption } from "../../src/components/Caption";
import { Title } from "../../src/components/Title";

/** The surface-less root (entity previews): lays out like a Box and may force a theme. */
const meta = {
  title: "Components/Basic",
  component: Basic,
  args: {
    gap: 1,
    padding: 2,
    children: [<Title key="t" value="Ada Lovelace" size="sm" />, <Caption key="c" value="Mathematician · 1815–1852" />],
  },
  argTypes: {
    direction: { control: "inline-radio", options: ["col", "row"] },
    theme: { control: "inline-radio", options: [undefined, "light", "dark"] },
    children: { control: false },
  },
} satisfies Meta<typeof Basic>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** In a row, and with a forced dark scheme on a light page. */
export const DirectionAndTheme: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      <Basic {...args} direction="row" align="baseline" gap={2} />
      <Basic {...args} theme="dark" background="surface" radius="lg" />
    </div>
  ),
};
