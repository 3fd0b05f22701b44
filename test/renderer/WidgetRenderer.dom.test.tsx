import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { resetDevWarnings, type WidgetActionsHandle, type WidgetError } from "../../src/actions";
import { createWidgetRegistry, WidgetChildren, WidgetRenderer, type NodeView } from "../../src/renderer";

afterEach(() => {
  cleanup();
  resetDevWarnings();
  vi.restoreAllMocks();
});

const errorCards = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLElement>(".cw-error-card"));

describe("WidgetRenderer: validation and errors", () => {
  it("replaces only the invalid subtree with an error card naming its path", () => {
    const onError = vi.fn();
    const { container } = render(
      <WidgetRenderer
        widget={{
          type: "Card",
          children: [
            { type: "Row", key: "ok", children: [{ type: "Spacer" }] },
            { type: "Row", children: [{ type: "NoSuchThing" }] },
          ],
        }}
        onError={onError}
      />,
    );
    const cards = errorCards(container);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.dataset.path).toBe("children[1].children[0]");
    expect(cards[0]!.getAttribute("aria-label")).toBe("Widget error at children[1].children[0]");
    expect(container.querySelector(".cw-card .cw-row .cw-spacer")).not.toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "validation" }));
  });

  it.each([
    ["a number", 42],
    ["null", null],
    ["broken JSON text", "{not json"],
    ["a non-root type", { type: "Text", value: "hi" }],
    ["children of the wrong shape", { type: "Card", children: "nope" }],
    ["a cycle-free but very deep tree", deepTree(2000)],
  ])("never throws on %s and shows an error card for the root", (_label, widget) => {
    const onError = vi.fn();
    const { container } = render(<WidgetRenderer widget={widget} onError={onError} />);
    expect(errorCards(container).length).toBeGreaterThan(0);
    expect(onError).toHaveBeenCalled();
  });

  it("contains a view that throws to its own subtree and reports it", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const Exploding: NodeView = () => {
      throw new Error("boom");
    };
    const registry = createWidgetRegistry({
      Exploding: { schema: z.object({ type: z.literal("Exploding") }), component: Exploding },
    });
    const errors: WidgetError[] = [];
    const { container } = render(
      <WidgetRenderer
        registry={registry}
        widget={{ type: "Card", children: [{ type: "Spacer" }, { type: "Exploding" }] }}
        onError={(error) => errors.push(error)}
      />,
    );
    const [card] = errorCards(container);
    expect(card!.dataset.path).toBe("children[1]");
    expect(card!.textContent).toContain("boom");
    expect(container.querySelector(".cw-spacer")).not.toBeNull();
    expect(errors).toContainEqual(expect.objectContaining({ kind: "render", path: "children[1]" }));
  });
});

describe("WidgetRenderer: custom nodes", () => {
  interface BadgeCountNode {
    type: "BadgeCount";
    count: number;
    children?: unknown[];
  }
  const BadgeCountView: NodeView<BadgeCountNode> = ({ node, path }) => (
    <section aria-label="count" data-path={path}>
      {node.count}
      <WidgetChildren nodes={node.children} path={path} />
    </section>
  );
  const registry = createWidgetRegistry({
    BadgeCount: {
      schema: z.object({ type: z.literal("BadgeCount"), count: z.number() }),
      component: BadgeCountView,
    },
  });

  it("renders a registered type with its children through the registry", () => {
    const { container } = render(
      <WidgetRenderer
        registry={registry}
        widget={{ type: "Card", children: [{ type: "BadgeCount", count: 7, children: [{ type: "Divider" }] }] }}
      />,
    );
    const section = screen.getByRole("region", { name: "count" });
    expect(section.textContent).toBe("7");
    expect(section.dataset.path).toBe("children[0]");
    expect(section.querySelector("hr.cw-divider")).not.toBeNull();
    expect(errorCards(container)).toHaveLength(0);
  });

  it("validates a registered type with its schema", () => {
    const { container } = render(
      <WidgetRenderer registry={registry} widget={{ type: "Card", children: [{ type: "BadgeCount", count: "seven" }] }} />,
    );
    expect(errorCards(container).map((card) => card.dataset.path)).toEqual(["children[0]"]);
  });

  it("refuses to replace a built-in type", () => {
    expect(() => createWidgetRegistry({ Card: { schema: z.object({}), component: () => null } })).toThrow(/built-in/);
  });
});

