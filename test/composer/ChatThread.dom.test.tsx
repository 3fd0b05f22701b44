import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The first render loads React, the renderer and jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
import { createRef } from "react";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChatThread, entityToTag, UserMessage, type ChatThreadHandle, type Entity } from "../../src/composer";
import { createDemoFetch } from "../../stories/composer/demoServer";

// Regression: a sent tag chip was named "@ Alice Martin" (not its visible "@Alice Martin"), so the chat demo's
// `findByRole("button", { name: "@Alice Martin" })` failed as if the sent message had never appeared. The chip is
// `display: inline-flex`, and a browser blockifies a flex container's children; accessible-name computation then
// separates the `@` and the title as two blocks. jsdom does no layout, so this style states what the browser computes
// for the chip's children (composer.css itself is not loaded here).
const BLOCKIFIED_CHIP_CHILDREN = ".cw-message__tag > * { display: block; }";

let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement("style");
  style.textContent = BLOCKIFIED_CHIP_CHILDREN;
  document.head.append(style);
});
afterEach(() => {
  cleanup();
  style.remove();
});

const alice: Entity = { id: "person_alice", title: "Alice Martin", group: "People", interactive: true, data: { type: "person", role: "Editor" } };
// What the composer sends when Alice is picked from the mention list.
const aliceTag = entityToTag(alice);

describe("tag chips in sent messages", () => {
  it("are named by their visible text, @ and title together, and hand the entity to onClick", async () => {
    const onClick = vi.fn();
    render(
      <UserMessage
        content={[{ type: "input_text", text: "What did " }, aliceTag, { type: "input_text", text: " write?" }]}
        onClick={onClick}
      />,
    );
    const chip = screen.getByRole("button", { name: "@Alice Martin" });
    expect(chip.textContent).toBe("@Alice Martin");
    await userEvent.setup().click(chip);
    expect(onClick).toHaveBeenCalledWith(alice);
  });

  it("keep their name with a preview hover card", () => {
    render(<UserMessage content={[aliceTag]} onClick={vi.fn()} onRequestPreview={vi.fn(async () => ({ preview: null }))} />);
    expect(screen.getByRole("button", { name: "@Alice Martin" })).toBeTruthy();
  });
});

describe("ChatThread against the chat demo's in-process server", () => {
  it("shows the sent tagged message as a named chip, then the answer and the article list", async () => {
    const ref = createRef<ChatThreadHandle>();
    const onClick = vi.fn();
    const onError = vi.fn();
    const api = { url: "/chatkit", fetch: createDemoFetch() };
    render(<ChatThread ref={ref} api={api} entities={{ onClick }} onError={onError} />);

    await act(() =>
      ref.current!.sendUserMessage({
        content: [{ type: "input_text", text: "What did " }, aliceTag, { type: "input_text", text: " write?" }],
      }),
    );

    const chip = await screen.findByRole("button", { name: "@Alice Martin" });
    await screen.findByText(/Here is what I found about/);
    await screen.findByRole("button", { name: "View" });
    await userEvent.setup().click(chip);
    expect(onClick).toHaveBeenCalledWith(alice);
    expect(onError).not.toHaveBeenCalled();
  });
});
