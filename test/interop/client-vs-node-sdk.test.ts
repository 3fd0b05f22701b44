// Interop, direction 1: our ChatKitClient against an independent ChatKit server (chatkit-node-backend-sdk,
// see docs/protocol.md) over real HTTP. Every frame it sends must parse, apply and leave the state we expect.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ChatKitError, createChatKitClient, type ChatKitClient, type ThreadItem } from "../../src/protocol";
import { parseWidget } from "../../src/schema";
import { card, startNodeSdkServer } from "./nodeSdkServer";

let server: Awaited<ReturnType<typeof startNodeSdkServer>>;
beforeAll(async () => {
  // The SDK prints a debug line for every threads.create.
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  server = await startNodeSdkServer();
});
afterAll(async () => {
  await server.close();
  vi.restoreAllMocks();
});

const say = (text: string) => ({ content: [{ type: "input_text" as const, text }] });
const textOf = (item: ThreadItem | undefined) => (item && "content" in item ? (item.content as { text: string }[])[0]?.text : undefined);
const client = (options: Partial<Parameters<typeof createChatKitClient>[0]> = {}): ChatKitClient =>
  createChatKitClient({ url: server.url, timeoutMs: 10_000, ...options });

describe("our client against chatkit-node-backend-sdk", () => {
  it("creates a thread from streamed text deltas and picks up the title from thread.updated", async () => {
    const kit = client();
    await kit.createThread(say("Hello"));
    const state = kit.getState();
    expect(state).toMatchObject({ status: "idle", error: null, pendingItemIds: [], thread: { title: "Hello" } });
    expect(state.items.map((item) => [item.type, textOf(item)])).toEqual([
      ["user_message", "Hello"],
      ["assistant_message", "Re: Hello"],
    ]);
  });

  it("streams a widget with a value delta and a root update; the widget parses cleanly", async () => {
    const onProgress = vi.fn();
    const kit = client({ onProgress });
    await kit.createThread(say("widget"));
    const widget = kit.getState().items.at(-1);
    expect(widget).toMatchObject({ type: "widget", widget: card("Loaded") });
    expect(onProgress).toHaveBeenCalledWith({ type: "progress_update", text: "Almost there", icon: "sparkle" });
    const parsed = parseWidget(widget!.type === "widget" ? widget!.widget : null);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it("sends a custom action whose answer replaces the widget in place", async () => {
    const kit = client();
    await kit.createThread(say("widget"));
    const widgetId = kit.getState().items[1].id;
    await kit.sendCustomAction({ type: "pick", payload: { id: 2 } }, widgetId);
    const items = kit.getState().items;
    expect(items[1]).toMatchObject({ id: widgetId, widget: card('Picked {"id":2}') });
    expect(textOf(items.at(-1))).toBe("Action pick");
  });

  it("runs a client tool and streams the resumed answer (threads.add_client_tool_output)", async () => {
    const kit = client();
    const tool = vi.fn(() => ({ selection: "hello" }));
    kit.registerClientTool("get_selection", tool);
    await kit.createThread(say("tool"));
    expect(tool).toHaveBeenCalledWith({ scope: "page" }, expect.objectContaining({ call_id: "call_1" }));
    const items = kit.getState().items;
    expect(items.map((item) => item.type)).toEqual(["user_message", "client_tool_call", "assistant_message"]);
    expect(items[1]).toMatchObject({ status: "completed", output: { selection: "hello" } });
    expect(textOf(items[2])).toBe('Tool said {"selection":"hello"}');
  });

  it("retries after a user message (threads.retry_after_item) and sends feedback (items.feedback)", async () => {
    const kit = client();
    await kit.createThread(say("one"));
    await kit.sendUserMessage(say("two"));
    const [first, reply] = kit.getState().items;
    await kit.retryAfterItem(first.id);
    // The items after "one" are dropped and "one" is answered again (a new item).
    expect(kit.getState().items.map((item) => textOf(item))).toEqual(["one", "Re: one"]);
    expect(kit.getState().items[0].id).toBe(first.id);
    expect(kit.getState().items[1].id).not.toBe(reply.id);
    await kit.sendFeedback([reply.id], "negative");
    expect(server.server.feedback.at(-1)).toEqual({ threadId: kit.getState().thread!.id, itemIds: [reply.id], kind: "negative" });
  });

  it("reloads a thread of 26 items through threads.get_by_id and items.list", async () => {
    const kit = client();
    await kit.createThread(say("m0"));
    for (let n = 1; n < 13; n++) await kit.sendUserMessage(say(`m${n}`));
    const written = kit.getState().items;
    expect(written).toHaveLength(26);
    const reader = client();
    await reader.loadThread(kit.getState().thread!.id);
    expect(reader.getState().items.map((item) => item.id)).toEqual(written.map((item) => item.id));
    expect(reader.getState()).toMatchObject({ status: "idle", thread: { id: kit.getState().thread!.id } });
  });

  it("reports their stream.error event as a server error with its code", async () => {
    const kit = client();
    const error = await kit.createThread(say("fail")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatKitError);
    expect(error).toMatchObject({ kind: "server", code: "stream.error", allowRetry: true });
  });

  it("reports a 200 stream that ends with nothing (their SDK failing after the headers) as an error", async () => {
    const kit = client();
    await kit.createThread(say("x"));
    const threadId = kit.getState().thread!.id;
    await server.store.deleteThread(threadId); // loadThread now throws inside their stream, after the headers
    const error = await kit.sendUserMessage(say("y")).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "stream" });
    expect(kit.getState().error).toBe(error);
  });
});
