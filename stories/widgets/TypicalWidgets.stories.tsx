import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { loadChartCanvas } from "../../src/components/Chart";
import { WidgetRenderer } from "../../src/renderer";
import { press, tabTo } from "../keyboard";
import { typicalWidgets } from "./typicalWidgets";

/** Widgets an assistant typically answers with, written for this gallery. */
const meta = {
  title: "Widgets/Typical widgets",
  component: WidgetRenderer,
  args: { onAction: fn(), onServerAction: fn(async () => {}), item: { id: "msg_typical" } },
} satisfies Meta<typeof WidgetRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

const noErrorCard = async (canvasElement: HTMLElement) => {
  await expect(canvasElement.querySelector(".cw-error-card")).toBeNull();
};

export const OrderSummary: Story = {
  args: { widget: typicalWidgets.orderSummary },
  play: async ({ canvasElement, args }) => {
    await noErrorCard(canvasElement);
    // By keyboard: Tab to the button, Enter.
    await tabTo(within(canvasElement).getByRole("button", { name: "Track package" }));
    await press("{Enter}", canvasElement);
    await expect(args.onAction).toHaveBeenCalledWith(
      { type: "order.track", payload: { orderId: "48213" } },
      expect.objectContaining({ id: "msg_typical" }),
    );
    await expect(args.onAction).toHaveBeenCalledTimes(1);
  },
};

export const FlightOptions: Story = {
  args: { widget: typicalWidgets.flightOptions },
  play: async ({ canvasElement, args }) => {
    await noErrorCard(canvasElement);
    // By keyboard: Tab to the flight's row (a button), Space.
    await tabTo((element) => element.getAttribute("role") === "button" && (element.textContent ?? "").includes("9:40 AM – 6:20 PM"));
    await press(" ", canvasElement);
    await expect(args.onServerAction).toHaveBeenCalledWith(
      { type: "flight.select", payload: { id: "dl2" } },
      expect.objectContaining({ id: "msg_typical" }),
      { streaming: true },
    );
  },
};

export const Weather: Story = {
  args: { widget: typicalWidgets.weather },
  play: async ({ canvasElement }) => noErrorCard(canvasElement),
};

export const FormCard: Story = {
  args: { widget: typicalWidgets.formCard },
  play: async ({ canvasElement, args }) => {
    await noErrorCard(canvasElement);
    const canvas = within(canvasElement);
    // Keyboard only: type the title, Tab on past the date and length (left as they are), Space twice on the
    // checkbox (off, on again), Enter on the confirm button; then Enter on Cancel.
    await tabTo(canvas.getByRole("textbox", { name: "Title" }));
    await press("Design review", canvasElement);
    const notify = canvas.getByRole("checkbox", { name: "Notify attendees" });
    await tabTo(notify);
    await press(" ", canvasElement);
    await expect(notify).not.toBeChecked();
    await press(" ", canvasElement);
    await expect(notify).toBeChecked();
    await tabTo(canvas.getByRole("button", { name: "Book meeting" }));
    await press("{Enter}", canvasElement);
    await waitFor(() =>
      expect(args.onServerAction).toHaveBeenCalledWith(
        {
          type: "meeting.book",
          payload: { calendarId: "team", meeting: { title: "Design review", date: "2026-12-03", length: "30", notify: true } },
        },
        expect.objectContaining({ id: "msg_typical" }),
        { streaming: true },
      ),
    );
    await expect(args.onServerAction).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvasElement.querySelector("[aria-busy=true]")).toBeNull());
    await tabTo(canvas.getByRole("button", { name: "Cancel" }), { shift: true });
    await press("{Enter}", canvasElement);
    // The card is a form: its cancel action carries the form's values too.
    await expect(args.onAction).toHaveBeenCalledWith(
      { type: "meeting.cancel", payload: { meeting: { title: "Design review", date: "2026-12-03", length: "30", notify: true } } },
      expect.objectContaining({ id: "msg_typical" }),
    );
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onServerAction).toHaveBeenCalledTimes(1);
  },
};

export const Table: Story = {
  args: { widget: typicalWidgets.quarterlyTable },
  play: async ({ canvasElement }) => {
    await noErrorCard(canvasElement);
    await expect(within(canvasElement).getAllByRole("row")).toHaveLength(4);
  },
};

export const Chart: Story = {
  args: { widget: typicalWidgets.revenueChart },
  // The recharts chunk is fetched before the story renders (its first fetch can outlast the play's wait).
  loaders: [async () => ({ chartChunk: Boolean(await loadChartCanvas()) })],
  play: async ({ canvasElement }) => {
    await noErrorCard(canvasElement);
    // The chart library loads lazily; the screenshot is taken once its bars are drawn.
    await waitFor(() => expect(canvasElement.querySelectorAll(".recharts-bar-rectangle").length).toBeGreaterThanOrEqual(12), { timeout: 10_000 });
  },
};
