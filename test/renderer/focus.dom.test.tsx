// Focus never falls to the page when the widget changes under it, and the widget announces what changed.
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WidgetRenderer } from "../../src/renderer";
import { rememberFocus } from "../../src/renderer/focus";
import { successorOf } from "../../src/renderer/focusRecovery";
import { VISUALLY_HIDDEN_CLASS } from "../../src/styling/utilities";

afterEach(cleanup);

const button = (label: string, key?: string) => ({
  type: "Button",
  label,
  ...(key ? { key } : {}),
  onClickAction: { type: `press.${label.toLowerCase()}`, handler: "client" },
});
const card = (...children: unknown[]) => ({ type: "Card", children });
const onPage = () => document.activeElement === document.body || document.activeElement === null;
const live = (container: HTMLElement) => container.querySelector(".cw-widget__live")!;

describe("focus stays in the widget", () => {
  it("moves to the next control when the focused one is removed by an update", async () => {
    const { rerender } = render(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"), button("Two"), button("Three"))} />);
    screen.getByRole("button", { name: "Two" }).focus();
    rerender(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"), button("Three"))} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Three" })));
  });

  it("moves to the control before it when the removed one was the last", async () => {
    const { rerender } = render(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"), button("Two"))} />);
    screen.getByRole("button", { name: "Two" }).focus();
    rerender(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"))} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "One" })));
  });

  it("moves to the replacement of a re-keyed control (a new element at the same place)", async () => {
    const { rerender } = render(<WidgetRenderer onAction={vi.fn()} widget={card(button("Save", "a"), button("Other"))} />);
    const before = screen.getByRole("button", { name: "Save" });
    before.focus();
    rerender(<WidgetRenderer onAction={vi.fn()} widget={card(button("Save", "b"), button("Other"))} />);
    const after = screen.getByRole("button", { name: "Save" });
    expect(after).not.toBe(before);
    await waitFor(() => expect(document.activeElement).toBe(after));
  });

  it("moves to the widget's root when a selected row stops being a button and nothing else is left", async () => {
    const rows = (interactive: boolean) => ({
      type: "ListView",
      children: ["Blue", "Purple"].map((name) => ({
        type: "ListViewItem",
        key: name,
        ...(interactive ? { onClickAction: { type: "line.select", handler: "client", payload: { name } } } : {}),
        children: [{ type: "Text", value: name }],
      })),
    });
    const { container, rerender } = render(<WidgetRenderer onAction={vi.fn()} widget={rows(true)} />);
    screen.getByRole("button", { name: "Purple" }).focus();
    rerender(<WidgetRenderer onAction={vi.fn()} widget={rows(false)} />);
    expect(screen.queryByRole("button")).toBeNull();
    const root = container.querySelector<HTMLElement>(".cw-list-view")!;
    await waitFor(() => expect(document.activeElement).toBe(root));
    expect(root.getAttribute("tabindex")).toBe("-1");
  });

  it("leaves focus alone when the user moves it out of the widget", async () => {
    const outside = document.createElement("button");
    document.body.append(outside);
    try {
      const { rerender } = render(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"), button("Two"))} />);
      const one = screen.getByRole("button", { name: "One" });
      one.focus();
      one.blur(); // a click on the page
      rerender(<WidgetRenderer onAction={vi.fn()} widget={card(button("One"))} />);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(onPage()).toBe(true);
      screen.getByRole("button", { name: "One" }).focus();
      outside.focus();
      rerender(<WidgetRenderer onAction={vi.fn()} widget={card(button("Two"))} />);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(document.activeElement).toBe(outside);
    } finally {
      outside.remove();
    }
  });

  it("finds the successor from the old position once the element is gone", () => {
    const frame = document.createElement("div");
    frame.innerHTML = "<div><button>A</button><span><button>B</button></span><button>C</button></div>";
    document.body.append(frame);
    try {
      const b = frame.querySelector("span > button") as HTMLElement;
      const memory = rememberFocus(frame, b);
      expect(memory.path).toEqual([0, 1, 0]);
      b.parentElement!.remove();
      expect(successorOf(frame, memory)?.textContent).toBe("C");
      frame.querySelectorAll("button")[1]!.remove();
      expect(successorOf(frame, memory)?.textContent).toBe("A");
    } finally {
      frame.remove();
    }
  });
});

describe("container loading", () => {
  it("holds focus on the widget's root while inert, then gives it back to the control and announces both", async () => {
    let resolve!: () => void;
    const onAction = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    const { container } = render(
      <WidgetRenderer
        onAction={onAction}
        widget={{ type: "Card", confirm: { label: "Approve", action: { type: "approve", handler: "client" } }, children: [] }}
      />,
    );
    const approve = screen.getByRole("button", { name: "Approve" });
    approve.focus();
    await userEvent.setup().keyboard("{Enter}");
    expect(onAction).toHaveBeenCalledWith({ type: "approve" }, expect.anything());
    const root = container.querySelector<HTMLElement>(".cw-card")!;
    await waitFor(() => expect(document.activeElement).toBe(root));
    expect(approve.closest("[inert]")).not.toBeNull();
    expect(root.closest("[inert]")).toBeNull();
    expect(live(container).textContent).toBe("Loading…");
    await act(async () => resolve());
    await waitFor(() => expect(document.activeElement).toBe(approve));
    expect(container.querySelector("[inert]")).toBeNull();
    expect(live(container).textContent).toBe("Done");
  });

  it("gives focus to the control's successor when the action replaced it meanwhile", async () => {
    let resolve!: () => void;
    const onAction = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    const widget = (label: string, key: string) => ({
      type: "Card",
      children: [
        {
          type: "Button",
          key,
          label,
          onClickAction: { type: "go", handler: "client", loadingBehavior: "container" },
        },
      ],
    });
    const { container, rerender } = render(<WidgetRenderer onAction={onAction} widget={widget("Go", "v1")} />);
    screen.getByRole("button", { name: "Go" }).focus();
    await userEvent.setup().keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector(".cw-card")));
    rerender(<WidgetRenderer onAction={onAction} widget={widget("Gone", "v2")} />);
    await act(async () => resolve());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Gone" })));
  });
});

describe("announcements", () => {
  it("says that an action failed, politely", async () => {
    const onAction = vi.fn(async () => {
      throw new Error("the server is down");
    });
    const { container } = render(<WidgetRenderer onAction={onAction} onError={vi.fn()} widget={card(button("Retry"))} />);
    const region = live(container);
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.classList.contains(VISUALLY_HIDDEN_CLASS)).toBe(true); // read, never drawn
    await userEvent.setup().click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(region.textContent).toBe("Action failed: the server is down"));
  });

  it("says a repeated message again (the text changes)", async () => {
    const onAction = vi.fn(async () => {
      throw new Error("offline");
    });
    const widget = card({ type: "Button", label: "Like", onClickAction: { type: "like", handler: "client", loadingBehavior: "none" } });
    const { container } = render(<WidgetRenderer onAction={onAction} onError={vi.fn()} widget={widget} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Like" }));
    await waitFor(() => expect(live(container).textContent).toBe("Action failed: offline"));
    await user.click(screen.getByRole("button", { name: "Like" }));
    await waitFor(() => expect(live(container).textContent).toBe("Action failed: offline\u00a0"));
  });
});