describe("WidgetRenderer: identity across updates", () => {
  const widgetWith = (extra: object[]) => ({
    type: "Card",
    children: [...extra, { type: "Input", key: "name-field", name: "name", placeholder: "Name" }],
  });

  it("keeps typed text and focus when an updated widget with the same keys replaces the tree", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<WidgetRenderer widget={widgetWith([])} />);
    const input = screen.getByPlaceholderText("Name") as HTMLInputElement;
    await user.click(input);
    await user.type(input, "Ada");

    rerender(<WidgetRenderer widget={widgetWith([{ type: "Divider", key: "rule" }])} />);

    const after = screen.getByPlaceholderText("Name") as HTMLInputElement;
    expect(after).toBe(input);
    expect(after.value).toBe("Ada");
    expect(document.activeElement).toBe(after);
  });

  it("remounts a node whose key changed", () => {
    const { rerender } = render(<WidgetRenderer widget={widgetWith([])} />);
    const input = screen.getByPlaceholderText("Name");
    const next = widgetWith([]);
    (next.children[0] as { key: string }).key = "other";
    rerender(<WidgetRenderer widget={next} />);
    expect(screen.getByPlaceholderText("Name")).not.toBe(input);
  });
});

describe("WidgetRenderer: actions", () => {
  it("submits a Form with dot-path values merged into the static payload", async () => {
    const onAction = vi.fn();
    const { container } = render(
      <WidgetRenderer
        item={{ id: "msg_1" }}
        onAction={onAction}
        widget={{
          type: "Card",
          children: [
            {
              type: "Form",
              onSubmitAction: { type: "todo.save", handler: "client", payload: { list: "home" } },
              children: [
                { type: "Input", name: "todo.title", defaultValue: "Milk" },
                { type: "Textarea", name: "todo.notes", defaultValue: "2 litres" },
              ],
            },
          ],
        }}
      />,
    );
    const form = container.querySelector("form")!;
    await act(async () => {
      fireEvent.submit(form);
    });
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction.mock.calls[0]![0]).toEqual({
      type: "todo.save",
      payload: { list: "home", todo: { title: "Milk", notes: "2 litres" } },
    });
    expect(onAction.mock.calls[0]![1]).toEqual({ id: "msg_1", widget: expect.objectContaining({ type: "Card" }) });
  });

  it("blocks an asForm confirm while a required field is empty", async () => {
    const onAction = vi.fn();
    render(
      <WidgetRenderer
        onAction={onAction}
        widget={{
          type: "Card",
          asForm: true,
          confirm: { label: "Send", action: { type: "send", handler: "client" } },
          children: [{ type: "Input", name: "email", required: true, placeholder: "Email" }],
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(onAction).not.toHaveBeenCalled();
    await user.type(screen.getByPlaceholderText("Email"), "a@b.co");
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(onAction).toHaveBeenCalledWith({ type: "send", payload: { email: "a@b.co" } }, expect.anything());
  });

  it("keeps the static value on a payload collision and reports it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const onAction = vi.fn();
    const onError = vi.fn();
    const { container } = render(
      <WidgetRenderer
        onAction={onAction}
        onError={onError}
        widget={{
          type: "Card",
          children: [
            {
              type: "Form",
              onSubmitAction: { type: "rename", handler: "client", payload: { id: "t1", title: "static" } },
              children: [{ type: "Input", name: "title", defaultValue: "typed" }],
            },
          ],
        }}
      />,
    );
    await act(async () => {
      fireEvent.submit(container.querySelector("form")!);
    });
    expect(onAction.mock.calls[0]![0]).toEqual({ type: "rename", payload: { id: "t1", title: "static" } });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "payload-collision", path: "children[0].onSubmitAction", actionType: "rename" }),
    );
  });

  it("routes server actions to onServerAction with the item and streaming flag", async () => {
    const onServerAction = vi.fn();
    const onAction = vi.fn();
    render(
      <WidgetRenderer
        item={{ id: "msg_9" }}
        onAction={onAction}
        onServerAction={onServerAction}
        widget={{
          type: "ListView",
          children: [
            {
              type: "ListViewItem",
              onClickAction: { type: "open", payload: { id: 3 }, streaming: false },
              children: [{ type: "Spacer" }],
            },
          ],
        }}
      />,
    );
    await userEvent.setup().click(screen.getByRole("button"));
    expect(onAction).not.toHaveBeenCalled();
    expect(onServerAction).toHaveBeenCalledWith(
      { type: "open", payload: { id: 3 } },
      { id: "msg_9", widget: expect.objectContaining({ type: "ListView" }) },
      { streaming: false },
    );
  });

  it("ignores a second activation while a self-loading action is pending", async () => {
    let resolve!: () => void;
    const onAction = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    render(
      <WidgetRenderer
        onAction={onAction}
        widget={{
          type: "ListView",
          children: [
            { type: "ListViewItem", onClickAction: { type: "pick", handler: "client", payload: { id: 1 } }, children: [] },
          ],
        }}
      />,
    );
    const row = screen.getByRole("button");
    const user = userEvent.setup();
    await user.click(row);
    await user.keyboard("{Enter}");
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(row.getAttribute("aria-busy")).toBe("true");
    await act(async () => resolve());
    expect(row.getAttribute("aria-busy")).toBeNull();
    row.focus();
    await user.keyboard(" ");
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  it("makes the whole widget inert during a container-loading action", async () => {
    let resolve!: () => void;
    const onAction = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    const { container } = render(
      <WidgetRenderer
        onAction={onAction}
        widget={{ type: "Card", confirm: { label: "OK", action: { type: "ok", handler: "client" } }, children: [] }}
      />,
    );
    const ok = screen.getByRole("button", { name: "OK" });
    await userEvent.setup().click(ok);
    const frame = container.querySelector(".cw-widget")!;
    expect(frame.hasAttribute("data-loading")).toBe(true);
    // Everything below the widget's root element is inert (the root holds focus meanwhile).
    await waitFor(() => expect(ok.closest("[inert]")).not.toBeNull());
    await act(async () => resolve());
    expect(frame.hasAttribute("data-loading")).toBe(false);
    expect(container.querySelector("[inert]")).toBeNull();
  });

  it("reports a client action without onAction instead of dropping it silently", async () => {
    const onError = vi.fn();
    render(
      <WidgetRenderer
        onError={onError}
        widget={{ type: "Card", confirm: { label: "OK", action: { type: "ok", handler: "client" } }, children: [] }}
      />,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "OK" }));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "no-handler", actionType: "ok" }));
  });

  it("exposes sendCustomAction on its ref", async () => {
    const onServerAction = vi.fn();
    const ref = createRef<WidgetActionsHandle>();
    render(<WidgetRenderer ref={ref} item={{ id: "msg_2" }} onServerAction={onServerAction} widget={{ type: "Card", children: [] }} />);
    await ref.current!.sendCustomAction({ type: "refresh", payload: { page: 2 } });
    expect(onServerAction).toHaveBeenCalledWith(
      { type: "refresh", payload: { page: 2 } },
      { id: "msg_2", widget: expect.objectContaining({ type: "Card" }) },
      { streaming: true },
    );
  });
});

