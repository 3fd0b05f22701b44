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
});
