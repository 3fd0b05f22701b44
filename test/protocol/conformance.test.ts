// ChatKit protocol conformance of the server kit and the client, item by item against chatkit-python
// (server.py / types.py) and WIDGET-SPEC §3, §6. The interop suite (test/interop) checks the same against an
// independent implementation.
import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { CHATKIT_REQUEST_SCHEMAS, ChatKitError, createChatKitClient, type ChatKitClientOptions } from "../../src/protocol";
import {
  ChatKitStreamError,
  StreamError,
  createChatKitHandler,
  createMemoryStore,
  events,
  type ChatKitHandlerOptions,
} from "../../src/server";
import type { ThreadStreamEvent } from "../../src/protocol/types";

const URL_ = "http://chatkit.test/chatkit";
const input = (text: string) => ({ content: [{ type: "input_text" as const, text }], attachments: [], inference_options: {} });
const textOf = (item: { content: unknown }) => ((item.content as { text?: string }[])[0]?.text ?? "");

function post(body: unknown): Request {
  return new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function sse(response: Response): Promise<ThreadStreamEvent[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const text = await response.text();
  return text.split("\n\n").filter(Boolean).map((frame) => JSON.parse(frame.slice("data: ".length)) as ThreadStreamEvent);
}

function setup(overrides: Partial<ChatKitHandlerOptions> = {}, client: Partial<ChatKitClientOptions> = {}) {
  const store = createMemoryStore();
  const respond = vi.fn<NonNullable<ChatKitHandlerOptions["respond"]>>(async function* (_thread, message) {
    yield events.assistantMessage(`Re: ${textOf(message)}`);
  });
  const handler = createChatKitHandler({ store, respond, async *action() {}, ...overrides });
  const kit = createChatKitClient({ url: URL_, fetch: async (url, init) => handler(new Request(url, init)), ...client });
  const send = async (body: unknown) => sse(await handler(post(body)));
  const json = async (body: unknown, status = 200) => {
    const response = await handler(post(body));
    expect(response.status).toBe(status);
    return response.json() as Promise<any>;
  };
  const create = async (text = "Hi") => {
    const out = await send({ type: "threads.create", params: { input: input(text) } });
    const created = out.find((event) => event.type === "thread.created") as Extract<ThreadStreamEvent, { type: "thread.created" }>;
    return { out, threadId: created.thread.id };
  };
  return { store, handler, kit, send, json, create, respond };
}

describe("1. threads.add_client_tool_output: client tools end to end", () => {
  function toolServer() {
    const clientToolOutput = vi.fn<NonNullable<ChatKitHandlerOptions["clientToolOutput"]>>(async function* (_thread, call) {
      yield events.assistantMessage(`Selection: ${JSON.stringify(call.output)}`);
    });
    const afterCall = vi.fn();
    const kit = setup({
      clientToolOutput,
      async *respond(_thread, message) {
        if (textOf(message) !== "use tool") return void (yield events.assistantMessage("no tool"));
        yield events.assistantMessage("Let me look at your page.");
        yield events.clientToolCall("get_selection", { scope: "page" }, { callId: "call_1" });
        afterCall(); // never reached: the response ends at the pending call
        yield events.assistantMessage("unreachable");
      },
    });
    return { ...kit, clientToolOutput, afterCall };
  }

  it("the server ends the response with the pending call and resumes with the client's output", async () => {
    const { send, create, store, clientToolOutput, afterCall } = toolServer();
    const { out, threadId } = await create("use tool");
    const call = out.at(-1) as Extract<ThreadStreamEvent, { type: "thread.item.done" }>;
    expect(call.item).toMatchObject({ type: "client_tool_call", status: "pending", name: "get_selection", arguments: { scope: "page" }, call_id: "call_1", thread_id: threadId });
    expect(call.item.id).toMatch(/^tc_/);
    expect(afterCall).not.toHaveBeenCalled();

    const resumed = await send({ type: "threads.add_client_tool_output", params: { thread_id: threadId, result: { text: "hello" } } });
    expect(resumed).toEqual([
      { type: "stream_options", stream_options: { allow_cancel: true } },
      expect.objectContaining({ type: "thread.item.done", item: expect.objectContaining({ type: "assistant_message" }) }),
    ]);
    expect(clientToolOutput.mock.calls[0][1]).toMatchObject({ id: call.item.id, status: "completed", output: { text: "hello" } });
    const stored = await store.loadItem(threadId, call.item.id, undefined);
    expect(stored).toMatchObject({ status: "completed", output: { text: "hello" } });
  });

  it("the client runs the registered tool, sends its output and applies the resumed response", async () => {
    const { kit, clientToolOutput } = toolServer();
    const tool = vi.fn(async (params: Record<string, unknown>) => ({ selected: `text in ${String(params.scope)}` }));
    const unregister = kit.registerClientTool("get_selection", tool);
    await kit.sendUserMessage(input("use tool"));
    expect(tool).toHaveBeenCalledWith({ scope: "page" }, expect.objectContaining({ type: "client_tool_call", call_id: "call_1" }));
    expect(clientToolOutput.mock.calls[0][1].output).toEqual({ selected: "text in page" });
    const state = kit.getState();
    expect(state.status).toBe("idle");
    expect(state.items.map((item) => item.type)).toEqual(["user_message", "assistant_message", "client_tool_call", "assistant_message"]);
    expect(state.items[2]).toMatchObject({ status: "completed", output: { selected: "text in page" } });
    expect(textOf(state.items[3] as { content: unknown })).toBe('Selection: {"selected":"text in page"}');
    unregister();
  });

  it("onClientTool gets {name, params} like ChatKit's option; no handler at all is a client_tool error", async () => {
    const onClientTool = vi.fn(() => ({ ok: true }));
    const { kit } = toolServer();
    const withOption = setup(
      { clientToolOutput: async function* (_t, call) { yield events.assistantMessage(JSON.stringify(call.output)); }, async *respond() { yield events.clientToolCall("ping"); } },
      { onClientTool },
    );
    await withOption.kit.sendUserMessage(input("x"));
    expect(onClientTool).toHaveBeenCalledWith({ name: "ping", params: {} });
    expect(textOf(withOption.kit.getState().items.at(-1) as { content: unknown })).toBe('{"ok":true}');

    const failing = await kit.sendUserMessage(input("use tool")).catch((error: unknown) => error);
    expect(failing).toBeInstanceOf(ChatKitError);
    expect(failing).toMatchObject({ kind: "client_tool", message: 'The server asked for the client tool "get_selection" and no handler is registered for it.' });
    expect(kit.getState()).toMatchObject({ status: "idle", error: failing });
  });

  it("a tool handler that throws fails the request with kind client_tool; no output is sent", async () => {
    const { kit, clientToolOutput } = toolServer();
    kit.registerClientTool("get_selection", () => {
      throw new Error("no selection");
    });
    const error = await kit.sendUserMessage(input("use tool")).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "client_tool", message: 'The client tool "get_selection" failed: no selection' });
    expect(clientToolOutput).not.toHaveBeenCalled();
    expect(kit.getState().status).toBe("idle");
  });

  it("output with no pending call is a stream.error without retry; a server without the hook answers 400", async () => {
    const { send, create } = toolServer();
    const { threadId } = await create("no");
    expect(await send({ type: "threads.add_client_tool_output", params: { thread_id: threadId, result: {} } })).toEqual([
      { type: "error", code: "stream.error", allow_retry: false },
    ]);
    const plain = setup();
    const { threadId: other } = await plain.create();
    expect(await plain.json({ type: "threads.add_client_tool_output", params: { thread_id: other, result: 1 } }, 400)).toEqual({
      error: "This server does not run client tools (threads.add_client_tool_output).",
    });
  });
});

