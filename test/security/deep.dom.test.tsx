import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WidgetRenderer } from "../../src/renderer";

afterEach(cleanup);

function deepBoxes(depth: number): unknown {
  let node: unknown = { type: "Text", value: "x" };
  for (let level = 0; level < depth; level++) node = { type: "Box", children: [node] };
  return { type: "Card", children: [node] };
}

describe("deep", () => {
  it.each([5000, 50000])("renders and re-renders %i levels", (depth) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { container, rerender } = render(<div id="host"><WidgetRenderer widget={deepBoxes(depth)} /></div>);
    rerender(<div id="host"><WidgetRenderer widget={deepBoxes(depth)} /></div>);
    expect(container.querySelector("#host")).not.toBeNull();
  });
});
