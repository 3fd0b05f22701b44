import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { WidgetRenderer } from "../../src/renderer";
import { expectFocusKept, press, tabTo } from "../keyboard";

const ITEM = { id: "msg_actions" };
const widgetOf = (root: unknown) => expect.objectContaining({ id: ITEM.id, widget: expect.objectContaining(root as object) });

/**
 * Actions end to end through `WidgetRenderer`: each play function triggers the widget and asserts the
 * exact `{ type, payload }` that reached `onAction` / `onServerAction`.
 */
const meta = {
  title: "Actions/Widget actions",
  component: WidgetRenderer,
  args: { item: ITEM, onAction: fn(), onServerAction: fn(), onError: fn(), widget: null },
  argTypes: { widget: { control: "object" } },
} satisfies Meta<typeof WidgetRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

const bookingCard = {
  type: "Card",
  asForm: true,
  confirm: { label: "Book", action: { type: "booking.confirm", handler: "client", payload: { flightId: "TP123" } } },
  cancel: { label: "Cancel", action: { type: "booking.cancel", handler: "client", payload: { flightId: "TP123" } } },
  children: [
    { type: "Title", value: "Passenger", size: "sm" },
    { type: "Label", value: "Full name", fieldName: "passenger.name" },
    { type: "Input", name: "passenger.name", defaultValue: "Ada Lovelace" },
    { type: "Label", value: "Email", fieldName: "passenger.email" },
    { type: "Input", name: "passenger.email", inputType: "email", placeholder: "ada@example.com", required: true },
  ],
};

/**
 * Card `asForm`: confirm carries the static payload plus the fields (dot paths nest); cancel carries them too.
 * Each field is named by its Label.
 */
export const CardConfirmAndCancel: Story = {
  args: { widget: bookingCard },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("textbox", { name: "Full name" })).toHaveValue("Ada Lovelace");
    await userEvent.type(canvas.getByRole("textbox", { name: "Email" }), "ada@example.com");
    await userEvent.click(canvas.getByRole("button", { name: "Book" }));
    await expect(args.onAction).toHaveBeenLastCalledWith(
      { type: "booking.confirm", payload: { flightId: "TP123", passenger: { name: "Ada Lovelace", email: "ada@example.com" } } },
      widgetOf({ type: "Card" }),
    );
    await waitFor(() => expect(canvas.getByRole("button", { name: "Cancel" })).toBeEnabled());
    await userEvent.click(canvas.getByRole("button", { name: "Cancel" }));
    await expect(args.onAction).toHaveBeenLastCalledWith(
      { type: "booking.cancel", payload: { flightId: "TP123", passenger: { name: "Ada Lovelace", email: "ada@example.com" } } },
      widgetOf({ type: "Card" }),
    );
  },
};

const todoForm = {
  type: "Card",
  children: [
    {
      type: "Form",
      gap: 2,
      onSubmitAction: { type: "todo.create", handler: "client", payload: { listId: "home" } },
      children: [
        { type: "Input", name: "todo.title", placeholder: "Title", required: true },
        { type: "Textarea", name: "todo.notes", placeholder: "Notes", rows: 2 },
        { type: "Row", justify: "end", children: [{ type: "Button", label: "Add", submit: true }] },
      ],
    },
  ],
};

/** Form: an empty `required` field blocks the submit; then Enter submits with nested dot-path values. */
export const FormSubmit: Story = {
  args: { widget: todoForm },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Add" }));
    await expect(args.onAction).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByPlaceholderText("Notes"), "Oat milk");
    await userEvent.type(canvas.getByPlaceholderText("Title"), "Milk{Enter}");
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith(
      { type: "todo.create", payload: { listId: "home", todo: { title: "Milk", notes: "Oat milk" } } },
      widgetOf({ type: "Card" }),
    );
  },
};

const inbox = {
  type: "ListView",
  children: ["Quarterly report", "Team offsite"].map((title, index) => ({
    type: "ListViewItem",
    key: `mail-${index}`,
    onClickAction: { type: "mail.open", handler: "client", payload: { id: index + 1 } },
    children: [
      { type: "Icon", name: "mail" },
      { type: "Text", value: title, size: "sm" },
    ],
  })),
};

/** ListViewItem: the whole row is a button; click and Enter dispatch the row's action. */
export const ListViewItemClickAndKeyboard: Story = {
  args: { widget: inbox },
  play: async ({ canvasElement, args }) => {
    const rows = within(canvasElement).getAllByRole("button");
    await userEvent.click(rows[0]!);
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: "mail.open", payload: { id: 1 } }, widgetOf({ type: "ListView" }));
    rows[1]!.focus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: "mail.open", payload: { id: 2 } }, widgetOf({ type: "ListView" }));
    await expect(args.onAction).toHaveBeenCalledTimes(2);
  },
};

const never = () => new Promise<void>(() => {});