describe("1. threads.retry_after_item", () => {
  it("drops the items after the user message and answers it again (server and client)", async () => {
    const { kit, store, respond } = setup();
    await kit.sendUserMessage(input("first"));
    await kit.sendUserMessage(input("second"));
    const threadId = kit.getState().thread!.id;
    const first = kit.getState().items[0];
    expect(kit.getState().items).toHaveLength(4);

    await kit.retryAfterItem(first.id);
    const stored = (await store.loadItems(threadId, { limit: 50, order: "asc" }, undefined)).data;
    expect(stored.map((item) => [item.type, textOf(item as { content: unknown })])).toEqual([
      ["user_message", "first"],
      ["assistant_message", "Re: first"],
    ]);
    expect(respond.mock.calls.at(-1)?.[1]).toMatchObject({ id: first.id });
    expect(kit.getState().items.map((item) => item.id)).toEqual(stored.map((item) => item.id));
  });

  it("a non-user item is a stream.error without retry; an unknown item is 404", async () => {
    const { send, json, create, store } = setup();
    const { threadId } = await create();
    const reply = (await store.loadItems(threadId, { limit: 5, order: "desc" }, undefined)).data[0];
    expect(await send({ type: "threads.retry_after_item", params: { thread_id: threadId, item_id: reply.id } })).toEqual([
      { type: "error", code: "stream.error", allow_retry: false },
    ]);
    expect(await json({ type: "threads.retry_after_item", params: { thread_id: threadId, item_id: "msg_nope" } }, 404)).toEqual({
      error: `Item msg_nope not found in thread ${threadId}.`,
    });
  });
});

