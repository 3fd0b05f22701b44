import type { Meta, StoryObj } from "@storybook/react-vite";
import { Badge, BADGE_COLORS, BADGE_VARIANTS } from "../../src/components/Badge";

/** Short status labels: six colours × solid/soft/outline, 18/22/24px high. */
const meta = {
  title: "Components/Badge",
  component: Badge,
  args: { label: "In progress" },
  argTypes: {
    color: { control: "select", options: BADGE_COLORS },
    variant: { control: "inline-radio", options: BADGE_VARIANTS },
    size: { control: "inline-radio", options: ["sm", "md", "lg"] },
  },
} satisfies Meta<typeof Badge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every colour in every variant. */
export const ColorsAndVariants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(3, max-content)", gap: 10 }}>
      {BADGE_COLORS.flatMap((color) =>
        BADGE_VARIANTS.map((variant) => <Badge key={`${color}-${variant}`} {...args} color={color} variant={variant} label={color} />),
      )}
    </div>
  ),
};

/** Sizes, with and without pill ends. */
export const SizesAndShape: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 10 }}>
      {([true, false] as const).map((pill) => (
        <div key={String(pill)} style={{ display: "flex", gap: 8, alignItems: "center" }}>
          {(["sm", "md", "lg"] as const).map((size) => (
            <Badge key={size} {...args} size={size} pill={pill} color="info" label={`${size}${pill ? " pill" : ""}`} />
          ))}
        </div>
      ))}
    </div>
  ),
};
