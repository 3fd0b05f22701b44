// A streamed text delta (a Text or Markdown node whose value alone changes) re-renders that node only, and
// what the app sees (DOM, handlers' widget item) always holds the latest text.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { createWidgetRegistry, WidgetChildren, WidgetRenderer, type NodeView } from "../../src/renderer";
import { shareStructure } from "../../src/renderer/shareStructure";
import type { StreamedValueChange } from "../../src/view-kit/streamedValues";

afterEach(cleanup);

// A container that counts its own renders, to see whether an update reached the path above the text.
const renders = { container: 0 };
const CountingView: NodeView<{ children?: unknown[] }> = ({ node, path }) => {
  renders.container += 1;
  return (
    <section aria-label="answer">
      <WidgetChildren nodes={node.children} path={path} />
    </section>
  );
};
const registry = createWidgetRegistry({
  Counting: { schema: z.object({ type: z.literal("Counting") }), component: CountingView },
});

const widget = (answer: string, extra: Record<string, unknown> = {}) => ({
  type: "Card",
  children: [
    { type: "Counting", children: [{ type: "Markdown", id: "answer", value: answer, streaming: true, ...extra }] },
    { type: "Text", id: "status", value: `${answer.length} characters` },
    { type: "Button", label: "Copy", onClickAction: { type: "copy", handler: "client" } },
  ],
});

describe("streamed text", () => {
  it("shows every delta without re-rendering the nodes above the streamed one", () => {
    renders.container = 0;
    const ui = (answer: string) => <WidgetRenderer registry={registry} widget={widget(answer)} />;
    const { rerender } = render(ui("Hel"));
    const answer = screen.getByRole("region", { name: "answer" });
    expect(answer.textContent).toBe("Hel");
    expect(renders.container).toBe(1);

    rerender(ui("Hello"));
    rerender(ui("Hello, wor"));
    rerender(ui("Hello, world"));
    expect(answer.textContent).toBe("Hello, world");
    expect(screen.getByText("12 characters")).toBeTruthy();
    expect(renders.container).toBe(1);
  });

  it("renders the latest text when another prop of the node changes, and when the text goes back", () => {
    const ui = (answer: string, extra?: Record<string, unknown>) => <WidgetRenderer registry={registry} widget={widget(answer, extra)} />;
    const { rerender, container } = render(ui("One"));
    rerender(ui("One two"));
    rerender(ui("One two three", { streaming: false }));
    const markdown = container.querySelector<HTMLElement>(".cw-markdown")!;
    expect(markdown.textContent).toBe("One two three");
    expect(markdown.dataset.streaming).toBeUndefined();
    rerender(ui("One two three four", { streaming: false }));
    rerender(ui("One two three", { streaming: false }));
    expect(markdown.textContent).toBe("One two three");
  });

  it("hands action handlers the widget with its latest streamed text", () => {
    const onAction = vi.fn();
    const { rerender } = render(<WidgetRenderer registry={registry} widget={widget("Draft")} onAction={onAction} />);
    rerender(<WidgetRenderer registry={registry} widget={widget("Draft, finished")} onAction={onAction} />);
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    expect(onAction).toHaveBeenCalledWith({ type: "copy" }, expect.objectContaining({ id: "local" }));
    const item = onAction.mock.calls[0]![1] as { widget: ReturnType<typeof widget> };
    expect((item.widget.children[0] as { children: { value: string }[] }).children[0]!.value).toBe("Draft, finished");
  });
});

describe("shareStructure with streamed values", () => {
  const previous = {
    type: "Card",
    children: [
      { type: "Markdown", id: "a", value: "Hi", streaming: true },
      { type: "Title", value: "Hi" },
    ],
  };

  it("keeps a Text or Markdown node whose value alone changed and reports the value", () => {
    const changes: StreamedValueChange[] = [];
    const next = structuredClone(previous);
    next.children[0]!.value = "Hi there";
    expect(shareStructure(previous, next, changes)).toBe(previous);
    expect(changes).toEqual([{ node: previous.children[0], value: "Hi there" }]);
  });

  it("renders other changes as usual: other types' values, and Text or Markdown with any other prop changed", () => {
    const titled = structuredClone(previous);
    titled.children[1]!.value = "Hello";
    const titleChanges: StreamedValueChange[] = [];
    const withTitle = shareStructure(previous, titled, titleChanges);
    expect(withTitle.children[1]).not.toBe(previous.children[1]);
    expect(withTitle.children[1]).toEqual({ type: "Title", value: "Hello" });
    // The kept Markdown node reports its current value, so an earlier streamed value does not linger.
    expect(titleChanges).toEqual([{ node: previous.children[0], value: "Hi" }]);

    const finished = structuredClone(previous);
    Object.assign(finished.children[0]!, { value: "Hi there", streaming: false });
    const finishedChanges: StreamedValueChange[] = [];
    const shared = shareStructure(previous, finished, finishedChanges);
    expect(shared.children[0]).not.toBe(previous.children[0]);
    expect(shared.children[0]).toEqual(finished.children[0]);
    expect(finishedChanges).toEqual([]);
  });
});
