import { describe, expect, it, vi } from "vitest";
import {
  ChatKitStreamError,
  createChatKitHandler,
  createMemoryStore,
  events,
  items,
  streamAssistantMessage,
  type ChatKitContext,
  type ChatKitHandlerOptions,
} from "../../src/server";
import type { ThreadStreamEvent } from "../../src/protocol/types";

const input = (text: string, toolId?: string) => ({
  content: [{ type: "input_text", text }],
  attachments: [],
  inference_options: toolId ? { tool_choice: { id: toolId }, model: "gpt-test" } : {},
});

function post(body: unknown, init: RequestInit = {}) {
  return new Request("http://localhost/chatkit", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
}

/** The SSE body as events, checking the exact framing of every frame on the way. */
async function sse(response: Response): Promise<ThreadStreamEvent[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const text = await response.text();
  expect(text.endsWith("\n\n")).toBe(true);
  return text
    .slice(0, -2)
    .split("\n\n")
    .map((frame) => {
      expect(frame).toMatch(/^data: \{[^\n]*\}$/);
      const event = JSON.parse(frame.slice(6)) as ThreadStreamEvent;
      expect(frame).toBe(`data: ${JSON.stringify(event)}`); // compact JSON, nothing else on the line
      return event;
    });
}

async function json(response: Response, status = 200): Promise<any> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  return response.json();
}

/** The app context of requests without an x-user header. */
const anonymous = { user: "anonymous" };

function setup(overrides: Partial<ChatKitHandlerOptions<{ user: string }>> = {}) {
  const store = createMemoryStore<{ user: string }>({ ownerKey: (context) => context.user });
  const handler = createChatKitHandler<{ user: string }>({
    store,
    context: (request) => ({ user: request.headers.get("x-user") ?? "anonymous" }),
    async *respond() {
      yield events.assistantMessage("Hello");
    },
    async *action() {},
    ...overrides,
  });
  const create = async (text = "Hi") => {
    const out = await sse(await handler(post({ type: "threads.create", params: { input: input(text) } })));
    return { events: out, threadId: (out.find((event) => event.type === "thread.created") as Extract<ThreadStreamEvent, { type: "thread.created" }>).thread.id };
  };
  return { store, handler, create };
}