describe("1. items.feedback", () => {
  it("calls addFeedback with the thread, item ids and kind, and answers {}", async () => {
    const addFeedback = vi.fn();
    const { kit, json } = setup({ addFeedback });
    await kit.sendUserMessage(input("Hi"));
    const reply = kit.getState().items[1];
    await kit.sendFeedback([reply.id], "positive");
    expect(addFeedback).toHaveBeenCalledWith(expect.objectContaining({ id: kit.getState().thread!.id }), [reply.id], "positive", expect.objectContaining({ metadata: {} }));
    expect(await json({ type: "items.feedback", params: { thread_id: kit.getState().thread!.id, item_ids: [], kind: "negative" } })).toEqual({});
    expect(await json({ type: "items.feedback", params: { thread_id: kit.getState().thread!.id, item_ids: [], kind: "meh" } }, 400)).toEqual({
      error: 'Invalid items.feedback request: params.kind: expected "positive" | "negative"',
    });
  });
});

/** Valid requests of every type, the base for the null-leniency walk. */
const SAMPLES: Record<keyof typeof CHATKIT_REQUEST_SCHEMAS, unknown> = {
  "threads.create": {
    type: "threads.create",
    metadata: {},
    params: {
      input: {
        content: [{ type: "input_tag", id: "a", text: "A", data: {}, group: "g", interactive: true }],
        attachments: [],
        quoted_text: "q",
        inference_options: { tool_choice: { id: "t" }, model: "m" },
      },
    },
  },
  "threads.add_user_message": { type: "threads.add_user_message", params: { thread_id: "thr_1", input: { content: [], inference_options: { model: "m" } } } },
  "threads.add_client_tool_output": { type: "threads.add_client_tool_output", params: { thread_id: "thr_1", result: { a: 1 } } },
  "threads.retry_after_item": { type: "threads.retry_after_item", params: { thread_id: "thr_1", item_id: "msg_1" } },
  "threads.add_structured_input": {
    type: "threads.add_structured_input",
    params: { thread_id: "thr_1", item_id: "msg_1", input: { status: "answered", answers: { q1: { values: ["a"], skipped: false } } } },
  },
  "threads.custom_action": { type: "threads.custom_action", params: { thread_id: "thr_1", item_id: "msg_1", action: { type: "a", payload: 1 } } },
  "threads.sync_custom_action": { type: "threads.sync_custom_action", params: { thread_id: "thr_1", item_id: "msg_1", action: { type: "a" } } },
  "threads.get_by_id": { type: "threads.get_by_id", params: { thread_id: "thr_1" } },
  "threads.list": { type: "threads.list", params: { limit: 5, order: "asc", after: "thr_0" } },
  "threads.update": { type: "threads.update", params: { thread_id: "thr_1", title: "T" } },
  "threads.delete": { type: "threads.delete", params: { thread_id: "thr_1" } },
  "items.list": { type: "items.list", params: { thread_id: "thr_1", limit: 5, order: "desc", after: "msg_0" } },
  "items.feedback": { type: "items.feedback", params: { thread_id: "thr_1", item_ids: ["msg_1"], kind: "positive" } },
  "attachments.create": { type: "attachments.create", params: { name: "a.png", size: 3, mime_type: "image/png" } },
  "attachments.delete": { type: "attachments.delete", params: { attachment_id: "atc_1" } },
};

