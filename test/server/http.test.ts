// End to end over real HTTP: the server kit behind Node's http server, driven by ChatKitClient.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ChatKitError, createChatKitClient, type ChatKitClientOptions } from "../../src/protocol";
import { createChatKitHandler, createMemoryStore, events, type WireWidget } from "../../src/server";
import { toNodeHandler } from "../../src/server/node";

const LINES = [
  { id: "red", label: "Red line", color: "red" },
  { id: "blue", label: "Blue line", color: "blue" },
  { id: "green", label: "Green line", color: "green" },
];

/** A ListView with one row per metro line; the selected row is bold with a check icon. */
function lineSelector(selected: string | null): WireWidget {
  return {
    type: "ListView",
    children: LINES.map((line) => ({
      type: "ListViewItem",
      key: line.id,
      onClickAction: { type: "line.select", payload: { id: line.id } },
      children: [
        { type: "Icon", name: "circle", color: line.color },
        { type: "Text", value: line.label, weight: line.id === selected ? "semibold" : "normal" },
        ...(line.id === selected ? [{ type: "Icon", name: "check" }] : []),
      ],
    })),
  };
}

const counter = (n: number): WireWidget => ({ type: "Card", children: [{ type: "Text", id: "count", value: String(n) }] });

let releaseSlowAction: () => void = () => undefined;
const store = createMemoryStore();
const handler = createChatKitHandler({
  store,
  async *respond(_thread, input) {
    const text = input.content[0]?.type === "input_text" ? input.content[0].text : "";
    if (text === "counter") yield events.widgetItem(counter(0));
    else yield events.widgetItem(lineSelector(null), { copyText: "Pick a line" });
  },
  async *action(_thread, action, sender) {
    if (action.type === "line.select" && sender) {
      const id = (action.payload as { id: string }).id;
      yield events.itemReplaced({ ...sender, widget: lineSelector(id) });
      yield events.assistantMessage(`You picked the ${LINES.find((line) => line.id === id)?.label}.`);
      yield events.clientEffect("line.selected", { id });
    } else if (action.type === "slow") {
      yield events.progress("Thinking");
      await new Promise<void>((resolve) => (releaseSlowAction = resolve));
      yield events.assistantMessage("Slow answer");
    }
  },
  async syncAction(_thread, action, sender) {
    if (action.type !== "counter.inc" || !sender) return null;
    const current = Number((sender.widget as unknown as { children: { value: string }[] }).children[0].value);
    return { ...sender, widget: counter(current + 1) };
  },
});

/** Misbehaving endpoints for the fault tests, next to the real handler. */
const faults: Record<string, (res: ServerResponse) => void> = {
  "/fault/500": (res) => {
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "database down" }));
  },
  "/fault/cut": (res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\ndata: {"type":"progress_upd');
    setTimeout(() => res.destroy(), 20);
  },
  "/fault/unfinished": (res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    const item = { id: "msg_x", thread_id: "thr_x", created_at: "now", type: "assistant_message", content: [] };
    res.end(`data: ${JSON.stringify({ type: "thread.item.added", item })}\n\n`);
  },
  "/fault/malformed": (res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.end('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\ndata: {not json}\n\n');
  },
  "/fault/silent": (res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n');
    // …and nothing more; closed when the client gives up.
  },
};

