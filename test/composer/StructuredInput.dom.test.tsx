import { afterEach, describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 20_000 });
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StructuredInputView } from "../../src/composer";
import type { StructuredInputItem } from "../../src/protocol/types";

afterEach(cleanup);

const item = (status: StructuredInputItem["status"]): StructuredInputItem =>
  ({
    id: "si_1",
    thread_id: "thr_1",
    created_at: "2026-01-01T00:00:00.000Z",
    type: "structured_input",
    status,
    inputs: [{ id: "q1", type: "freeform", question: "Where to?", answer: status === "answered" ? { values: ["Kyoto"] } : null }],
  }) as StructuredInputItem;

describe("StructuredInputView hands focus to its answers", () => {
  it("moves focus left in the sent form to the answers that replace it", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => undefined);
    const { rerender } = render(<StructuredInputView item={item("pending")} onSubmit={onSubmit} />);
    await user.click(screen.getByRole("textbox"));
    await user.keyboard("Kyoto");
    await user.click(screen.getByRole("button", { name: "Submit" }));
    expect(onSubmit).toHaveBeenCalledWith({ status: "answered", answers: { q1: { values: ["Kyoto"] } } });
    rerender(<StructuredInputView item={item("answered")} onSubmit={onSubmit} />);
    await act(async () => undefined);
    expect(document.activeElement).toBe(screen.getByRole("group", { name: "Answers" }));
  });

  it("leaves focus where the user went while the answers were on their way", async () => {
    const user = userEvent.setup();
    let answer!: () => void;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const { rerender } = render(
      <>
        <StructuredInputView item={item("pending")} onSubmit={onSubmit} />
        <input aria-label="Message" />
      </>,
    );
    await user.click(screen.getByRole("textbox", { name: /Where to/ }));
    await user.keyboard("Kyoto");
    await user.click(screen.getByRole("button", { name: "Submit" }));
    const message = screen.getByRole("textbox", { name: "Message" });
    await user.click(message);
    rerender(
      <>
        <StructuredInputView item={item("answered")} onSubmit={onSubmit} />
        <input aria-label="Message" />
      </>,
    );
    await act(async () => answer());
    expect(document.activeElement).toBe(message);
  });
});