type Def = { type: string; shape?: Record<string, z.ZodMiniType>; innerType?: z.ZodMiniType; in?: z.ZodMiniType; element?: z.ZodMiniType; options?: z.ZodMiniType[] };
const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths (into `value`) of every optional field of `schema` that `value` sets, walking objects, arrays and unions. */
function optionalPaths(schema: z.ZodMiniType, value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const def = defOf(schema);
  if (def.type === "optional" || def.type === "nullable") return optionalPaths(def.innerType!, value, path);
  if (def.type === "pipe") return optionalPaths(def.in!, value, path);
  if (def.type === "array" && Array.isArray(value)) return value.flatMap((entry, index) => optionalPaths(def.element!, entry, [...path, index]));
  if (def.type === "union") {
    const option = def.options!.find((candidate) => candidate.safeParse?.(value)?.success ?? z.safeParse(candidate, value).success);
    return option ? optionalPaths(option, value, path) : [];
  }
  if (def.type !== "object" || typeof value !== "object" || value === null) return [];
  return Object.entries(def.shape!).flatMap(([key, field]) => {
    if (!(key in (value as object))) return [];
    const here = [...path, key];
    // An optional `unknown` (action payload, tool result) holds any JSON value: there null is a value, not absence.
    const own = defOf(field).type === "optional" && defOf(defOf(field).innerType!).type !== "unknown" ? [here] : [];
    return [...own, ...optionalPaths(field, (value as Record<string, unknown>)[key], here)];
  });
}

describe("2. null reads as absent in every optional request field", () => {
  const cases = Object.entries(SAMPLES).flatMap(([type, sample]) => {
    const schema = CHATKIT_REQUEST_SCHEMAS[type as keyof typeof CHATKIT_REQUEST_SCHEMAS];
    return optionalPaths(schema, sample).map((path) => [type, path.join("."), sample, path] as const);
  });

  it("finds the optional fields (the walk itself works)", () => {
    const paths = cases.map(([type, path]) => `${type} ${path}`);
    for (const expected of ["threads.list params.limit", "items.list params.after", "threads.custom_action params.item_id", "threads.create metadata", "threads.create params.input.inference_options.tool_choice", "threads.create params.input.content.0.group"]) {
      expect(paths).toContain(expected);
    }
    expect(cases.length).toBeGreaterThanOrEqual(19);
  });

  it.each(cases)("%s %s: null parses as absent", (type, _name, sample, path) => {
    const body = structuredClone(sample) as Record<string, unknown>;
    let parent: Record<string | number, unknown> = body;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path.at(-1)!] = null;
    const parsed = CHATKIT_REQUEST_SCHEMAS[type as keyof typeof CHATKIT_REQUEST_SCHEMAS].safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    let out = parsed.data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) out = out[key] as Record<string | number, unknown>;
    expect(out[path.at(-1)!]).toBeUndefined();
  });

  it('{"limit": null} lists threads and items with the defaults', async () => {
    const { json, create } = setup();
    const { threadId } = await create();
    expect((await json({ type: "threads.list", params: { limit: null, order: null, after: null } })).data).toHaveLength(1);
    expect((await json({ type: "items.list", params: { thread_id: threadId, limit: null, after: null }, metadata: null })).data).toHaveLength(2);
  });
});

describe("3. threads carry items", () => {
  it("threads.list and threads.update return every thread with an items page (empty where none loaded)", async () => {
    const { json, create } = setup();
    const { threadId } = await create();
    const listed = await json({ type: "threads.list", params: {} });
    expect(listed.data[0]).toMatchObject({ id: threadId, items: { data: [], has_more: false } });
    expect(await json({ type: "threads.update", params: { thread_id: threadId, title: "Renamed" } })).toMatchObject({
      id: threadId,
      title: "Renamed",
      items: { data: [], has_more: false },
    });
  });
});

