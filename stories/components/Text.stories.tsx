import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { press, tabTo } from "../keyboard";
import { Text } from "../../src/components/Text";
import { Label } from "../../src/components/Label";

const SIZES = ["xs", "sm", "md", "lg", "xl"] as const;
const LONG =
  "Your package left the warehouse this morning and is expected to arrive on Thursday between 9 am and noon. We will send a text when the courier is close.";

/** Body text with the widget vocabulary: size, weight, colour, alignment, clamping, streaming and editing. */
const meta = {
  title: "Components/Text",
  component: Text,
  args: { value: "The quick brown fox jumps over the lazy dog." },
  argTypes: { size: { control: "inline-radio", options: SIZES } },
} satisfies Meta<typeof Text>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** xs 12 · sm 14 · md 16 · lg 18 · xl 20 px. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 6 }}>
      {SIZES.map((size) => (
        <Text key={size} {...args} size={size} value={`${size} · The quick brown fox`} />
      ))}
    </div>
  ),
};

/** Weights, the text colour tokens and the decorations. */
export const StylesAndColors: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(2, max-content)", gap: "4px 24px" }}>
      {(["normal", "medium", "semibold", "bold"] as const).map((weight) => (
        <Text key={weight} {...args} weight={weight} value={`${weight} weight`} />
      ))}
      {(["prose", "primary", "emphasis", "secondary", "tertiary", "success", "warning", "danger", "info", "discovery", "caution"] as const).map(
        (color) => (
          <Text key={color} {...args} color={color} value={`${color} text`} />
        ),
      )}
      <Text {...args} italic value="italic" />
      <Text {...args} lineThrough color="tertiary" value="line through" />
    </div>
  ),
};

/** One line with an ellipsis, two lines clamped, and room reserved for three lines. */
export const TruncateMaxLinesMinLines: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12, width: 300 }}>
      <Text {...args} truncate value={LONG} />
      <Text {...args} maxLines={2} value={LONG} />
      <div style={{ outline: "1px dashed var(--cw-border-default)" }}>
        <Text {...args} minLines={3} value="Reserves three lines." />
      </div>
      <Text {...args} textAlign="center" width={300} value="Centred in 300px" />
    </div>
  ),
};

/** While `streaming` is true a soft caret follows the text; it goes away when streaming ends. */
export const Streaming: Story = {
  args: { value: "Looking up flights from Lisbon to", streaming: true },
};

/** `editable`: a form field named `editable.name` that looks like the text it edits; a Label points at it by name. */
export const Editable: Story = {
  render: (args) => (
    <form style={{ display: "grid", gap: 4, width: 300 }} onSubmit={(event) => event.preventDefault()}>
      <Label value="Title" fieldName="todo.title" />
      <Text {...args} value="Buy groceries" editable={{ name: "todo.title", placeholder: "Add a title", required: true }} />
    </form>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText("Title"));
    const field = canvas.getByRole("textbox", { name: "Title" });
    await expect(field).toHaveFocus();
    await expect(field).toHaveAttribute("name", "todo.title");
    await userEvent.clear(field);
    await userEvent.type(field, "Walk the dog");
    await expect(new FormData(field.closest("form")!).get("todo.title")).toBe("Walk the dog");
    // By keyboard: Tab leaves the field and Shift+Tab comes back to it with its text selected; typing replaces it.
    await userEvent.tab();
    await tabTo(field, { shift: true });
    await press("Call the bank", canvasElement);
    await expect(new FormData(field.closest("form")!).get("todo.title")).toBe("Call the bank");
    await press("{Control>}a{/Control}Walk the dog", canvasElement);
    await expect(field).toHaveValue("Walk the dog");
  },
};
