import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { Label } from "../../src/components/Label";

/** A field label bound by field name: clicking it focuses the field named `fieldName` in the same form. */
const meta = {
  title: "Components/Label",
  component: Label,
  args: { value: "Email", fieldName: "contact.email" },
  render: (args) => (
    <form style={{ display: "grid", gap: 4, width: 260 }} onSubmit={(event) => event.preventDefault()}>
      <Label {...args} />
      <input name={args.fieldName} type="email" defaultValue="" />
    </form>
  ),
} satisfies Meta<typeof Label>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText("Email"));
    await expect(canvas.getByRole("textbox", { name: "Email" })).toHaveFocus();
  },
};

/** Sizes and weights. */
export const SizesAndWeights: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 6 }}>
      {(["xs", "sm", "md", "lg"] as const).map((size) => (
        <Label key={size} {...args} size={size} value={`${size} label`} />
      ))}
      <Label {...args} weight="semibold" color="primary" value="semibold primary" />
    </div>
  ),
};
