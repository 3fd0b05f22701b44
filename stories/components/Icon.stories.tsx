import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { Icon } from "../../src/components/Icon";
import { WidgetRenderer } from "../../src/renderer";
import { ICON_NAMES, ICON_SIZES } from "../../src/tokens";

/** The ChatKit icon set: 24×24 outline glyphs in currentColor, 1em by default of their size step. */
const meta = {
  title: "Components/Icon",
  component: Icon,
  args: { name: "sparkle", size: "xl" },
  argTypes: {
    name: { control: "select", options: ICON_NAMES },
    size: { control: "inline-radio", options: [...ICON_SIZES, "inherit"] },
  },
} satisfies Meta<typeof Icon>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every icon name, with its name underneath. */
export const AllIcons: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(8, 84px)", gap: 8 }}>
      {ICON_NAMES.map((name) => (
        <div key={name} style={{ display: "grid", justifyItems: "center", gap: 4, padding: 6 }}>
          <Icon {...args} name={name} size="xl" />
          <span style={{ fontSize: 10, color: "var(--cw-text-secondary)", textAlign: "center" }}>{name}</span>
        </div>
      ))}
    </div>
  ),
};

/** xs 14 … 3xl 32 px, and colour tokens. */
export const SizesAndColors: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      <div style={{ display: "flex", gap: 12, alignItems: "center" }}>
        {ICON_SIZES.map((size) => (
          <Icon key={size} {...args} size={size} />
        ))}
      </div>
      <div style={{ display: "flex", gap: 12, alignItems: "center" }}>
        {(["prose", "secondary", "tertiary", "success", "warning", "danger", "info", "discovery"] as const).map((color) => (
          <Icon key={color} {...args} color={color} size="lg" name="star-filled" />
        ))}
      </div>
    </div>
  ),
};

/** Decorative icons are hidden from assistive technology; a labelled icon is an image with a name; unknown names draw nothing. */
export const LabelledAndUnknown: Story = {
  // An unknown name draws nothing and warns once, which this story shows.
  parameters: { console: { expected: [/no icon named "chevron-down"; nothing is drawn/] } },
  render: (args) => (
    <p style={{ display: "flex", gap: 12, alignItems: "center", margin: 0 }}>
      <Icon {...args} name="check-circle" label="Verified" color="success" />
      <Icon {...args} name="calendar" />
      <span data-testid="unknown">
        <Icon {...args} name="chevron-down" />
      </span>
    </p>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("img", { name: "Verified" })).toBeVisible();
    await expect(canvasElement.querySelector('[data-icon="calendar"]')).toHaveAttribute("aria-hidden", "true");
    await expect(canvas.getByTestId("unknown")).toBeEmptyDOMElement();
  },
};

const LUCIDE_CARD = {
  type: "Card",
  children: [
    { type: "Row", children: [{ type: "Icon", name: "lucide:calendar-days", size: "lg" }, { type: "Text", value: "Tomorrow" }] },
    { type: "Button", label: "Ask", iconStart: "lucide:bot", onClickAction: { type: "ask" } },
  ],
};

/**
 * `lucide:<name>` draws any Lucide icon (in Icon, Button icons, Card status and composer tools). The glyphs load
 * on first use, in small chunks; until then an empty box of the icon's size holds its place.
 */
export const Lucide: Story = {
  render: () => (
    <div style={{ width: 360 }}>
      <WidgetRenderer widget={LUCIDE_CARD} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Ask" })).toBeVisible();
    // Both glyphs have arrived: no icon is still an empty box.
    await waitFor(
      () => {
        const icons = [...canvasElement.querySelectorAll("svg[data-icon^='lucide:']")];
        expect(icons.map((icon) => [icon.getAttribute("data-icon"), icon.hasAttribute("data-loading"), icon.children.length > 0])).toEqual([
          ["lucide:calendar-days", false, true],
          ["lucide:bot", false, true],
        ]);
      },
      { timeout: 15_000 },
    );
  },
};