describe("4. ChatKit's error codes", () => {
  const failWith = (error: unknown) =>
    setup({
      // eslint-disable-next-line require-yield
      async *respond() {
        throw error;
      },
    });

  it.each([
    ["an unexpected exception", new Error("db down"), { type: "error", code: "stream.error", allow_retry: true }],
    ["ChatKitStreamError (chatkit-python CustomStreamError)", new ChatKitStreamError("Quota", { allowRetry: true }), { type: "error", code: "custom", message: "Quota", allow_retry: true }],
    ["StreamError() (chatkit-python StreamError)", new StreamError(), { type: "error", code: "stream.error", allow_retry: true }],
    ["StreamError with a newer code", new StreamError("thread.locked"), { type: "error", code: "thread.locked", allow_retry: false }],
  ])("%s ends the stream with its error event", async (_name, error, expected) => {
    const { out } = await failWith(error).create();
    expect(out.at(-1)).toEqual(expected);
  });

  it("custom_action on a non-widget item: one stream.error event, allow_retry false, the app not called", async () => {
    const action = vi.fn(async function* () {});
    const { send, create, store } = setup({ action });
    const { threadId } = await create();
    const user = (await store.loadItems(threadId, { limit: 1, order: "asc" }, undefined)).data[0];
    expect(await send({ type: "threads.custom_action", params: { thread_id: threadId, item_id: user.id, action: { type: "go" } } })).toEqual([
      { type: "error", code: "stream.error", allow_retry: false },
    ]);
    expect(action).not.toHaveBeenCalled();
  });

  it("the client reports an error event as kind server with its code and allow_retry", async () => {
    const { kit } = failWith(new StreamError("thread.locked"));
    const error = await kit.sendUserMessage(input("x")).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "server", code: "thread.locked", allowRetry: false });
  });
});

describe("5. stream_options in chatkit-python's order", () => {
  it("after thread.created and the user message; first for every other streamed request", async () => {
    const { send, create } = setup({
      async *action() {
        yield events.progress("Working");
      },
    });
    const { out, threadId } = await create();
    expect(out.map((event) => event.type)).toEqual(["thread.created", "thread.item.done", "stream_options", "thread.item.done"]);
    const added = await send({ type: "threads.add_user_message", params: { thread_id: threadId, input: input("Again") } });
    expect(added.map((event) => event.type)).toEqual(["thread.item.done", "stream_options", "thread.item.done"]);
    const acted = await send({ type: "threads.custom_action", params: { thread_id: threadId, action: { type: "go" } } });
    expect(acted.map((event) => event.type)).toEqual(["stream_options", "progress_update"]);
  });
});

describe("6. an empty 200 event stream where an item was due is an error", () => {
  const emptyStream = () => new Response("", { status: 200, headers: { "content-type": "text/event-stream" } });

  it.each([
    ["createThread", "threads.create stream without sending the new thread"],
    ["sendUserMessage on a thread", "threads.add_user_message stream without sending the user message"],
  ])("%s rejects with kind stream, sets state.error and calls onError", async (name, message) => {
    const onError = vi.fn();
    const { handler } = setup();
    let empty = name === "createThread";
    const kit = createChatKitClient({ url: URL_, onError, fetch: async (url, init) => (empty ? emptyStream() : handler(new Request(url, init))) });
    if (!empty) {
      await kit.createThread(input("Hi"));
      empty = true;
    }
    const error = await kit.sendUserMessage(input("x")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatKitError);
    expect(error).toMatchObject({ kind: "stream", message: expect.stringContaining(message) });
    expect(onError).toHaveBeenCalledWith(error);
    expect(kit.getState()).toMatchObject({ status: "idle", error });
  });

  it("an empty answer to a custom action is not an error (an action may produce nothing)", async () => {
    const { handler } = setup();
    let empty = false;
    const kit = createChatKitClient({ url: URL_, fetch: async (url, init) => (empty ? emptyStream() : handler(new Request(url, init))) });
    await kit.createThread(input("Hi"));
    empty = true;
    await expect(kit.sendCustomAction({ type: "noop" })).resolves.toBeUndefined();
  });
});
