// Code the renderer loads only when a widget needs it: an editable Text's field (with the other form fields), the
// focus recovery (on the first focus inside a widget) and the code that reads forms (with the first form or control).
// Fresh module copies, because the DOM setup file preloads them.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

afterEach(() => {
  cleanup();
  vi.doUnmock("../../src/actions/formValues");
});

async function fresh() {
  vi.resetModules();
  const renderer: typeof import("../../src/renderer") = await import("../../src/renderer");
  const focus: typeof import("../../src/renderer/focus") = await import("../../src/renderer/focus");
  const actions: typeof import("../../src/actions/useNodeAction") = await import("../../src/actions/useNodeAction");
  return { ...renderer, ...focus, ...actions };
}

/**
 * Holds the form-value code back until the returned function is called (for the next fresh module copies); each
 * load then fails while `fails()` says so.
 */
function gateFormValues(fails: () => boolean = () => false): () => void {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  vi.doMock("../../src/actions/formValues", async () => {
    await gate;
    if (fails()) throw new Error("offline");
    return vi.importActual("../../src/actions/formValues");
  });
  return open;
}

/** Lets late effects and dispatches run, so a test can tell that nothing more happened. */
const settleBriefly = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

const button = (label: string) => ({ type: "Button", label, onClickAction: { type: `press.${label.toLowerCase()}`, handler: "client" } });
const card = (...children: unknown[]) => ({ type: "Card", children });