/** `self`: the button shows its spinner, a second click dispatches nothing, the rest stays usable. */
export const LoadingSelf: Story = {
  args: {
    onAction: fn(never),
    widget: {
      type: "Card",
      children: [
        {
          type: "Row",
          children: [
            { type: "Button", label: "Refresh", onClickAction: { type: "refresh", handler: "client", loadingBehavior: "self" } },
            { type: "Button", label: "Other", variant: "outline", onClickAction: { type: "other", handler: "client" } },
          ],
        },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const refresh = canvas.getByRole("button", { name: "Refresh" });
    await userEvent.click(refresh);
    await userEvent.click(refresh);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith({ type: "refresh" }, widgetOf({ type: "Card" }));
    await expect(refresh).toHaveAttribute("aria-busy", "true");
    await expect(canvasElement.querySelector(".cw-widget")).not.toHaveAttribute("data-loading");
  },
};

const approvalCard = {
  type: "Card",
  confirm: { label: "Approve", action: { type: "request.approve", handler: "client", payload: { id: 7 } } },
  children: [{ type: "Text", value: "Approve the expense of € 120?" }],
};

/**
 * `container`: the whole widget fades and becomes inert; nothing dispatches until the handler settles. Focus,
 * which was on the control inside, waits on the card meanwhile (not on the page), and the widget says "Loading…".
 */
export const LoadingContainer: Story = {
  args: { onAction: fn(never), widget: approvalCard },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const approve = canvas.getByRole("button", { name: "Approve" });
    await tabTo(approve);
    await press("{Enter}", canvasElement);
    await expect(args.onAction).toHaveBeenCalledWith({ type: "request.approve", payload: { id: 7 } }, widgetOf({ type: "Card" }));
    const frame = canvasElement.querySelector(".cw-widget")!;
    const card = canvasElement.querySelector<HTMLElement>(".cw-card")!;
    await expect(frame).toHaveAttribute("data-loading");
    await expect(frame).toHaveAttribute("aria-busy", "true");
    await expect(approve.closest("[inert]")).not.toBeNull();
    await expect(document.activeElement).toBe(card);
    await expect(canvasElement.querySelector(".cw-widget__live")).toHaveTextContent("Loading…");
    approve.click();
    await expect(args.onAction).toHaveBeenCalledTimes(1);
  },
};

let settleApproval = () => {};

/** When the container's action settles, focus goes back to the control that fired it and the widget says so. */
export const LoadingContainerSettles: Story = {
  // Looks like LoadingContainer before it is pressed; captured there.
  tags: ["no-visual"],
  args: {
    onAction: fn(() => new Promise<void>((resolve) => (settleApproval = resolve))),
    widget: approvalCard,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const approve = canvas.getByRole("button", { name: "Approve" });
    await tabTo(approve);
    await press("{Enter}", canvasElement);
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(document.activeElement).toBe(canvasElement.querySelector(".cw-card"));
    settleApproval();
    await waitFor(() => expect(canvasElement.querySelector(".cw-widget")).not.toHaveAttribute("data-loading"));
    await expectFocusKept(canvasElement, "after the action settled");
    await expect(document.activeElement).toBe(approve);
    await expect(canvasElement.querySelector("[inert]")).toBeNull();
    await expect(canvasElement.querySelector(".cw-widget__live")).toHaveTextContent("Done");
  },
};

/** `none`: no loading state; each click dispatches even while the previous handler is pending. */
export const LoadingNone: Story = {
  args: {
    onAction: fn(never),
    widget: {
      type: "Card",
      children: [{ type: "Button", label: "Like", onClickAction: { type: "post.like", handler: "client", payload: { id: 3 }, loadingBehavior: "none" } }],
    },
  },
  play: async ({ canvasElement, args }) => {
    const like = within(canvasElement).getByRole("button", { name: "Like" });
    await userEvent.click(like);
    await userEvent.click(like);
    await expect(args.onAction).toHaveBeenCalledTimes(2);
    await expect(like).not.toHaveAttribute("aria-busy");
  },
};

/** A field named like a static payload key: the static value wins and `onError` reports the collision. */
export const PayloadCollision: Story = {
  // The collision is a likely bug in the widget, so the renderer warns about it.
  parameters: { console: { expected: [/form field "title" has the name of a key of the static payload of action "note.rename"/] } },
  args: {
    widget: {
      type: "Card",
      children: [
        {
          type: "Form",
          onSubmitAction: { type: "note.rename", handler: "client", payload: { id: "n1", title: "From the server" } },
          children: [
            { type: "Input", name: "title", defaultValue: "Typed by the user", placeholder: "Title" },
            { type: "Button", label: "Rename", submit: true },
          ],
        },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Rename" }));
    await expect(args.onAction).toHaveBeenCalledWith(
      { type: "note.rename", payload: { id: "n1", title: "From the server" } },
      widgetOf({ type: "Card" }),
    );
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "payload-collision", actionType: "note.rename", path: "children[0].onSubmitAction" }),
    );
  },
};

/** Without `handler: "client"` an action goes to `onServerAction` with the item and the `streaming` flag. */
export const ServerHandler: Story = {
  args: {
    widget: {
      type: "Card",
      children: [
        { type: "Button", label: "Sync now", onClickAction: { type: "sync", payload: { scope: "all" }, streaming: false } },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Sync now" }));
    await expect(args.onAction).not.toHaveBeenCalled();
    await expect(args.onServerAction).toHaveBeenCalledWith(
      { type: "sync", payload: { scope: "all" } },
      widgetOf({ type: "Card" }),
      { streaming: false },
    );
  },
};
