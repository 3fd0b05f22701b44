// Code the renderer loads only when a widget needs it: an editable Text's field (with the other form fields) and the
// focus recovery (on the first focus inside a widget). Fresh module copies, because the DOM setup file preloads both.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

afterEach(cleanup);

async function fresh() {
  vi.resetModules();
  const renderer: typeof import("../../src/renderer") = await import("../../src/renderer");
  const focus: typeof import("../../src/renderer/focus") = await import("../../src/renderer/focus");
  return { ...renderer, ...focus };
}

const button = (label: string) => ({ type: "Button", label, onClickAction: { type: `press.${label.toLowerCase()}`, handler: "client" } });
const card = (...children: unknown[]) => ({ type: "Card", children });

describe("code on demand", () => {
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