describe("code on demand", () => {
  it("dispatches a button's static payload without the form code, and loads it with the first form", async () => {
    const { WidgetRenderer, peekFormValues } = await fresh();
    const onAction = vi.fn();
    const view = render(<WidgetRenderer onAction={onAction} widget={card(button("Open"))} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Open" })));
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "press.open" });
    expect(peekFormValues()).toBe(false);
    view.rerender(<WidgetRenderer onAction={onAction} widget={{ ...card(button("Open")), asForm: true }} />);
    await waitFor(() => expect(peekFormValues()).toBe(true));
  });

  it("reads a host page's form around the widget once the form code is there; clicks meanwhile do not dispatch twice", async () => {
    const { WidgetRenderer, peekFormValues } = await fresh();
    const onAction = vi.fn();
    const payloadButton = { type: "Button", label: "Send", onClickAction: { type: "send", handler: "client", payload: { id: "a1" } } };
    render(
      <form>
        <input name="note" defaultValue="from the page" />
        <WidgetRenderer onAction={onAction} widget={card(payloadButton)} />
      </form>,
    );
    expect(peekFormValues()).toBe(false); // nothing in the widget asked for it
    const send = screen.getByRole("button", { name: "Send" });
    fireEvent.click(send);
    fireEvent.click(send); // while the form code loads
    await waitFor(() => expect(onAction).toHaveBeenCalled());
    await settleBriefly();
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "send", payload: { id: "a1", note: "from the page" } });
  });

  it("a Form of fields alone starts loading the form code when it mounts, before its first submit", async () => {
    const { WidgetRenderer, peekFormValues } = await fresh();
    const form = { type: "Form", onSubmitAction: { type: "send", handler: "client" }, children: [{ type: "Input", name: "note" }] };
    render(<WidgetRenderer onAction={() => {}} widget={card(form)} />);
    await screen.findByRole("textbox");
    await waitFor(() => expect(peekFormValues()).toBe(true));
  });

  it("dispatches every change made while the form code loads, in order, each with its own value", async () => {
    const release = gateFormValues();
    const { WidgetRenderer, peekFormValues } = await fresh();
    const onAction = vi.fn();
    const checkbox = { type: "Checkbox", name: "agree", label: "Agree", onChangeAction: { type: "toggle", handler: "client", payload: { id: 7 } } };
    render(<WidgetRenderer onAction={onAction} widget={card(checkbox)} />);
    const box = await screen.findByRole("checkbox", { name: "Agree" });
    fireEvent.click(box);
    fireEvent.click(box);
    expect(peekFormValues()).toBe(false);
    expect(onAction).not.toHaveBeenCalled();
    await act(async () => release());
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(2));
    await settleBriefly();
    expect(onAction.mock.calls.map(([action]) => action)).toEqual([
      { type: "toggle", payload: { id: 7, agree: true } },
      { type: "toggle", payload: { id: 7, agree: false } },
    ]);
  });

  /** A checkbox with `self` loading, toggled twice while the form code loads; resolves once both toggles went out. */
  async function toggleTwiceWhileLoading(onAction: (action: unknown) => Promise<void>): Promise<HTMLElement> {
    const release = gateFormValues();
    const { WidgetRenderer } = await fresh();
    const checkbox = { type: "Checkbox", name: "agree", label: "Agree", onChangeAction: { type: "toggle", handler: "client", loadingBehavior: "self" } };
    render(<WidgetRenderer onAction={onAction} widget={card(checkbox)} />);
    const box = await screen.findByRole("checkbox", { name: "Agree" });
    fireEvent.click(box);
    fireEvent.click(box);
    await act(async () => release());
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(2));
    return box;
  }

  it("dispatches both toggles of a checkbox that shows its own loading, made while the form code loads", async () => {
    const onAction = vi.fn((_action: unknown) => new Promise<void>(() => {})); // each toggle stays pending
    await toggleTwiceWhileLoading(onAction);
    expect(onAction.mock.calls.map(([action]) => action)).toEqual([
      { type: "toggle", payload: { agree: true } },
      { type: "toggle", payload: { agree: false } },
    ]);
  });

  it("a checkbox whose two queued toggles both went out stays busy until the second one settles", async () => {
    const settle: (() => void)[] = [];
    const onAction = vi.fn((_action: unknown) => new Promise<void>((resolve) => settle.push(resolve)));
    const box = await toggleTwiceWhileLoading(onAction);
    const state = () => [box.hasAttribute("disabled"), box.getAttribute("aria-busy")];
    expect(state()).toEqual([true, "true"]);
    await act(async () => settle[0]!());
    expect(state()).toEqual([true, "true"]); // the second toggle is still pending
    await act(async () => settle[1]!());
    expect(state()).toEqual([false, null]);
  });

  it("a submit queued behind the form code is dropped when the form became invalid before it could go out", async () => {
    const release = gateFormValues();
    const { WidgetRenderer } = await fresh();
    const onAction = vi.fn();
    const widget = {
      ...card({ type: "Input", name: "title", required: true, defaultValue: "Draft" }),
      asForm: true,
      confirm: { label: "Save", action: { type: "draft.save", handler: "client" } },
    };
    render(<WidgetRenderer onAction={onAction} widget={widget} />);
    const field = await screen.findByRole("textbox");
    fireEvent.click(screen.getByRole("button", { name: "Save" })); // valid now: queued
    fireEvent.change(field, { target: { value: "" } }); // and emptied before the code arrives
    await act(async () => release());
    await settleBriefly();
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: "Final" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save" })));
    expect(onAction.mock.calls.map(([action]) => action)).toEqual([{ type: "draft.save", payload: { title: "Final" } }]);
  });

  it("when the form code fails to load, the waiting change is reported, a click queued behind it still goes out, and the next change loads it again", async () => {
    let fail = true;
    const open = gateFormValues(() => fail);
    const { WidgetRenderer, peekFormValues } = await fresh();
    const onAction = vi.fn();
    const onError = vi.fn();
    const checkbox = { type: "Checkbox", name: "agree", label: "Agree", onChangeAction: { type: "toggle", handler: "client" } };
    render(<WidgetRenderer onAction={onAction} onError={onError} widget={card(checkbox, button("Open"))} />);
    const box = await screen.findByRole("checkbox", { name: "Agree" });
    fireEvent.click(box);
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    await act(async () => open());
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "press.open" });
    expect(onError.mock.calls.map(([error]) => [error.kind, error.message])).toEqual([
      ["dispatch", expect.stringContaining('action "toggle" could not read its form')],
    ]);
    fail = false;
    fireEvent.click(box);
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(2));
    expect(onAction.mock.calls[1]![0]).toEqual({ type: "toggle", payload: { agree: false } });
    expect(peekFormValues()).toBe(true);
  });

  it("a click made after a change that waits for the form code goes out after the change, not before it", async () => {
    const release = gateFormValues();
    const { WidgetRenderer } = await fresh();
    const onAction = vi.fn((_action: unknown) => new Promise<void>(() => {})); // the button's action keeps the widget busy
    const checkbox = { type: "Checkbox", name: "agree", label: "Agree", onChangeAction: { type: "toggle", handler: "client" } };
    const save = { type: "Button", label: "Save", onClickAction: { type: "save", handler: "client", loadingBehavior: "container" } };
    render(<WidgetRenderer onAction={onAction} widget={card(checkbox, save)} />);
    fireEvent.click(await screen.findByRole("checkbox", { name: "Agree" }));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await settleBriefly();
    expect(onAction).not.toHaveBeenCalled(); // the click queues behind the waiting change
    await act(async () => release());
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(2));
    expect(onAction.mock.calls.map(([action]) => action)).toEqual([{ type: "toggle", payload: { agree: true } }, { type: "save" }]);
  });

  it("an asForm Card's confirm and cancel pressed while the form code loads dispatch only the first", async () => {
    const release = gateFormValues();
    const { WidgetRenderer } = await fresh();
    const onAction = vi.fn((_action: unknown) => new Promise<void>(() => {})); // the widget stays busy
    const widget = {
      ...card({ type: "Text", value: "Save the draft?" }),
      asForm: true,
      confirm: { label: "Save", action: { type: "draft.save", handler: "client" } },
      cancel: { label: "Discard", action: { type: "draft.discard", handler: "client" } },
    };
    render(<WidgetRenderer onAction={onAction} widget={widget} />);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    fireEvent.click(screen.getByRole("button", { name: "Discard" }));
    await act(async () => release());
    await waitFor(() => expect(onAction).toHaveBeenCalled());
    await settleBriefly();
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "draft.save" });
  });

  it("draws static Text at once and an editable Text once the form fields have loaded, in a box of its line meanwhile", async () => {
    const { WidgetRenderer } = await fresh();
    const onAction = vi.fn();
    const { container } = render(
      <WidgetRenderer
        onAction={onAction}
        widget={card({ type: "Text", value: "Static" }, { type: "Text", value: "Draft", editable: { name: "title" } }, button("Save"))}
      />,
    );
    expect(screen.getByText("Static").tagName).toBe("P");
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(container.querySelector(".cw-view-placeholder")).not.toBeNull();
    const field = await screen.findByRole("textbox");
    expect((field as HTMLInputElement).value).toBe("Draft");
    expect(container.querySelector(".cw-view-placeholder")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "press.save" });
  });

  it("loads the focus recovery on the first focus inside a widget, and puts focus back with it", async () => {
    const { WidgetRenderer, peekFocusRecovery } = await fresh();
    const { rerender } = render(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"), button("Two"), button("Three"))} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(peekFocusRecovery()).toBeUndefined(); // nobody focused the widget: nothing loaded
    screen.getByRole("button", { name: "Two" }).focus();
    rerender(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"), button("Three"))} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Three" })));
    expect(peekFocusRecovery()).toBeDefined();
  });
});
