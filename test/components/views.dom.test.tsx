import { afterEach, describe, expect, it, vi } from "vitest";

// The first render loads React, the renderer and jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WidgetRenderer } from "../../src/renderer";

afterEach(cleanup);

const card = (...children: unknown[]) => ({ type: "Card", children });

describe("text and content views", () => {
  it("maps text colours: tokens become classes, free colours go through the resolver, unsafe ones are dropped", () => {
    render(
      <WidgetRenderer
        widget={card(
          { type: "Text", value: "token", color: "danger" },
          { type: "Text", value: "palette", color: "blue-500" },
          { type: "Caption", value: "themed", color: { light: "#112233", dark: "#ddeeff" } },
          { type: "Title", value: "unsafe", color: "red;background:url(https://x.test/a)" },
        )}
      />,
    );
    const token = screen.getByText("token");
    expect(token.getAttribute("data-color")).toBe("danger");
    expect(token.className).toContain("cw-tone-danger");
    expect(screen.getByText("palette").style.color).toBe("var(--cw-blue-500)");
    expect(screen.getByText("themed").getAttribute("style")).toMatch(/^color: light-dark\(/);
    const unsafe = screen.getByText("unsafe");
    expect(unsafe.getAttribute("style")).toBeNull();
    expect(unsafe.getAttribute("data-color")).toBe("prose");
  });

  it("renders header rows into thead with th cells and keeps spans", () => {
    const { container } = render(
      <WidgetRenderer
        widget={card({
          type: "Table",
          children: [
            { type: "Table.Row", header: true, children: [{ type: "Table.Cell", children: [{ type: "Text", value: "Name" }] }, { type: "Table.Cell", align: "end", children: [{ type: "Text", value: "Qty" }] }] },
            { type: "Table.Row", children: [{ type: "Table.Cell", colSpan: 2, padding: { x: 2 }, children: [{ type: "Text", value: "Total" }] }] },
          ],
        })}
      />,
    );
    expect([...container.querySelectorAll("thead th")].map((cell) => cell.textContent)).toEqual(["Name", "Qty"]);
    expect(container.querySelector("thead th")!.getAttribute("scope")).toBe("col");
    const total = container.querySelector<HTMLElement>("tbody td")!;
    expect(total.getAttribute("colspan")).toBe("2");
    expect(total.style.paddingLeft).toBe("calc(var(--cw-spacing) * 2)");
  });

  it("blocks an unsafe Image source from widget JSON and resolves its sizes", () => {
    const { container } = render(
      <WidgetRenderer
        widget={card(
          { type: "Image", src: "javascript:alert(1)", alt: "bad" },
          { type: "Image", src: "https://example.com/a.png", alt: "good", size: 44, radius: "full" },
        )}
      />,
    );
    expect(container.querySelectorAll("img")).toHaveLength(1);
    const good = screen.getByRole("img", { name: "good" }).parentElement!;
    expect(good.style.width).toBe("44px");
    expect(good.getAttribute("data-radius")).toBe("full");
  });

  it("gives widget buttons the widget default size and dispatches onClickAction", async () => {
    const onAction = vi.fn();
    render(
      <WidgetRenderer
        onAction={onAction}
        widget={card({ type: "Button", iconStart: "search", onClickAction: { type: "find", handler: "client" } })}
      />,
    );
    const button = screen.getByRole("button", { name: "Search" });
    expect(button.getAttribute("data-size")).toBe("lg");
    expect(button.getAttribute("data-color")).toBe("primary");
    await userEvent.click(button);
    expect(onAction.mock.calls[0][0]).toEqual({ type: "find" });
  });

  it("shows the loading state while a client handler is pending and ignores clicks meanwhile", async () => {
    let finish!: () => void;
    const onAction = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(
      <WidgetRenderer onAction={onAction} widget={card({ type: "Button", label: "Pay", onClickAction: { type: "pay", handler: "client" } })} />,
    );
    const button = screen.getByRole("button", { name: "Pay" });
    await userEvent.click(button);
    expect(button.getAttribute("aria-busy")).toBe("true");
    await userEvent.click(button);
    expect(onAction).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(button.hasAttribute("aria-busy")).toBe(false));
  });

  it("a submit Button submits its Form with the editable Text's value", async () => {
    const onAction = vi.fn();
    render(
      <WidgetRenderer
        onAction={onAction}
        widget={card({
          type: "Form",
          onSubmitAction: { type: "rename", handler: "client", payload: { id: 7 } },
          children: [
            { type: "Text", value: "Old name", editable: { name: "item.title", required: true } },
            { type: "Button", label: "Save", submit: true, style: "secondary" },
          ],
        })}
      />,
    );
    const save = screen.getByRole("button", { name: "Save" });
    expect(save.getAttribute("type")).toBe("submit");
    expect(save.getAttribute("data-variant")).toBe("soft");
    const field = screen.getByRole("textbox");
    await userEvent.clear(field);
    await userEvent.click(save);
    expect(onAction).not.toHaveBeenCalled(); // required field empty: native validation blocks the submit
    await userEvent.type(field, "New name");
    await userEvent.click(save);
    expect(onAction.mock.calls[0][0]).toEqual({ type: "rename", payload: { id: 7, item: { title: "New name" } } });
  });

  it("renders nothing for an unknown icon name", () => {
    const { container } = render(<WidgetRenderer widget={card({ type: "Icon", name: "chevron-down" }, { type: "Icon", name: "star" })} />);
    expect([...container.querySelectorAll("svg[data-icon]")].map((svg) => svg.getAttribute("data-icon"))).toEqual(["star"]);
  });
});
