import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyThreadEvent, INITIAL_THREAD_STATE, type ThreadState, type ThreadStreamEvent } from "../../src/protocol";
import { WidgetRenderer } from "../../src/renderer";
import "../jsdomResizeObserver";

afterEach(cleanup);


// A form Card whose server-side state is replaced: same item id, same keys, new defaults.
const form = (plan: string, note: string, agree: boolean) => ({
  type: "Card",
  key: "settings",
  asForm: true,
  confirm: { label: "Save", action: { type: "settings.save", handler: "client" } },
  children: [
    {
      type: "Select",
      key: "plan",
      id: "plan",
      name: "plan",
      defaultValue: plan,
      options: [
        { value: "basic", label: "Basic" },
        { value: "pro", label: "Pro" },
      ],
    },
    { type: "Input", key: "note", id: "note", name: "note", defaultValue: note },
    { type: "Checkbox", key: "agree", id: "agree", name: "agree", label: "I agree", defaultChecked: agree },
  ],
});

/** What the controls show: the Select trigger's text, the native fields' values, the box's state. */
function shown(container: HTMLElement) {
  return {
    plan: container.querySelector(".cw-select__value")?.textContent,
    planField: container.querySelector<HTMLSelectElement>("select[name=plan]")?.value,
    note: container.querySelector<HTMLInputElement>("input[name=note]")?.value,
    agree: screen.getByRole("checkbox", { name: "I agree" }).getAttribute("aria-checked"),
  };
}

type Update = "thread.item.replaced" | "widget.root.updated" | "widget.component.updated";

/** The new widget after the server's update, as the protocol reducer produces it from the stream event(s). */
function updated(how: Update) {
  const item = (widget: unknown) => ({ id: "wi_1", thread_id: "t_1", created_at: "2026-01-01T00:00:00Z", type: "widget", widget });
  const next = form("pro", "second", true);
  const events =
    how === "thread.item.replaced"
      ? [{ type: how, item: item(next) }]
      : how === "widget.root.updated"
        ? [{ type: "thread.item.updated", item_id: "wi_1", update: { type: how, widget: next } }]
        : next.children.map((component) => ({
            type: "thread.item.updated",
            item_id: "wi_1",
            update: { type: how, component_id: component.id, component },
          }));
  let state: ThreadState = { ...INITIAL_THREAD_STATE, items: [item(form("basic", "first", false))] as ThreadState["items"] };
  for (const event of events) state = applyThreadEvent(state, event as ThreadStreamEvent);
  return (state.items[0] as { widget: unknown }).widget;
}

async function expectReplacedStateSubmitted(Renderer: typeof WidgetRenderer, how: Update = "thread.item.replaced") {
  const onAction = vi.fn();
  const view = render(<Renderer item={{ id: "wi_1" }} widget={form("basic", "first", false)} onAction={onAction} />);
  await waitFor(() => expect(shown(view.container)).toEqual({ plan: "Basic", planField: "basic", note: "first", agree: "false" }));

  view.rerender(<Renderer item={{ id: "wi_1" }} widget={updated(how)} onAction={onAction} />);
  await waitFor(() => expect(shown(view.container)).toEqual({ plan: "Pro", planField: "pro", note: "second", agree: "true" }));

  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save" })));
  // A fresh renderer may still be loading the form-value code: the click waits for it.
  await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
  expect(onAction.mock.calls[0]![0]).toEqual({ type: "settings.save", payload: { plan: "pro", note: "second", agree: true } });
}

/** A renderer whose lazily loaded views have not loaded yet (its node specs have: these tests are about the views). */
async function freshRenderer(): Promise<typeof WidgetRenderer> {
  vi.resetModules();
  const { WidgetRenderer: Fresh } = await import("../../src/renderer");
  await (await import("../../src/renderer/validate")).loadOnDemandSpecs();
  return Fresh;
}

