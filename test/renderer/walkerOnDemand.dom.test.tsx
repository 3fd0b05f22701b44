// The renderer accepts a clean widget without the validator's walker and loads the walker (a chunk of its own) for a
// widget that needs it. These tests load fresh copies of the modules, because the DOM setup file preloads the walker
// for every other test.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { z } from "zod";
import type { ParseWidgetResult } from "../../src/schema";
import type { PendingValidation } from "../../src/renderer/validate";

afterEach(cleanup);

/** Fresh module instances: nothing loaded yet. */
async function fresh() {
  vi.resetModules();
  const renderer: typeof import("../../src/renderer") = await import("../../src/renderer");
  const validate: typeof import("../../src/renderer/validate") = await import("../../src/renderer/validate");
  return { ...renderer, ...validate };
}

const clean = { type: "Card", children: [{ type: "Text", value: "Hello" }, { type: "Button", label: "Open", onClickAction: { type: "open", handler: "client" } }] };
const withWarning = { type: "Card", children: [{ type: "Text", value: "Hello", sparkle: true }] };
const withError = { type: "Card", children: [{ type: "Text", value: "Fine" }, { type: "Nope" }] };

describe("the validator's walker on demand", () => {
  it("is not loaded for a clean widget, which draws on the first render", async () => {
    const { WidgetRenderer, peekWidgetWalker } = await fresh();
    const onValidation = vi.fn();
    render(<WidgetRenderer widget={clean} onValidation={onValidation} />);
    expect(screen.getByText("Hello")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open" })).toBeTruthy();
    expect(onValidation).toHaveBeenCalledTimes(1);
    expect(onValidation.mock.calls[0]![0]).toEqual({ ok: true, widget: clean, warnings: [] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(peekWidgetWalker()).toBe(false);
  });

  it("loads for a widget with a warning: nothing is drawn until it is there, then the widget and its warning", async () => {
    const { WidgetRenderer, peekWidgetWalker } = await fresh();
    const onValidation = vi.fn<(result: ParseWidgetResult) => void>();
    const { container } = render(<WidgetRenderer widget={withWarning} onValidation={onValidation} />);
    expect(screen.queryByText("Hello")).toBeNull();
    expect(container.querySelector(".cw-widget")).not.toBeNull(); // the frame (and its live region) is there
    expect(onValidation).not.toHaveBeenCalled();
    await screen.findByText("Hello");
    expect(peekWidgetWalker()).toBe(true);
    // Reported from an effect, which may run just after the commit that drew the text.
    await waitFor(() => expect(onValidation).toHaveBeenCalledTimes(1));
    expect(onValidation.mock.calls[0]![0].warnings.map((issue) => issue.path)).toEqual(["children[0].sparkle"]);
  });

  it("loads for a widget with an error, which then shows its error card in place and is reported once", async () => {
    const { WidgetRenderer } = await fresh();
    const onError = vi.fn();
    render(<WidgetRenderer widget={withError} onError={onError} />);
    expect(screen.queryByText("Fine")).toBeNull();
    await screen.findByText("Fine");
    expect(screen.getByText(/Unknown component type "Nope"/)).toBeTruthy();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: "validation", path: "" });
  });

  it("waits once: for the walker at once when the fast check declined a prop or a custom node, for the specs alone when it lacked a built-in type", async () => {
    const chart = { type: "Card", children: [{ type: "Chart", data: [{ x: "a", y: 1 }], series: [{ type: "bar", dataKey: "y" }], xAxis: "x" }] };
    for (const [widget, options, needsWalker] of [
      [withWarning, {}, true],
      [{ type: "Card", children: [{ type: "Weather", city: "Oslo" }] }, { customNodes: { Weather: z.object({ type: z.literal("Weather"), city: z.string() }) } }, true],
      [chart, {}, false],
    ] as const) {
      const { validateWidget, peekWidgetWalker } = await fresh();
      const first = validateWidget(widget, options);
      expect(first).toHaveProperty("pending");
      await (first as PendingValidation).pending;
      expect(peekWidgetWalker()).toBe(needsWalker);
      const second = validateWidget(widget, options);
      expect(second).toMatchObject({ ok: true });
    }
  });

  it("keeps a widget on screen while an update that needs the walker waits for it", async () => {
    const { WidgetRenderer } = await fresh();
    const { rerender } = render(<WidgetRenderer widget={clean} />);
    expect(screen.getByText("Hello")).toBeTruthy();
    rerender(<WidgetRenderer widget={{ ...withWarning, children: [{ type: "Text", value: "Updated", sparkle: 1 }] }} />);
    expect(screen.getByText("Hello")).toBeTruthy(); // the shown version stays, no empty frame
    await screen.findByText("Updated");
    expect(screen.queryByText("Hello")).toBeNull();
  });

  it("after preloadBuiltinViews(), validates every widget on the first render", async () => {
    const { WidgetRenderer, preloadBuiltinViews, peekWidgetWalker } = await fresh();
    await act(() => preloadBuiltinViews());
    expect(peekWidgetWalker()).toBe(true);
    render(<WidgetRenderer widget={withError} />);
    expect(screen.getByText("Fine")).toBeTruthy();
    expect(screen.getByText(/Unknown component type "Nope"/)).toBeTruthy();
  });
});
