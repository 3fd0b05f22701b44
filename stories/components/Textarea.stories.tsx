import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";
import { Textarea, TEXTAREA_PATTERN_MESSAGE } from "../../src/components/Textarea";
import { FIELD_SIZES, FIELD_VARIANTS, FIELD_GUTTER_SIZES } from "../../src/components/Input";

/** Multi-line text field; `autoResize` grows it from `rows` to `maxRows` lines. */
const meta = {
  title: "Components/Textarea",
  component: Textarea,
  args: { name: "notes", placeholder: "Add a note…", "aria-label": "Notes" },
  argTypes: {
    variant: { control: "inline-radio", options: FIELD_VARIANTS },
    size: { control: "select", options: FIELD_SIZES },
    gutterSize: { control: "select", options: FIELD_GUTTER_SIZES },
  },
  decorators: [(Story) => <div style={{ width: 300 }}><Story /></div>],
} satisfies Meta<typeof Textarea>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Outline and soft, small to large, plus disabled and invalid. */
export const VariantsAndStates: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      {FIELD_VARIANTS.map((variant) => (
        <Textarea key={variant} {...args} variant={variant} rows={2} aria-label={variant} placeholder={variant} />
      ))}
      <Textarea {...args} size="sm" rows={2} aria-label="Small" placeholder="size sm" />
      <Textarea {...args} size="xl" rows={2} aria-label="Large" placeholder="size xl" />
      <Textarea {...args} disabled rows={2} aria-label="Disabled" defaultValue="Disabled" />
      <Textarea {...args} invalid rows={2} aria-label="Invalid" defaultValue="Invalid" />
    </div>
  ),
};

const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`).join("{Enter}");

/** Grows line by line while typing, from 2 rows up to `maxRows` 4, then scrolls. */
export const AutoResize: Story = {
  args: { autoResize: true, rows: 2, maxRows: 4, "aria-label": "Message" },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole<HTMLTextAreaElement>("textbox", { name: "Message" });
    const lineHeight = parseFloat(getComputedStyle(field).lineHeight);
    const initial = field.getBoundingClientRect().height;
    // Keyboard only: Tab into the field; Enter adds a line (it never submits a textarea).
    await tabTo(field);
    await press(lines(3), canvasElement);
    const threeLines = field.getBoundingClientRect().height;
    await expect(threeLines - initial).toBeCloseTo(lineHeight, 0);
    await press(`{Enter}${lines(4)}`, canvasElement);
    const capped = field.getBoundingClientRect().height;
    await expect(capped - initial).toBeCloseTo(lineHeight * 2, 0);
    await expect(getComputedStyle(field).overflowY).toBe("auto");
    await press("{Control>}a{/Control}{Backspace}", canvasElement);
    await expect(field).toHaveValue("");
    await expect(field.getBoundingClientRect().height).toBeCloseTo(initial, 0);
  },
};

/** `pattern` is checked on textareas too (they have no native pattern); once left, a mismatch is described. */
export const Pattern: Story = {
  args: { pattern: "[A-Z].*", rows: 2, "aria-label": "Sentence", placeholder: "Starts with a capital" },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole<HTMLTextAreaElement>("textbox", { name: "Sentence" });
    await tabTo(field);
    await press("lowercase", canvasElement);
    await expect(field.validationMessage).toBe(TEXTAREA_PATTERN_MESSAGE);
    await userEvent.tab();
    await expect(field).not.toHaveFocus();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(TEXTAREA_PATTERN_MESSAGE);
    await tabTo(field, { shift: true });
    await press("{Control>}a{/Control}Capital", canvasElement);
    await expect(field.checkValidity()).toBe(true);
    await expect(field).not.toHaveAttribute("aria-invalid");
  },
};