describe("request validation", () => {
  const { handler } = setup();

  it("answers 405 to anything but POST", async () => {
    const response = await handler(new Request("http://localhost/chatkit"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it.each([
    ["a body that is not JSON", "{nope", "The request body is not valid JSON."],
    ["a body without type", { params: {} }, 'The request body needs a string "type".'],
    ["an unknown request type", { type: "threads.explode", params: {} }, 'Unknown or unsupported request type "threads.explode".'],
    ["a missing field", { type: "threads.get_by_id", params: {} }, "Invalid threads.get_by_id request: params.thread_id: expected string"],
    [
      "a bad content part",
      { type: "threads.create", params: { input: { content: [{ type: "input_image" }] } } },
      'Invalid threads.create request: params.input.content[0].type: expected one of "input_text" | "input_tag"',
    ],
    [
      "an action without type",
      { type: "threads.custom_action", params: { thread_id: "thr_1", action: { payload: {} } } },
      "Invalid threads.custom_action request: params.action.type: expected string",
    ],
    ["a bad list order", { type: "threads.list", params: { order: "up" } }, 'Invalid threads.list request: params.order: expected "asc" | "desc"'],
    [
      "attachments this server cannot resolve",
      { type: "threads.create", params: { input: { ...input("x"), attachments: ["atc_1"] } } },
      "params.input.attachments: this server does not accept attachments.",
    ],
  ])("answers 400 naming the problem for %s", async (_name, body, message) => {
    expect(await json(await handler(post(body)), 400)).toEqual({ error: message });
  });

  it("answers 404 for an unknown thread or item", async () => {
    expect(await json(await handler(post({ type: "threads.get_by_id", params: { thread_id: "thr_nope" } })), 404)).toEqual({
      error: "Thread thr_nope not found.",
    });
    const { handler: h, create } = setup();
    const { threadId } = await create();
    const response = await h(post({ type: "threads.custom_action", params: { thread_id: threadId, item_id: "msg_nope", action: { type: "x" } } }));
    expect(await json(response, 404)).toEqual({ error: `Item msg_nope not found in thread ${threadId}.` });
  });

  it("answers with a Response thrown by the context callback (e.g. 401)", async () => {
    const { handler: h } = setup({
      context: () => {
        throw new Response("no", { status: 401 });
      },
    });
    expect((await h(post({ type: "threads.list", params: {} }))).status).toBe(401);
  });
});

describe("streams", () => {
  it("threads.create: thread.created, the user message, stream_options, then the response", async () => {
    const { create } = setup();
    const { events: out, threadId } = await create("Hi");
    // chatkit-python's order: thread.created and the user message, then stream_options, then the response.
    expect(out.map((event) => event.type)).toEqual(["thread.created", "thread.item.done", "stream_options", "thread.item.done"]);
    expect(out[2]).toEqual({ type: "stream_options", stream_options: { allow_cancel: true } });
    expect(threadId).toMatch(/^thr_[0-9a-f]{32}$/);
    expect(out[0]).toMatchObject({ thread: { id: threadId, status: { type: "active" }, items: { data: [], has_more: false } } });
    expect(out[1]).toMatchObject({ item: { type: "user_message", thread_id: threadId, content: [{ type: "input_text", text: "Hi" }] } });
    expect(out[3]).toMatchObject({
      item: { type: "assistant_message", thread_id: threadId, content: [{ type: "output_text", text: "Hello", annotations: [] }] },
    });
  });

  it("hands respond the stored thread, the user message and a context with app value, tool and model", async () => {
    const respond = vi.fn(async function* (_thread: unknown, _input: unknown, _context: ChatKitContext<{ user: string }>) {});
    const { handler } = setup({ respond });
    await sse(await handler(post({ type: "threads.create", params: { input: input("Find", "search_tickets") }, metadata: { page: "home" } }, { headers: { "x-user": "ada", "content-type": "application/json" } })));
    const [thread, message, context] = respond.mock.calls[0];
    expect(thread).toMatchObject({ id: expect.stringMatching(/^thr_/) });
    expect(message).toMatchObject({ type: "user_message", inference_options: { tool_choice: { id: "search_tickets" }, model: "gpt-test" } });
    expect(context).toMatchObject({ app: { user: "ada" }, toolChoice: "search_tickets", model: "gpt-test", metadata: { page: "home" } });
  });

  it("persists by §5.4: added is not stored, done and replaced are (in place), removed deletes", async () => {
    const seenDuringStream: string[][] = [];
    const { handler, store, create } = setup({
      async *respond(thread, _input, context) {
        const ids = async () => (await context.store.loadItems(thread.id, { limit: 50, order: "asc" }, context.app)).data.map((item) => item.type);
        const draft = items.widget({ type: "Card", children: [] }, { id: "msg_w" });
        yield events.itemAdded(draft);
        seenDuringStream.push(await ids());
        yield events.itemDone(draft);
        yield events.assistantMessage("temp", { id: "msg_t" });
        yield events.itemReplaced({ ...draft, widget: { type: "Card", children: [{ type: "Text", value: "v2" }] } });
        yield events.itemRemoved("msg_t");
      },
    });
    const { threadId } = await create();
    expect(seenDuringStream).toEqual([["user_message"]]);
    const stored = await store.loadItems(threadId, { limit: 50, order: "asc" }, anonymous);
    expect(stored.data.map((item) => [item.type, item.id.startsWith("msg_")])).toEqual([
      ["user_message", true],
      ["widget", true],
    ]);
    expect(stored.data[1]).toMatchObject({ id: "msg_w", thread_id: threadId, widget: { children: [{ value: "v2" }] } });
    const page = await json(await handler(post({ type: "items.list", params: { thread_id: threadId, order: "asc" } })));
    expect(page.data.map((item: { id: string }) => item.id)).toEqual(stored.data.map((item) => item.id));
  });

  it("ends with a stream.error event when respond throws, and reports the exception", async () => {
    const onError = vi.fn();
    const boom = new Error("database down");
    const { create } = setup({
      onError,
      async *respond() {
        yield events.progress("Working", "search");
        throw boom;
      },
    });
    const { events: out } = await create();
    expect(out.slice(3)).toEqual([
      { type: "progress_update", text: "Working", icon: "search" },
      { type: "error", code: "stream.error", allow_retry: true },
    ]);
    expect(onError).toHaveBeenCalledWith(boom, expect.any(Request));
  });

  it("shows the message of a ChatKitStreamError as a custom error", async () => {
    const { create } = setup({
      // eslint-disable-next-line require-yield
      async *respond() {
        throw new ChatKitStreamError("Quota exceeded", { allowRetry: false });
      },
    });
    expect((await create()).events.at(-1)).toEqual({ type: "error", code: "custom", message: "Quota exceeded", allow_retry: false });
  });

  it("threads.custom_action passes the sender widget; an action on a non-widget item is a stream error", async () => {
    const action = vi.fn(async function* () {
      yield events.clientEffect("highlight", { i: 1 });
    });
    const { handler, create } = setup({
      action,
      async *respond() {
        yield events.widgetItem({ type: "Card", children: [] }, { id: "msg_card" });
      },
    });
    const { threadId, events: created } = await create();
    const out = await sse(await handler(post({ type: "threads.custom_action", params: { thread_id: threadId, item_id: "msg_card", action: { type: "go", payload: { a: 1 } } } })));
    expect(out).toEqual([{ type: "stream_options", stream_options: { allow_cancel: true } }, { type: "client_effect", name: "highlight", data: { i: 1 } }]);
    expect(action.mock.calls[0]).toMatchObject([{ id: threadId }, { type: "go", payload: { a: 1 } }, { id: "msg_card", type: "widget" }, {}]);

    const userItemId = (created[1] as { item: { id: string } }).item.id;
    const bad = await sse(await handler(post({ type: "threads.custom_action", params: { thread_id: threadId, item_id: userItemId, action: { type: "go" } } })));
    // chatkit-python: ErrorEvent(code=STREAM_ERROR, allow_retry=False) and nothing else; the app is not called.
    expect(bad).toEqual([{ type: "error", code: "stream.error", allow_retry: false }]);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("emits thread.updated and stores it when the app renames the thread", async () => {
    const { store, create } = setup({
      async *respond(thread) {
        thread.title = "Weather";
        yield events.assistantMessage("Sunny");
      },
    });
    const { events: out, threadId } = await create();
    expect(out.at(-1)).toMatchObject({ type: "thread.updated", thread: { id: threadId, title: "Weather" } });
    expect((await store.loadThread(threadId, anonymous))?.title).toBe("Weather");
  });

  it("on cancel keeps the partial assistant message, drops the half-built widget and leaves a hidden note", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { handler, store, create } = setup({
      async *respond(_thread, message) {
        // The first message gets a complete answer; the second one is cut off by the client.
        if (message.content[0].type === "input_text" && message.content[0].text !== "More") {
          yield events.assistantMessage("Complete");
          return;
        }
        yield events.itemAdded(items.widget({ type: "Card", children: [] }, { id: "msg_half" }));
        yield* streamAssistantMessage(
          (async function* () {
            yield "Partial ";
            yield "answer";
            await gate;
            yield " never sent";
          })(),
          { id: "msg_part" },
        );
      },
    });
    const { threadId } = await create();
    const response = await handler(post({ type: "threads.add_user_message", params: { thread_id: threadId, input: input("More") } }));
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes('"delta":"answer"')) text += decoder.decode((await reader.read()).value, { stream: true });
    const cancelled = reader.cancel();
    release();
    await cancelled;
    const stored = (await store.loadItems(threadId, { limit: 50, order: "asc" }, anonymous)).data;
    expect(stored.map((item) => item.type)).toEqual(["user_message", "assistant_message", "user_message", "assistant_message", "sdk_hidden_context"]);
    expect(stored[3]).toMatchObject({ id: "msg_part", content: [{ type: "output_text", text: "Partial answer" }] });
    const listed = await json(await handler(post({ type: "items.list", params: { thread_id: threadId, order: "asc" } })));
    expect(listed.data.map((item: { type: string }) => item.type)).not.toContain("sdk_hidden_context");
  });
});

describe("JSON requests", () => {
  it("threads.sync_custom_action returns and stores the updated item", async () => {
    const { handler, store, create } = setup({
      async *respond() {
        yield events.widgetItem({ type: "Card", children: [{ type: "Text", value: "0" }] }, { id: "msg_counter" });
      },
      async syncAction(_thread, action, sender) {
        return sender && { ...sender, widget: { type: "Card", children: [{ type: "Text", value: String((action.payload as { n: number }).n) }] } };
      },
    });
    const { threadId } = await create();
    const body = await json(await handler(post({ type: "threads.sync_custom_action", params: { thread_id: threadId, item_id: "msg_counter", action: { type: "inc", payload: { n: 1 } } } })));
    expect(body.updated_item).toMatchObject({ id: "msg_counter", thread_id: threadId, widget: { children: [{ value: "1" }] } });
    expect(await store.loadItem(threadId, "msg_counter", anonymous)).toEqual(body.updated_item);
  });

  it("threads.sync_custom_action without a syncAction option is a 400", async () => {
    const { handler, create } = setup();
    const { threadId } = await create();
    const response = await handler(post({ type: "threads.sync_custom_action", params: { thread_id: threadId, action: { type: "x" } } }));
    expect((await json(response, 400)).error).toMatch(/does not handle sync actions/);
  });

  it("threads.get_by_id returns the thread with its first items oldest first; items.list pages with a cursor", async () => {
    const { handler, create } = setup();
    const { threadId } = await create("one");
    await sse(await handler(post({ type: "threads.add_user_message", params: { thread_id: threadId, input: input("two") } })));
    const thread = await json(await handler(post({ type: "threads.get_by_id", params: { thread_id: threadId } })));
    expect(thread.id).toBe(threadId);
    expect(thread.items.data.map((item: any) => item.content[0].text)).toEqual(["one", "Hello", "two", "Hello"]);
    const first = await json(await handler(post({ type: "items.list", params: { thread_id: threadId, limit: 3 } })));
    expect(first.has_more).toBe(true);
    expect(first.data.map((item: any) => item.content[0].text)).toEqual(["Hello", "two", "Hello"]);
    const rest = await json(await handler(post({ type: "items.list", params: { thread_id: threadId, limit: 3, after: first.after } })));
    expect(rest).toMatchObject({ has_more: false, data: [{ content: [{ text: "one" }] }] });
  });

  it("threads.list, threads.update and threads.delete", async () => {
    const { handler, create } = setup();
    const a = (await create("a")).threadId;
    const b = (await create("b")).threadId;
    expect((await json(await handler(post({ type: "threads.list", params: {} })))).data.map((t: any) => t.id)).toEqual([b, a]);
    expect(await json(await handler(post({ type: "threads.update", params: { thread_id: a, title: "Renamed" } })))).toMatchObject({ id: a, title: "Renamed" });
    expect(await json(await handler(post({ type: "threads.delete", params: { thread_id: b } })))).toEqual({});
    expect((await json(await handler(post({ type: "threads.list", params: { order: "asc" } })))).data.map((t: any) => [t.id, t.title])).toEqual([[a, "Renamed"]]);
  });
});
