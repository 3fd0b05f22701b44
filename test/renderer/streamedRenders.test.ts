// How much of the React tree one streamed text delta re-renders, counted with a React DevTools commit hook in the
// bench's jsdom window (bench/dom.ts, loaded before React): the streamed node's view and what it draws
// (MarkdownView, Markdown), under the three components the host's new `widget` prop re-renders anyway
// (WidgetRenderer, its error boundary, ActionProvider). The widget's frame, live region and render scope stay put.
import { describe, expect, it } from "vitest";
import { benchStreamingDelta } from "../../bench/render";

describe("a streamed text delta", () => {
  it("re-renders one widget node and five components", () => {
    const result = benchStreamingDelta();
    expect(result.deltas).toBe(20);
    expect(result.medianNodesPerDelta).toBe(1);
    expect(result.medianComponentsPerDelta).toBe(5);
  });
});
