import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createWidgetRegistry, lazyNodeView, WidgetRenderer, type NodeView } from "../../src/renderer";
import * as z from "zod/mini";

afterEach(cleanup);

describe("lazily loaded node views", () => {
  it("holds the control's space while its chunk loads, starts loading from the validated widget, then renders it", async () => {
    let resolve!: (view: NodeView) => void;
    let loads = 0;
    const Slow = lazyNodeView(
      () => {
        loads += 1;
        return new Promise<NodeView>((done) => (resolve = done));
      },
      () => ({ display: "block", blockSize: "36px" }),
    );
    const registry = createWidgetRegistry({
      Slow: { schema: z.object({ type: z.literal("Slow"), label: z.string() }), component: Slow },
    });
    const { container } = render(
      <WidgetRenderer registry={registry} widget={{ type: "Card", children: [{ type: "Slow", label: "Ready" }, { type: "Slow", label: "Too" }] }} />,
    );
    const placeholders = container.querySelectorAll<HTMLElement>(".cw-view-placeholder");
    expect(placeholders).toHaveLength(2);
    expect(placeholders[0]!.style.blockSize).toBe("36px");
    expect(placeholders[0]!.getAttribute("aria-busy")).toBe("true");
    expect(loads).toBe(1);

    await act(async () => resolve(({ node }: { node: { label: string } }) => <button>{node.label}</button>));
    expect(screen.getByRole("button", { name: "Ready" })).toBeDefined();
    expect(screen.getByRole("button", { name: "Too" })).toBeDefined();
    expect(container.querySelector(".cw-view-placeholder")).toBeNull();
  });

  it("renders built-in form controls once preloaded, with no placeholder", () => {
    const { container } = render(
      <WidgetRenderer widget={{ type: "Card", children: [{ type: "Checkbox", name: "agree", label: "I agree" }] }} />,
    );
    expect(screen.getByRole("checkbox", { name: "I agree" })).toBeDefined();
    expect(container.querySelector(".cw-view-placeholder")).toBeNull();
  });

  it("a view that holds the first show: the widget appears whole once the view has loaded, never around a placeholder", async () => {
    let resolve!: (view: NodeView) => void;
    const Rows = lazyNodeView(() => new Promise<NodeView>((done) => (resolve = done)), () => ({ display: "block", blockSize: "80px" }), true);
    const registry = createWidgetRegistry({
      Rows: { schema: z.object({ type: z.literal("Rows"), label: z.string() }), component: Rows },
    });
    const widget = { type: "Card", children: [{ type: "Text", value: "Above" }, { type: "Rows", label: "Rows here" }, { type: "Text", value: "Below" }] };
    const { container } = render(<WidgetRenderer registry={registry} widget={widget} />);
    // Nothing of the widget yet (its frame and live region only): no text that would move when the rows arrive.
    expect(container.querySelector(".cw-widget")).not.toBeNull();
    expect(screen.queryByText("Above")).toBeNull();
    expect(screen.queryByText("Below")).toBeNull();
    expect(container.querySelector(".cw-view-placeholder")).toBeNull();

    await act(async () => resolve(({ node }: { node: { label: string } }) => <ul aria-label={node.label} />));
    expect(screen.getByText("Above")).toBeDefined();
    expect(screen.getByRole("list", { name: "Rows here" })).toBeDefined();
    expect(screen.getByText("Below")).toBeDefined();
  });

  it("once the widget is shown, an update that adds such a view keeps the widget and holds the view's place", async () => {
    let resolve!: (view: NodeView) => void;
    const Rows = lazyNodeView(() => new Promise<NodeView>((done) => (resolve = done)), () => ({ display: "block", blockSize: "80px" }), true);
    const registry = createWidgetRegistry({
      Rows: { schema: z.object({ type: z.literal("Rows"), label: z.string() }), component: Rows },
    });
    const before = { type: "Card", children: [{ type: "Text", value: "Above" }] };
    const after = { type: "Card", children: [{ type: "Text", value: "Above" }, { type: "Rows", label: "Rows here" }] };
    const { container, rerender } = render(<WidgetRenderer registry={registry} widget={before} />);
    expect(screen.getByText("Above")).toBeDefined();
    rerender(<WidgetRenderer registry={registry} widget={after} />);
    expect(screen.getByText("Above")).toBeDefined();
    const placeholder = container.querySelector<HTMLElement>(".cw-view-placeholder");
    expect(placeholder?.style.blockSize).toBe("80px");

    await act(async () => resolve(({ node }: { node: { label: string } }) => <ul aria-label={node.label} />));
    expect(screen.getByRole("list", { name: "Rows here" })).toBeDefined();
    expect(container.querySelector(".cw-view-placeholder")).toBeNull();
  });

  it("lists, tables, forms and fields are built-in views of the lazy kind, and preloadBuiltinViews loads every one of them", async () => {
    const { builtinViews } = await import("../../src/renderer");
    for (const type of ["ListView", "ListViewItem", "Table", "Table.Row", "Table.Cell", "Input", "Label", "Chart", "Form", "Transition", "Select"]) {
      expect([type, typeof (builtinViews[type] as { preload?: unknown }).preload]).toEqual([type, "function"]);
    }
    // What the typical widget draws is eager: it shows on the first render, with no chunk to wait for.
    for (const type of ["Card", "Row", "Col", "Title", "Caption", "Text", "Badge", "Icon", "Image", "Divider", "Button"]) {
      expect([type, (builtinViews[type] as { preload?: unknown }).preload]).toEqual([type, undefined]);
    }
    // The DOM setup has run preloadBuiltinViews: a list renders in the first commit.
    render(<WidgetRenderer widget={{ type: "ListView", children: [{ type: "ListViewItem", children: [{ type: "Text", value: "Row" }] }] }} />);
    expect(screen.getByText("Row")).toBeDefined();
  });
});

