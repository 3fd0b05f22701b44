import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";
import { Input, INPUT_TYPES, FIELD_VARIANTS, FIELD_SIZES, FIELD_GUTTER_SIZES } from "../../src/components/Input";

/** Single-line text field: outline (default) or soft, ChatKit control heights, optional pill ends. */
const meta = {
  title: "Components/Input",
  component: Input,
  args: { name: "email", placeholder: "you@example.com", "aria-label": "Email" },
  argTypes: {
    inputType: { control: "select", options: INPUT_TYPES },
    variant: { control: "inline-radio", options: FIELD_VARIANTS },
    size: { control: "select", options: FIELD_SIZES },
    gutterSize: { control: "select", options: FIELD_GUTTER_SIZES },
  },
  decorators: [(Story) => <div style={{ width: 280 }}><Story /></div>],
} satisfies Meta<typeof Input>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Both variants at every control size (22 → 48px). */
export const VariantsAndSizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(2, 200px)", gap: 8 }}>
      {FIELD_SIZES.flatMap((size) =>
        FIELD_VARIANTS.map((variant) => (
          <Input key={`${size}-${variant}`} {...args} variant={variant} size={size} placeholder={`${variant} ${size}`} aria-label={`${variant} ${size}`} />
        )),
      )}
    </div>
  ),
  decorators: [(Story) => <Story />],
};

/** Filled, disabled, invalid, pill and a password field. */
export const States: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      <Input {...args} aria-label="Filled" defaultValue="ada@example.com" />
      <Input {...args} aria-label="Disabled" disabled defaultValue="Read only" />
      <Input {...args} aria-label="Invalid" invalid defaultValue="not-an-email" />
      <Input {...args} aria-label="Pill" pill placeholder="Pill" />
      <Input {...args} aria-label="Password" inputType="password" defaultValue="hunter22" />
      <Input {...args} aria-label="Wide gutter" gutterSize="xl" placeholder="Gutter xl" />
    </div>
  ),
};

/** Typing fills the field; `autoSelect` selects the whole text on focus so typing replaces it. Keyboard only. */
export const TypingAndAutoSelect: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      <Input {...args} aria-label="Name" name="name" placeholder="Your name" />
      <Input {...args} aria-label="City" name="city" autoSelect defaultValue="Paris" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = canvas.getByRole("textbox", { name: "Name" });
    await tabTo(name);
    await press("Ada Lovelace", canvasElement);
    await expect(name).toHaveValue("Ada Lovelace");

    const city = canvas.getByRole<HTMLInputElement>("textbox", { name: "City" });
    await press("{Tab}", canvasElement);
    await expect(city).toHaveFocus();
    // The selection is applied in the next frame (after the browser places the caret).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await expect([city.selectionStart, city.selectionEnd]).toEqual([0, 5]);
    await press("Lyon", canvasElement);
    await expect(city).toHaveValue("Lyon");
    // Shift+Tab goes back to the first field, which keeps its text.
    await press("{Shift>}{Tab}{/Shift}", canvasElement);
    await expect(name).toHaveFocus();
    await expect(name).toHaveValue("Ada Lovelace");
  },
};

/**
 * A field that fails `pattern` is invalid for the form (native validation); once left it shows the danger border,
 * is marked `aria-invalid` and is described by the browser's message shown under it.
 */
export const PatternValidation: Story = {
  args: { name: "zip", "aria-label": "ZIP code", pattern: "[0-9]{5}", placeholder: "5 digits", required: true },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole<HTMLInputElement>("textbox", { name: "ZIP code" });
    await tabTo(field);
    await press("12a", canvasElement);
    await expect(field.validity.patternMismatch).toBe(true);
    await expect(field).not.toHaveAttribute("aria-invalid");
    // Leaving the field (Shift+Tab comes back to it) shows the message.
    await userEvent.tab();
    await tabTo(field, { shift: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("Please match the requested format.");
    await expect(within(canvasElement).getByText("Please match the requested format.")).toBeVisible();
    await press("{Control>}a{/Control}75001", canvasElement);
    await expect(field.checkValidity()).toBe(true);
    await expect(field).not.toHaveAttribute("aria-invalid");
    await expect(field).not.toHaveAttribute("aria-describedby");
  },
};
