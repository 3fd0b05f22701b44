import { afterEach, describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 20_000 });
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThreadList } from "../../src/composer";
import type { ChatKitClient } from "../../src/protocol/client";
import type { ThreadMetadata } from "../../src/protocol/types";

afterEach(cleanup);

const thread = (id: string, title: string): ThreadMetadata =>
  ({ id, title, created_at: "2026-01-01T00:00:00.000Z", status: { type: "active" }, metadata: {} }) as ThreadMetadata;

/** A client with only the history's requests; `pages` answers threads.list in turn (an Error is thrown). */
function fakeClient(pages: Array<{ data: ThreadMetadata[]; has_more: boolean } | Error>) {
  const queue = [...pages];
  const listThreads = vi.fn(async (_options?: { limit?: number; after?: string | null }) => {
    const page = queue.shift();
    if (!page) throw new Error("no page left");
    if (page instanceof Error) throw page;
    return { data: page.data, has_more: page.has_more, after: page.data.at(-1)?.id ?? null };
  });
  const deleteThread = vi.fn(async (_id: string) => undefined);
  const updateThread = vi.fn(async (id: string, { title }: { title: string }) => thread(id, title));
  return { client: { listThreads, deleteThread, updateThread } as unknown as ChatKitClient, listThreads, deleteThread, updateThread };
}

const list = () => screen.getByRole("navigation", { name: "Chat history" });

describe("ThreadList keeps focus off the page", () => {
  it("keeps focus on a busy Show more while more pages follow, and announces the new rows", async () => {
    const { client, listThreads } = fakeClient([
      { data: [thread("a", "Alpha")], has_more: true },
      { data: [thread("b", "Beta")], has_more: true },
    ]);
    const user = userEvent.setup();
    render(<ThreadList client={client} onSelect={vi.fn()} pageSize={1} />);
    const more = await screen.findByRole("button", { name: "Show more" });
    await user.tab(); // Alpha
    await user.tab(); // Rename
    await user.tab(); // Delete
    await user.tab();
    expect(document.activeElement).toBe(more);
    await user.keyboard("{Enter}");
    await screen.findByRole("button", { name: "Beta" });
    expect(listThreads).toHaveBeenLastCalledWith({ limit: 1, after: "a" });
    expect(screen.getByRole("button", { name: "Show more" })).toBe(more);
    expect(document.activeElement).toBe(more);
    expect(within(list()).getByRole("status").textContent).toBe("1 more chat shown");
  });

  it("moves focus to Try again when a page fails, and to the first new thread when it then loads", async () => {
    const { client } = fakeClient([
      { data: [thread("a", "Alpha")], has_more: true },
      new Error("offline"),
      { data: [thread("b", "Beta"), thread("c", "Gamma")], has_more: false },
    ]);
    const user = userEvent.setup();
    render(<ThreadList client={client} onSelect={vi.fn()} pageSize={2} />);
    await user.click(await screen.findByRole("button", { name: "Show more" }));
    const retry = await screen.findByRole("button", { name: "Try again" });
    await waitFor(() => expect(document.activeElement).toBe(retry));
    await user.keyboard("{Enter}");
    await screen.findByRole("button", { name: "Gamma" });
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Beta" })));
  });

  it("gives focus to the list itself when the last thread is deleted", async () => {
    const { client, deleteThread } = fakeClient([{ data: [thread("a", "Alpha")], has_more: false }]);
    const user = userEvent.setup();
    render(<ThreadList client={client} onSelect={vi.fn()} />);
    await user.click(await screen.findByRole("button", { name: "Delete Alpha" }));
    expect(deleteThread).toHaveBeenCalledWith("a");
    await screen.findByText("No chats yet.");
    await waitFor(() => expect(document.activeElement).toBe(list()));
    expect(within(list()).getByRole("status").textContent).toBe("Alpha deleted");
  });

  it("saves the title when Tab leaves the field, without pulling focus back", async () => {
    const { client, updateThread } = fakeClient([{ data: [thread("a", "Alpha"), thread("b", "Beta")], has_more: false }]);
    const user = userEvent.setup();
    render(<ThreadList client={client} onSelect={vi.fn()} />);
    await user.click(await screen.findByRole("button", { name: "Rename Alpha" }));
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Chat title" }));
    await user.keyboard("Omega");
    await user.tab();
    await act(async () => undefined);
    expect(updateThread).toHaveBeenCalledWith("a", { title: "Omega" });
    await screen.findByRole("button", { name: "Omega" });
    // Tab went on past the row; the restored Rename button does not take focus back.
    expect(document.activeElement).not.toBe(screen.getByRole("button", { name: "Rename Omega" }));
    expect(document.activeElement).not.toBe(document.body);
  });
});
