import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { press, tabTo } from "../keyboard";
import { buildWidget, decodeEncodedWidget } from "../../src/server/templates";
import { WidgetBuilder } from "./WidgetBuilder";
import orderView from "./views/order_status.widget.jsx?raw";
import orderState from "./views/order_status.state.json?raw";
import orderSchema from "./views/order_status.schema.ts?raw";

/**
 * Author a widget offline in the Widget Builder's language: edit the JSX view, its state and its schema
 * (zod source or JSON Schema); the preview follows in light and dark, errors point at their line, and
 * "Download .widget" exports the file (template compiled from the view). See docs/widget-files.md.
 */
const meta = {
  title: "Templates/Widget Builder",
  component: WidgetBuilder,
  args: {
    name: "order_status",
    view: orderView,
    state: orderState,
    schema: orderSchema,
    states: [
      {
        name: "Shipped",
        state: {
          order: { id: "ord_1042", number: "#1042", status: "Shipped", items: [{ sku: "mug-01", name: "Stoneware mug", quantity: 2, price: "$18.00" }] },
        },
      },
    ],
    onExport: fn(),
    onAction: fn(),
  },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof WidgetBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Editing the state re-renders both previews; choosing a named state previews it. Keyboard only. */
export const EditState: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const state = canvas.getByLabelText("State");
    // Tab into the field (its text is selected), type over it. `{{` and `[[` type a literal brace or bracket.
    await tabTo(state);
    await press(
      '{{"order":{{"id":"ord_7","number":"#7","status":"Shipped","items":[[{{"sku":"a","name":"Teapot","quantity":1,"price":"$30.00"}]}}',
      canvasElement,
    );
    for (const theme of ["light", "dark"]) {
      const preview = within(canvas.getByRole("region", { name: `Preview, ${theme}` }));
      await waitFor(() => expect(preview.getByText("Order #7")).toBeVisible());
      await expect(preview.getByText("Teapot")).toBeVisible();
      await expect(preview.getByRole("button", { name: "Cancel" })).toBeDisabled();
    }
    // A native <select>: reached by Tab; user-event cannot open its (browser-drawn) list with keys, so the option
    // is chosen as the list would choose it.
    const chooser = canvas.getByLabelText("Preview state");
    await tabTo(chooser);
    await userEvent.selectOptions(chooser, "Shipped");
    await expect(chooser).toHaveFocus();
    await waitFor(() => expect(within(canvas.getByRole("region", { name: "Preview, light" })).getByText("Order #1042")).toBeVisible());
  },
};

/** A view error names its line and column and marks the view field invalid; download is off until fixed. */
export const ViewErrorAtItsLine: Story = {
  args: { view: `<Card>\n  <Text value={order.items.reduce((a, b) => a)} />\n</Card>` },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const error = await canvas.findByTestId("view-error");
    await expect(error).toHaveTextContent('Line 2, column 28: "reduce" is not an allowed method on an array');
    await expect(canvas.getByLabelText("View")).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByRole("button", { name: "Download .widget" })).toBeDisabled();
  },
};

/**
 * "Download .widget" exports a file whose template renders the preview and whose project reads back. By keyboard:
 * Enter on the button; then the preview's own button dispatches its client action.
 */
export const Download: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole("button", { name: "Download .widget" }));
    await press("{Enter}", canvasElement);
    await expect(args.onExport).toHaveBeenCalledTimes(1);
    const file = (args.onExport as unknown as { mock: { calls: [Parameters<NonNullable<typeof args.onExport>>[0]][] } }).mock.calls[0]![0];
    const state = JSON.parse(orderState) as Record<string, unknown>;
    await expect(file).toMatchObject({ version: "1.0", name: "order_status" });
    await expect(buildWidget(file, state)).toEqual(file.outputJsonPreview);
    await expect(file.outputJsonPreview).toMatchObject({
      type: "Card",
      children: expect.arrayContaining([
        expect.objectContaining({
          type: "Row",
          children: expect.arrayContaining([
            { type: "Button", label: "Track", iconStart: "map-pin", onClickAction: { type: "order.track", handler: "client", payload: { id: "ord_1042" } } },
          ]),
        }),
      ]),
    });
    await expect(decodeEncodedWidget(file.encodedWidget!)).toMatchObject({ kind: "project", project: { view: orderView, schemaMode: "zod" } });
    const track = within(canvas.getByRole("region", { name: "Preview, dark" })).getByRole("button", { name: "Track" });
    await tabTo(track);
    await press(" ", canvasElement);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith({ type: "order.track", payload: { id: "ord_1042" } }, expect.objectContaining({ id: "msg_builder_dark" }));
  },
};
