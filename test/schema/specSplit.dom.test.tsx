// The node specs come in two tables: the everyday types (generated/specs.ts, on every page) and the types whose views
// load on demand (generated/specs-on-demand.ts, loaded with the walker or by the renderer when a widget needs them).
// These tests hold the split to the registry and check what a page loads for each kind of widget. They load fresh
// copies of the modules, because the DOM setup file preloads everything for every other test.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { SPEC_DATA } from "../../src/schema/generated/specs";
import { ON_DEMAND_NODES, WIDGET_NODE_TYPES } from "../../src/schema/generated/specs-on-demand";
import { ON_DEMAND_NODE_TYPES } from "../../src/schema/spec-from-zod";
import { builtinViews } from "../../src/renderer";
import type { LazyNodeView } from "../../src/renderer/lazyView";

afterEach(cleanup);

async function fresh() {
  vi.resetModules();
  const renderer: typeof import("../../src/renderer") = await import("../../src/renderer");
  const validate: typeof import("../../src/renderer/validate") = await import("../../src/renderer/validate");
  const clean: typeof import("../../src/schema/clean") = await import("../../src/schema/clean");
  return { ...renderer, ...validate, ...clean };
}

const list = {
  type: "ListView",
  children: [{ type: "ListViewItem", children: [{ type: "Text", value: "First row" }] }],
};
const listWithError = {
  type: "ListView",
  children: [{ type: "ListViewItem", children: [{ type: "Text", value: "Still here" }, { type: "Nope" }] }],
};

describe("the split of the node specs", () => {
  it("puts every type in exactly one table, and lists every type in vocabulary order", () => {
    const core = SPEC_DATA.nodes.map((node) => node.type);
    const onDemand = ON_DEMAND_NODES.map((node) => node.type);
    expect(core.filter((type) => onDemand.includes(type))).toEqual([]);
    expect(new Set([...core, ...onDemand])).toEqual(new Set(WIDGET_NODE_TYPES));
    expect(WIDGET_NODE_TYPES).toHaveLength(30);
    expect(new Set(onDemand)).toEqual(ON_DEMAND_NODE_TYPES);
  });

  it("follows the registry: an on-demand type has a lazily loaded view, every other type a view drawn at once", () => {
    for (const type of WIDGET_NODE_TYPES) {
      const lazy = typeof (builtinViews[type] as { preload?: unknown }).preload === "function";
      expect({ type, lazy }).toEqual({ type, lazy: ON_DEMAND_NODE_TYPES.has(type) });
    }
  });
});

describe("what a page loads to validate a widget", () => {
  it("cleanWidget accepts a list only once the on-demand specs are there", async () => {
    const { cleanWidget, validateWidget, peekOnDemandSpecs } = await fresh();
    expect(cleanWidget(list)).toBeUndefined();
    const first = validateWidget(list, {});
    expect("pending" in first).toBe(true);
    await (first as { pending: Promise<void> }).pending;
    expect(peekOnDemandSpecs()).toBe(true);
    expect(cleanWidget(list)).toEqual(list);
    expect(validateWidget(list, {})).toEqual({ ok: true, widget: list, warnings: [] });
  });

  it("draws a clean list with the on-demand specs and without the walker; its views load meanwhile", async () => {
    const { WidgetRenderer, builtinViews: views, peekWidgetWalker, peekOnDemandSpecs } = await fresh();
    const preloadList = vi.spyOn(views.ListView as LazyNodeView, "preload");
    const preloadItem = vi.spyOn(views.ListViewItem as LazyNodeView, "preload");
    const onValidation = vi.fn();
    render(<WidgetRenderer widget={list} onValidation={onValidation} />);
    expect(screen.queryByText("First row")).toBeNull();
    // Validation waits for the specs; the views it will need are already on their way, not loaded after it.
    expect(peekOnDemandSpecs()).toBe(false);
    expect(preloadList).toHaveBeenCalled();
    expect(preloadItem).toHaveBeenCalled();
    await screen.findByText("First row");
    expect(peekOnDemandSpecs()).toBe(true);
    expect(peekWidgetWalker()).toBe(false);
    // Reported from an effect, which may run just after the commit that drew the text.
    await waitFor(() => expect(onValidation).toHaveBeenCalledTimes(1));
    expect(onValidation.mock.calls[0]![0]).toEqual({ ok: true, widget: list, warnings: [] });
  });

  it("loads the walker after the specs for a list it still does not accept, and shows its error card in place", async () => {
    const { WidgetRenderer, peekWidgetWalker } = await fresh();
    const onError = vi.fn();
    render(<WidgetRenderer widget={listWithError} onError={onError} />);
    await screen.findByText("Still here");
    expect(screen.getByText(/Unknown component type "Nope"/)).toBeTruthy();
    expect(peekWidgetWalker()).toBe(true);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  });

  it("loads neither for a widget of everyday types", async () => {
    const { WidgetRenderer, peekWidgetWalker, peekOnDemandSpecs } = await fresh();
    render(<WidgetRenderer widget={{ type: "Card", children: [{ type: "Text", value: "Hello" }] }} />);
    expect(screen.getByText("Hello")).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(peekOnDemandSpecs()).toBe(false);
    expect(peekWidgetWalker()).toBe(false);
  });
});
