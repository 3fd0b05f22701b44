import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { Checkbox } from "../../src/components/Checkbox";
import { press, tabTo } from "../keyboard";
import { WidgetHarness } from "./WidgetHarness";

/** A check box with a label (Radix Checkbox; a native checkbox inside forms). */
const meta = {
  title: "Components/Checkbox",
  component: Checkbox,
  args: { name: "subscribe", label: "Email me about updates", onCheckedChange: fn() },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Unchecked, checked, disabled (both), required and invalid. */
export const States: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 10 }}>
      <Checkbox {...args} label="Unchecked" />
      <Checkbox {...args} label="Checked" defaultChecked />
      <Checkbox {...args} label="Disabled" disabled />
      <Checkbox {...args} label="Disabled and checked" disabled defaultChecked />
      <Checkbox {...args} label="Required" required />
      <Checkbox {...args} label="Invalid" invalid />
    </div>
  ),
};

/** Clicking the label toggles the box; Space toggles it from the keyboard. */
export const ToggleByMouseAndKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const box = within(canvasElement).getByRole("checkbox", { name: "Email me about updates" });
    await userEvent.click(within(canvasElement).getByText("Email me about updates"));
    await expect(box).toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard(" ");
    await expect(box).not.toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith(false);
  },
};

/**
 * A Checkbox node with `onChangeAction`: the app's `onAction` receives the configured action with the
 * new state under the field name, merged into the static payload. Played by keyboard only (Tab, Space).
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
            type: "Checkbox",
            name: "prefs.newsletter",
            label: "Newsletter",
            onChangeAction: { type: "prefs.changed", handler: "client", payload: { source: "settings" } },
          },
        ]}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const { onAction } = args as unknown as { onAction: ReturnType<typeof fn> };
    const box = within(canvasElement).getByRole("checkbox", { name: "Newsletter" });
    // By keyboard (the checkbox pattern): Tab reaches the box, Space toggles it, focus stays on it.
    await tabTo(box);
    await press(" ", canvasElement);
    await expect(box).toBeChecked();
    await expect(box).toHaveFocus();
    await expect(onAction).toHaveBeenLastCalledWith(
      { type: "prefs.changed", payload: { source: "settings", prefs: { newsletter: true } } },
      expect.objectContaining({ id: "msg_story" }),
    );
    await press(" ", canvasElement);
    await expect(box).not.toBeChecked();
    await expect(box).toHaveFocus();
    await expect(onAction).toHaveBeenLastCalledWith(
      { type: "prefs.changed", payload: { source: "settings", prefs: { newsletter: false } } },
      expect.anything(),
    );
    await expect(onAction).toHaveBeenCalledTimes(2);
    // Enter does not toggle a checkbox (the pattern names Space only).
    await press("{Enter}", canvasElement);
    await expect(box).not.toBeChecked();
    await expect(onAction).toHaveBeenCalledTimes(2);
  },
};