let server: Server;
let base = "";
beforeAll(async () => {
  const chatkit = toNodeHandler(handler);
  server = createServer((req, res) => {
    const fault = faults[req.url ?? ""];
    if (fault) {
      req.resume();
      fault(res);
    } else void chatkit(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function client(path = "/chatkit", options: Partial<ChatKitClientOptions> = {}) {
  const onEffect = vi.fn();
  const onError = vi.fn();
  const instance = createChatKitClient({ url: `${base}${path}`, onEffect, onError, ...options });
  return { client: instance, onEffect, onError };
}

const say = (text: string) => ({ content: [{ type: "input_text" as const, text }] });

describe("ChatKitClient ↔ server kit over HTTP", () => {
  it("creates a thread, selects a line, and receives the replaced widget, a message and an effect", async () => {
    const { client: chat, onEffect, onError } = client();
    const changes: string[] = [];
    chat.subscribe(() => changes.push(chat.getState().status));
    await chat.createThread(say("Which line?"));

    const created = chat.getState();
    expect(created.status).toBe("idle");
    expect(created.thread?.id).toMatch(/^thr_[0-9a-f]{32}$/);
    expect(created.items.map((item) => item.type)).toEqual(["user_message", "widget"]);
    const widgetItem = created.items[1];
    expect(widgetItem).toMatchObject({ type: "widget", thread_id: created.thread?.id, widget: lineSelector(null), copy_text: "Pick a line" });
    const userItem = created.items[0];

    await chat.sendCustomAction({ type: "line.select", payload: { id: "blue" } }, widgetItem.id);

    const state = chat.getState();
    expect(state.items.map((item) => [item.type, item.id === widgetItem.id])).toEqual([
      ["user_message", false],
      ["widget", true],
      ["assistant_message", false],
    ]);
    expect(state.items[0]).toBe(userItem); // untouched items keep identity
    expect(state.items[1]).toEqual({ ...widgetItem, widget: lineSelector("blue") });
    expect(state.items[2]).toMatchObject({ content: [{ type: "output_text", text: "You picked the Blue line.", annotations: [] }] });
    expect(onEffect.mock.calls).toEqual([[{ name: "line.selected", data: { id: "blue" } }]]);
    expect(onError).not.toHaveBeenCalled();
    expect(state.error).toBeNull();
    expect(changes[0]).toBe("streaming");
    expect(changes.at(-1)).toBe("idle");

    // The replacement was stored: a fresh client loading the thread sees the same items.
    const { client: reader } = client();
    await reader.loadThread(state.thread!.id);
    expect(reader.getState().items).toEqual(state.items);
  });

  it("lets a sync action through while a stream runs, queues a second streaming action, rejects a message", async () => {
    const { client: chat } = client();
    await chat.createThread(say("counter"));
    const itemId = chat.getState().items[1].id;

    const slow = chat.sendCustomAction({ type: "slow" }, itemId);
    await vi.waitFor(() => expect(chat.getState().progress?.text).toBe("Thinking"));
    expect(chat.getState().status).toBe("streaming");

    await chat.sendCustomAction({ type: "counter.inc" }, itemId, { streaming: false });
    expect(chat.getState().items[1]).toMatchObject({ id: itemId, widget: counter(1) });
    expect(chat.getState().status).toBe("streaming");

    // A second streaming action waits for the running one (docs/actions.md); a message is refused meanwhile.
    const queued = chat.sendCustomAction({ type: "line.select", payload: { id: "red" } }, itemId);
    await expect(chat.sendUserMessage(say("hi"))).rejects.toMatchObject({ kind: "busy" });

    releaseSlowAction();
    await slow;
    await queued;
    const state = chat.getState();
    expect(state.status).toBe("idle");
    expect(state.progress).toBeNull();
    expect(state.items.map((item) => item.type)).toEqual(["user_message", "widget", "assistant_message", "assistant_message"]);
    expect(state.items[2]).toMatchObject({ content: [{ text: "Slow answer" }] });
    expect(await store.loadItem(state.thread!.id, itemId, undefined)).toMatchObject({ widget: lineSelector("red") });
  });

  it("rejects actions before there is a thread", async () => {
    const { client: chat } = client();
    await expect(chat.sendCustomAction({ type: "x" })).rejects.toMatchObject({ kind: "no_thread" });
  });
});

describe("faults", () => {
  async function failWith(path: string, options: Partial<ChatKitClientOptions> = {}) {
    const { client: chat, onError } = client(path, options);
    const error = await chat.createThread(say("hi")).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ChatKitError);
    const state = chat.getState();
    expect(state.status).toBe("idle");
    expect(state.error).toBe(error);
    expect(onError.mock.calls).toEqual([[error]]);
    return { error: error as ChatKitError, state };
  }

  it("HTTP 500 → kind http with the status and the server's message", async () => {
    const { error } = await failWith("/fault/500");
    expect(error).toMatchObject({ kind: "http", status: 500 });
    expect(error.message).toBe("The server answered 500 Internal Server Error: database down");
  });

  it("connection cut in the middle of an event → kind stream", async () => {
    const { error, state } = await failWith("/fault/cut");
    expect(error.kind).toBe("stream");
    expect(state.streamOptions).toBeNull();
  });

  it("clean end before an added item is done → kind stream, the partial item stays visible", async () => {
    const { error, state } = await failWith("/fault/unfinished");
    expect(error.kind).toBe("stream");
    expect(error.message).toBe("The stream ended before item msg_x was done.");
    expect(state.items.map((item) => item.id)).toEqual(["msg_x"]);
  });

  it("an event that is not JSON → kind malformed", async () => {
    const { error } = await failWith("/fault/malformed");
    expect(error.kind).toBe("malformed");
    expect(error.message).toBe("An event is not valid JSON: {not json}");
  });

  it("no bytes for timeoutMs → kind timeout", async () => {
    const started = Date.now();
    const { error } = await failWith("/fault/silent", { timeoutMs: 300 });
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("No response from the server for 300 ms.");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("times out and cancels an in-process body that never ends (no network abort to rely on)", async () => {
    let cancelled = false;
    const silent = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const inProcess = async () => new Response(silent, { headers: { "content-type": "text/event-stream" } });
    const { client: chat } = client("/chatkit", { fetch: inProcess, timeoutMs: 100 });
    await expect(chat.createThread(say("hi"))).rejects.toMatchObject({ kind: "timeout" });
    expect(cancelled).toBe(true);
  });

  it("cancelStream ends the stream without an error and keeps what arrived", async () => {
    const { client: chat, onError } = client();
    await chat.createThread(say("counter"));
    const itemId = chat.getState().items[1].id;
    const slow = chat.sendCustomAction({ type: "slow" }, itemId);
    await vi.waitFor(() => expect(chat.getState().progress?.text).toBe("Thinking"));
    chat.cancelStream();
    await slow;
    expect(chat.getState()).toMatchObject({ status: "idle", error: null, progress: null });
    expect(onError).not.toHaveBeenCalled();
    releaseSlowAction();
  });

  it("an error event from the server → kind server with its code", async () => {
    const failing = createChatKitHandler({
      // eslint-disable-next-line require-yield
      async *respond() {
        throw new Error("boom");
      },
      async *action() {},
    });
    const { client: chat, onError } = client("/chatkit", { fetch: (input, init) => failing(new Request(input, init)) });
    await expect(chat.createThread(say("hi"))).rejects.toMatchObject({ kind: "server", code: "stream.error", allowRetry: true });
    expect(chat.getState()).toMatchObject({ status: "idle", serverError: { code: "stream.error" } });
    expect(onError).toHaveBeenCalledOnce();
  });
});
