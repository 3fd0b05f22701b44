import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within, type Mock } from "storybook/test";
import { press, tabTo } from "../keyboard";
import { Button, BUTTON_COLORS, BUTTON_SIZES, BUTTON_VARIANTS } from "../../src/components/Button";
import { WidgetRenderer } from "../../src/renderer";

/** Pill-shaped action buttons: eight colours × four variants on the ChatKit control-size scale. */
const meta = {
  title: "Components/Button",
  component: Button,
  args: { label: "Confirm", onClick: fn() },
  argTypes: {
    color: { control: "select", options: BUTTON_COLORS },
    variant: { control: "inline-radio", options: BUTTON_VARIANTS },
    size: { control: "select", options: BUTTON_SIZES },
    preset: { control: "inline-radio", options: [undefined, "primary", "secondary"] },
  },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every colour in every variant (md). */
export const ColorsAndVariants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(4, max-content)", gap: 12 }}>
      {BUTTON_COLORS.flatMap((color) =>
        BUTTON_VARIANTS.map((variant) => (
          <Button key={`${color}-${variant}`} {...args} color={color} variant={variant} label={`${color} ${variant}`} />
        )),
      )}
    </div>
  ),
};

/** 3xs (22px) … 3xl (48px), with the icon size that follows from each. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 8 }}>
      {BUTTON_SIZES.map((size) => (
        <Button key={size} {...args} size={size} iconStart="sparkle" label={size} />
      ))}
    </div>
  ),
};

/** Icons before and after the label, icon-only (named after its icon), square and block buttons, square corners. */
export const IconsAndShapes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12, width: 320 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <Button {...args} iconStart="plus" label="Add item" variant="soft" />
        <Button {...args} iconEnd="external-link" label="Open" variant="outline" />
        <Button {...args} iconStart="search" label={undefined} variant="ghost" color="secondary" />
        <Button {...args} iconStart="reload" label={undefined} uniform variant="outline" aria-label="Refresh" />
      </div>
      <Button {...args} block label="Full width" />
      <Button {...args} pill={false} label="Square corners" color="info" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // An icon-only button is announced by its icon's name unless a label is given.
    await expect(canvas.getByRole("button", { name: "Search" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Refresh" })).toBeVisible();
  },
};

/** `style` presets of the widget vocabulary: primary (solid) and secondary (soft gray). */
export const Presets: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 8 }}>
      <Button {...args} preset="primary" label="Save" />
      <Button {...args} preset="secondary" label="Cancel" />
    </div>
  ),
};

/** Disabled buttons ignore clicks; loading buttons keep their width, show a spinner and report aria-busy. */
export const States: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
      <Button {...args} label="Disabled" disabled />
      <Button {...args} label="Disabled soft" variant="soft" disabled />
      <Button {...args} label="Loading" loading />
      <Button {...args} label="Loading outline" variant="outline" loading />
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Disabled" }), { pointerEventsCheck: 0 });
    const loading = canvas.getByRole("button", { name: "Loading" });
    await expect(loading).toHaveAttribute("aria-busy", "true");
    await userEvent.click(loading, { pointerEventsCheck: 0 });
    // A loading button stays reachable (Tab) and keeps focus; Enter does nothing.
    await tabTo(loading);
    await press("{Enter}", canvasElement);
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(loading).toHaveFocus();
  },
};

/** Keyboard: Tab reaches the button; Enter and Space both activate it. */
export const KeyboardActivation: Story = {
  args: { label: "Send" },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole("button", { name: "Send" });
    await tabTo(button);
    await press("{Enter}", canvasElement);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
    await press(" ", canvasElement);
    await expect(args.onClick).toHaveBeenCalledTimes(2);
    await expect(button).toHaveFocus();
  },
};

const ORDER_WIDGET = {
  type: "Card",
  children: [
    { type: "Title", value: "Confirm your order", size: "sm" },
    {
      type: "Form",
      direction: "col",
      gap: 2,
      children: [
        { type: "Label", value: "Note for the courier", fieldName: "delivery.note" },
        { type: "Text", value: "Leave at the door", editable: { name: "delivery.note" } },
        {
          type: "Button",
          label: "Place order",
          iconStart: "check",
          onClickAction: { type: "order.place", handler: "client", payload: { orderId: "ord_42" } },
        },
      ],
    },
  ],
};

/**
 * A Button rendered from widget JSON by `WidgetRenderer`: clicking it (and pressing Enter on it) hands
 * `onAction` the action with the static payload and the form's field values merged in.
 */
export const InWidgetRenderer: StoryObj<typeof WidgetRenderer> = {
  // A fixed width like a chat column, so the card's size does not depend on the typed text.
  render: (args) => (
    <div style={{ width: 360 }}>
      <WidgetRenderer {...args} />
    </div>
  ),
  args: { widget: ORDER_WIDGET, item: { id: "msg_order" }, onAction: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "Place order" });
    await userEvent.click(button);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect((args.onAction as Mock).mock.calls[0][0]).toEqual({
      type: "order.place",
      payload: { orderId: "ord_42", delivery: { note: "Leave at the door" } },
    });
    await expect((args.onAction as Mock).mock.calls[0][1]).toMatchObject({ id: "msg_order" });

    const note = canvas.getByRole("textbox", { name: "Note for the courier" });
    await userEvent.clear(note);
    await userEvent.type(note, "Ring twice");
    button.focus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onAction).toHaveBeenCalledTimes(2);
    await expect((args.onAction as Mock).mock.calls[1][0]).toEqual({
      type: "order.place",
      payload: { orderId: "ord_42", delivery: { note: "Ring twice" } },
    });
  },
};
