import { afterEach, describe, expect, it, vi } from "vitest";

// The first render loads React, the renderer and jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
import { createRef } from "react";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { ChatThread, type ChatThreadHandle } from "../../src/composer";
import { createDemoFetch } from "../../stories/composer/demoServer";

afterEach(cleanup);

describe("the chat log names who said each message", () => {
  it("reads 'You said:' before the user's message and 'Assistant said:' before each reply", async () => {
    const ref = createRef<ChatThreadHandle>();
    render(<ChatThread ref={ref} api={{ url: "/chatkit", fetch: createDemoFetch() }} />);
    await act(() => ref.current!.sendUserMessage({ text: "Hello there" }));
    const log = screen.getByRole("log", { name: "Messages" });
    await waitFor(() => expect(log.querySelectorAll(".cw-thread__item[data-item-type=assistant_message]").length).toBeGreaterThan(0));
    const items = [...log.querySelectorAll<HTMLElement>(".cw-thread__item")];
    const user = items.find((item) => item.dataset.itemType === "user_message")!;
    expect(user.textContent).toMatch(/^You said: Hello there/);
    for (const item of items.filter((item) => item.dataset.itemType !== "user_message")) {
      expect(item.textContent, item.dataset.itemType).toMatch(/^Assistant said: /);
    }
  });
});
