// A deep widget rendered, then rendered again from a fresh copy (what a streamed update produces): the host's
// own content stays mounted, the widget shows one error card naming the limit, and the next valid widget renders.
import { act, cleanup, render } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WidgetRenderer } from "../../src/renderer";
import { shareStructure } from "../../src/renderer/shareStructure";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function deepBoxes(depth: number): unknown {
  let node: unknown = { type: "Text", value: "x" };
  for (let level = 0; level < depth; level++) node = { type: "Box", children: [node] };
  return { type: "Card", children: [node] };
}

function Host({ widget, onError }: { widget: unknown; onError?: () => void }) {
  return (
    <main>
      <h1>Host app</h1>
      <WidgetRenderer widget={widget} onError={onError} />
    </main>
  );
}

describe.each([5_000, 50_000])("a widget %i levels deep", (depth) => {
  it("renders and re-renders with the host page still there", () => {
    const onError = vi.fn();
    const { container, rerender } = render(<Host widget={deepBoxes(depth)} onError={onError} />);
    rerender(<Host widget={deepBoxes(depth)} onError={onError} />);
    expect(container.querySelector("h1")?.textContent).toBe("Host app");
    const cards = container.querySelectorAll(".cw-error-card");
    expect(cards).toHaveLength(1);
    expect(cards[0]!.textContent).toContain("nested deeper than 1000 levels");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "validation" }));
    // The next, valid version of the widget renders in its place.
    rerender(<Host widget={{ type: "Card", children: [{ type: "Text", value: "fine" }] }} />);
    expect(container.querySelector(".cw-error-card")).toBeNull();
    expect(container.textContent).toContain("fine");
  });

  it("structure sharing over raw trees of that depth stops instead of overflowing", () => {
    // Before: RangeError: Maximum call stack size exceeded (src/renderer/shareStructure.ts), unmounting the host.
    const shared = shareStructure(deepBoxes(depth), deepBoxes(depth)) as { type: string };
    expect(shared.type).toBe("Card");
  });
});

describe("a widget that throws outside every node boundary", () => {
  it("shows one error card in its own root; the host root stays mounted", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const host = document.createElement("div");
    document.body.append(host);
    const root = createRoot(host);
    const onError = vi.fn();
    // A widget object whose reads throw reaches parsing and structure sharing; neither may escape.
    const hostile = new Proxy({ type: "Card", children: [] }, {
      ownKeys() {
        throw new Error("hostile keys");
      },
    });
    act(() => root.render(<Host widget={hostile} onError={onError} />));
    expect(host.querySelector("h1")?.textContent).toBe("Host app");
    expect(host.querySelectorAll(".cw-error-card")).toHaveLength(1);
    act(() => root.unmount());
    host.remove();
  });
});