function deepTree(depth: number): unknown {
  let node: unknown = { type: "Spacer" };
  for (let level = 0; level < depth; level++) node = { type: "Box", children: [node] };
  return { type: "Card", children: [node] };
}

describe("WidgetRenderer: updates", () => {
  it("re-renders only the changed node when a new widget version arrives (a streamed delta)", () => {
    const renders: Record<string, number> = {};
    const Counted: NodeView<{ type: "Counted"; id: string; label: string }> = ({ node }) => {
      renders[node.id] = (renders[node.id] ?? 0) + 1;
      return <p>{node.label}</p>;
    };
    const registry = createWidgetRegistry({
      Counted: { schema: z.object({ type: z.literal("Counted"), id: z.string(), label: z.string() }), component: Counted },
    });
    const version = (label: string) => ({
      type: "Card",
      children: [
        { type: "Counted", id: "still", label: "unchanged" },
        { type: "Counted", id: "live", label },
      ],
    });
    const onAction = vi.fn();
    const { rerender } = render(<WidgetRenderer registry={registry} widget={version("Hel")} onAction={onAction} />);
    rerender(<WidgetRenderer registry={registry} widget={version("Hello")} onAction={() => onAction()} />);
    expect(screen.getByText("Hello")).toBeDefined();
    expect(renders).toEqual({ still: 1, live: 2 });
  });
});

