import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Label } from "../../src/components/Label";
import { RadioGroup, RADIO_DIRECTIONS } from "../../src/components/RadioGroup";
import { expectFocusKept, press, tabTo } from "../keyboard";
import { WidgetHarness } from "./WidgetHarness";

const SIZES = [
  { label: "Small", value: "s" },
  { label: "Medium", value: "m" },
  { label: "Large", value: "l" },
];

/** Radio choices in a row (default) or a column (Radix RadioGroup; native radios inside forms). */
const meta = {
  title: "Components/RadioGroup",
  component: RadioGroup,
  args: { name: "size", ariaLabel: "Size", options: SIZES, defaultValue: "m", onValueChange: fn() },
  argTypes: { direction: { control: "inline-radio", options: RADIO_DIRECTIONS } },
} satisfies Meta<typeof RadioGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Row and column layouts, a disabled option, a disabled group. */
export const DirectionsAndStates: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      <RadioGroup {...args} ariaLabel="Row" direction="row" />
      <RadioGroup {...args} ariaLabel="Column" direction="col" />
      <RadioGroup {...args} ariaLabel="One disabled" options={[...SIZES.slice(0, 2), { ...SIZES[2], disabled: true }]} />
      <RadioGroup {...args} ariaLabel="Disabled group" disabled />
    </div>
  ),
};

/** A `Label` whose `fieldName` is the group's `name` names it (never the field name itself). */
export const LabelledByLabel: Story = {
  args: { ariaLabel: undefined, name: "shipping" },
  render: (args) => (
    <div style={{ display: "grid", gap: 4 }}>
      <Label value="Shipping speed" fieldName="shipping" />
      <RadioGroup {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("radiogroup", { name: "Shipping speed" })).toBeInTheDocument();
    await expect(canvas.queryByRole("radiogroup", { name: "shipping" })).not.toBeInTheDocument();
  },
};

/**
 * A RadioGroup node: a click, then arrow keys, each send the action with the newly chosen value; then by keyboard
 * only (Tab into the group lands on the checked radio, arrows move the choice, Tab leaves the group).
 */
export const OnChangeAction: Story = {
  args: { onAction: fn() } as never,
  render: (args) => {
    const { onAction } = args as unknown as { onAction: () => void };
    return (
      <WidgetHarness
        onAction={onAction}
        nodes={[
          {
            type: "RadioGroup",
            name: "size",
            options: SIZES,
            defaultValue: "m",
            onChangeAction: { type: "size.changed", handler: "client", payload: { itemId: "sku_1" } },
          },
        ]}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const { onAction } = args as unknown as { onAction: ReturnType<typeof fn> };
    const canvas = within(canvasElement);
    const large = canvas.getByRole("radio", { name: "Large" });
    await userEvent.click(large);
    await expect(large).toBeChecked();
    await expect(large).toHaveFocus();
    await expect(onAction).toHaveBeenLastCalledWith(
      { type: "size.changed", payload: { itemId: "sku_1", size: "l" } },
      expect.objectContaining({ id: "msg_story" }),
    );
    // Arrow keys move the choice (wrapping from the last to the first).
    // Radix moves focus in a timeout after keydown and checks the radio only while the arrow is down: hold it.
    await userEvent.keyboard("{ArrowRight>}");
    await waitFor(() => expect(canvas.getByRole("radio", { name: "Small" })).toHaveFocus());
    await userEvent.keyboard("{/ArrowRight}");
    await expect(canvas.getByRole("radio", { name: "Small" })).toBeChecked();
    await expect(onAction).toHaveBeenLastCalledWith({ type: "size.changed", payload: { itemId: "sku_1", size: "s" } }, expect.anything());
    await expect(onAction).toHaveBeenCalledTimes(2);
    // Up and Down move the choice in a row too (the radio group pattern names all four arrows).
    await userEvent.keyboard("{ArrowDown>}");
    await waitFor(() => expect(canvas.getByRole("radio", { name: "Medium" })).toHaveFocus());
    await userEvent.keyboard("{/ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "Medium" })).toBeChecked();
    await userEvent.keyboard("{ArrowUp>}");
    await waitFor(() => expect(canvas.getByRole("radio", { name: "Small" })).toHaveFocus());
    await userEvent.keyboard("{/ArrowUp}");
    await expect(canvas.getByRole("radio", { name: "Small" })).toBeChecked();
    await expect(onAction).toHaveBeenLastCalledWith({ type: "size.changed", payload: { itemId: "sku_1", size: "s" } }, expect.anything());
    await expect(onAction).toHaveBeenCalledTimes(4);
    await expectFocusKept(canvasElement);

    // Keyboard only: Shift+Tab leaves the group (one tab stop), Tab comes back to the checked radio.
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole("radiogroup").contains(document.activeElement)).toBe(false);
    const small = canvas.getByRole("radio", { name: "Small" });
    await tabTo(small);
    await expect(small).toBeChecked();
    await press("{ArrowLeft>}", canvasElement);
    await waitFor(() => expect(large).toHaveFocus());
    await press("{/ArrowLeft}", canvasElement);
    await expect(large).toBeChecked();
    await expect(onAction).toHaveBeenLastCalledWith({ type: "size.changed", payload: { itemId: "sku_1", size: "l" } }, expect.anything());
    await expect(onAction).toHaveBeenCalledTimes(5);
    // Space on the checked radio changes nothing.
    await press(" ", canvasElement);
    await expect(onAction).toHaveBeenCalledTimes(5);
    await expect(large).toHaveFocus();
    // Right from the last wraps to the first.
    await press("{ArrowRight>}", canvasElement);
    await waitFor(() => expect(small).toHaveFocus());
    await press("{/ArrowRight}", canvasElement);
    await expect(small).toBeChecked();
    await expect(onAction).toHaveBeenLastCalledWith({ type: "size.changed", payload: { itemId: "sku_1", size: "s" } }, expect.anything());
    await expect(onAction).toHaveBeenCalledTimes(6);
  },
};