describe("a replaced widget shows the server's new state", () => {
  it.each(["thread.item.replaced", "widget.root.updated", "widget.component.updated"] as const)(
    "after %s, controls show the new defaults and Save sends them (control views preloaded)",
    async (how) => {
      await expectReplacedStateSubmitted(WidgetRenderer, how);
    },
  );

  it("controls take the new defaults and Save sends them (control views loaded lazily)", async () => {
    const Fresh = await freshRenderer();
    const { container, unmount } = render(<Fresh widget={form("basic", "first", false)} />);
    expect(container.querySelector(".cw-view-placeholder")).not.toBeNull();
    unmount();
    await expectReplacedStateSubmitted(await freshRenderer());
  });

  it("a replacement that arrives while the control views are still loading is what they show", async () => {
    const Fresh = await freshRenderer();
    const onAction = vi.fn();
    const view = render(<Fresh item={{ id: "wi_1" }} widget={form("basic", "first", false)} onAction={onAction} />);
    expect(view.container.querySelector(".cw-view-placeholder")).not.toBeNull();
    view.rerender(<Fresh item={{ id: "wi_1" }} widget={form("pro", "second", true)} onAction={onAction} />);
    await waitFor(() => expect(shown(view.container)).toEqual({ plan: "Pro", planField: "pro", note: "second", agree: "true" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save" })));
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "settings.save", payload: { plan: "pro", note: "second", agree: true } });
  });

  it("every control follows a changed server value: Textarea, RadioGroup and DatePicker too", () => {
    const widget = (text: string, size: string, day: string) => ({
      type: "Card",
      asForm: true,
      children: [
        { type: "Textarea", name: "text", defaultValue: text },
        { type: "RadioGroup", name: "size", ariaLabel: "Size", defaultValue: size, options: [{ value: "s", label: "Small" }, { value: "l", label: "Large" }] },
        { type: "DatePicker", name: "day", defaultValue: day },
      ],
    });
    const view = render(<WidgetRenderer widget={widget("one", "s", "2026-01-05")} />);
    const read = () => ({
      text: view.container.querySelector<HTMLTextAreaElement>("textarea[name=text]")!.value,
      size: within(screen.getByRole("radiogroup", { name: "Size" })).getByRole("radio", { checked: true }).getAttribute("value"),
      day: view.container.querySelector<HTMLInputElement>("input[name=day]")!.value,
      dayLabel: screen.getByRole("button", { name: /^Date:/ }).getAttribute("aria-label"),
    });
    expect(read()).toEqual({ text: "one", size: "s", day: "2026-01-05", dayLabel: "Date: Jan 5, 2026" });
    view.rerender(<WidgetRenderer widget={widget("two", "l", "2026-02-10T09:00:00Z")} />);
    expect(read()).toEqual({ text: "two", size: "l", day: "2026-02-10", dayLabel: "Date: Feb 10, 2026" });
  });

  it("keeps what the user typed when the new version repeats the server value, and replaces it when the value changed", async () => {
    const user = userEvent.setup();
    const widget = (title: string, note: string) => ({
      type: "Card",
      asForm: true,
      children: [
        { type: "Text", value: title },
        { type: "Input", name: "note", defaultValue: note },
        { type: "Checkbox", name: "agree", label: "I agree" },
      ],
    });
    const view = render(<WidgetRenderer widget={widget("Draft", "first")} />);
    const note = () => view.container.querySelector<HTMLInputElement>("input[name=note]")!;
    await user.clear(note());
    await user.type(note(), "mine");
    await user.click(screen.getByRole("checkbox", { name: "I agree" }));

    // Something else changed (a status line): the user's edits stay.
    view.rerender(<WidgetRenderer widget={widget("Saved 1 min ago", "first")} />);
    expect(screen.getByText("Saved 1 min ago")).toBeDefined();
    expect(note().value).toBe("mine");
    expect(screen.getByRole("checkbox", { name: "I agree" }).getAttribute("aria-checked")).toBe("true");

    // The server changed the field's value: the server wins for that field only.
    view.rerender(<WidgetRenderer widget={widget("Saved", "from server")} />);
    expect(note().value).toBe("from server");
    expect(screen.getByRole("checkbox", { name: "I agree" }).getAttribute("aria-checked")).toBe("true");
  });
});
