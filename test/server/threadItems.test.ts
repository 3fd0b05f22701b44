// The thread items beyond messages and widgets, end to end through the server kit and the client:
// structured input (threads.add_structured_input), workflows and tasks with streamed updates, generated images,
// end-of-turn markers, hidden context, and the thread history requests (threads.list paging, update, delete).
import { describe, expect, it, vi } from "vitest";
import { createChatKitClient } from "../../src/protocol";
import type { StructuredInputItem, ThreadStreamEvent } from "../../src/protocol/types";
import {
  createChatKitHandler,
  createMemoryStore,
  events,
  items,
  updates,
  type ChatKitHandlerOptions,
} from "../../src/server";

const URL_ = "http://chatkit.test/chatkit";
const input = (text: string) => ({ content: [{ type: "input_text" as const, text }], attachments: [], inference_options: {} });

function post(body: unknown): Request {
  return new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function sse(response: Response): Promise<ThreadStreamEvent[]> {
  expect(response.status).toBe(200);
  const text = await response.text();
  return text.split("\n\n").filter(Boolean).map((frame) => JSON.parse(frame.slice("data: ".length)) as ThreadStreamEvent);
}

const QUESTIONS = [
  { type: "multiple_choice" as const, id: "size", question: "Which size?", options: ["Small", "Large"] },
  { type: "multiple_choice" as const, id: "toppings", question: "Toppings?", options: ["Cheese", "Olives", "Basil"], multiple: true },
  { type: "freeform" as const, id: "notes", question: "Anything else?", description: "Allergies, delivery notes" },
];

function setup(overrides: Partial<ChatKitHandlerOptions> = {}) {
  const store = createMemoryStore();
  const structuredInput = vi.fn<NonNullable<ChatKitHandlerOptions["structuredInput"]>>(async function* (_thread, item) {
    yield events.assistantMessage(`Status: ${item.status}`);
  });
  const handler = createChatKitHandler({
    store,
    async *respond() {
      yield events.itemDone(items.structuredInput(QUESTIONS, { id: "si_1" }));
    },
    async *action() {},
    structuredInput,
    ...overrides,
  });
  const client = createChatKitClient({ url: URL_, fetch: async (url, init) => handler(new Request(url, init)) });
  const json = async (body: unknown, status = 200) => {
    const response = await handler(post(body));
    expect(response.status).toBe(status);
    return response.json() as Promise<any>;
  };
  return { store, handler, client, structuredInput, json, send: async (body: unknown) => sse(await handler(post(body))) };
}

describe("threads.add_structured_input", () => {
  it("stores the answers, sends the answered item as thread.item.replaced, then the app's resumed response", async () => {
    const { client, store, structuredInput, send } = setup();
    await client.sendUserMessage(input("Order a pizza"));
    const threadId = client.getState().thread!.id;
    const asked = client.getState().items.at(-1) as StructuredInputItem;
    expect(asked).toMatchObject({ type: "structured_input", status: "pending", id: "si_1" });
    expect(asked.inputs[0]).toEqual({ type: "multiple_choice", id: "size", question: "Which size?", options: [{ value: "Small" }, { value: "Large" }], multiple: false });

    const out = await send({
      type: "threads.add_structured_input",
      params: {
        thread_id: threadId,
        item_id: "si_1",
        input: {
          status: "answered",
          answers: {
            size: { values: ["Large", "Small"] }, // single choice: the first value counts
            toppings: { values: ["Basil", "Cheese", "Basil"] }, // multiple: each once
            notes: { values: ["No nuts"], skipped: null },
          },
        },
      },
    });
    expect(out.map((event) => event.type)).toEqual(["stream_options", "thread.item.replaced", "thread.item.done"]);
    const answered = (out[1] as Extract<ThreadStreamEvent, { type: "thread.item.replaced" }>).item as StructuredInputItem;
    expect(answered.status).toBe("answered");
    expect(answered.inputs.map((question) => [question.id, question.answer])).toEqual([
      ["size", { values: ["Large"], skipped: false }],
      ["toppings", { values: ["Basil", "Cheese"], skipped: false }],
      ["notes", { values: ["No nuts"], skipped: false }],
    ]);
    expect(await store.loadItem(threadId, "si_1", undefined)).toEqual(answered);
    expect(structuredInput).toHaveBeenCalledOnce();
    expect(structuredInput.mock.calls[0]![1]).toEqual(answered);
  });

  it("the client sends the submission and shows the answered item in place, then the response", async () => {
    const { client } = setup();
    await client.sendUserMessage(input("Order a pizza"));
    await client.addStructuredInput("si_1", { status: "answered", answers: { size: { values: ["Small"] } } });
    const state = client.getState();
    expect(state.items.map((item) => item.type)).toEqual(["user_message", "structured_input", "assistant_message"]);
    const answered = state.items[1] as StructuredInputItem;
    expect(answered.inputs.map((question) => question.answer)).toEqual([
      { values: ["Small"], skipped: false },
      { values: [], skipped: true }, // unanswered questions are skipped
      { values: [], skipped: true },
    ]);
    expect(state.status).toBe("idle");
  });

  it("skipping marks every question skipped, whatever values came along", async () => {
    const { client, structuredInput } = setup();
    await client.sendUserMessage(input("Order a pizza"));
    await client.addStructuredInput("si_1", { status: "skipped", answers: { size: { values: ["Small"] } } });
    const item = client.getState().items[1] as StructuredInputItem;
    expect(item.status).toBe("skipped");
    expect(item.inputs.every((question) => question.answer?.skipped === true && question.answer.values?.length === 0)).toBe(true);
    expect(structuredInput.mock.calls[0]![1].status).toBe("skipped");
  });

  it("an item answered already, or not a structured input, is one stream.error without retry; the app is not called", async () => {
    const { client, send, structuredInput } = setup();
    await client.sendUserMessage(input("Order a pizza"));
    const threadId = client.getState().thread!.id;
    await client.addStructuredInput("si_1", { status: "skipped", answers: {} });
    structuredInput.mockClear();
    const again = await send({ type: "threads.add_structured_input", params: { thread_id: threadId, item_id: "si_1", input: { status: "skipped", answers: {} } } });
    expect(again).toEqual([{ type: "error", code: "stream.error", allow_retry: false }]);
    const messageId = client.getState().items[0]!.id;
    const notInput = await send({ type: "threads.add_structured_input", params: { thread_id: threadId, item_id: messageId, input: { status: "skipped", answers: {} } } });
    expect(notInput).toEqual([{ type: "error", code: "stream.error", allow_retry: false }]);
    expect(structuredInput).not.toHaveBeenCalled();
  });

  it("refuses a value that is not an option (400), an unknown item (404), and a server without the hook (400)", async () => {
    const { client, json } = setup();
    await client.sendUserMessage(input("Order a pizza"));
    const threadId = client.getState().thread!.id;
    const body = (itemId: string, answers: Record<string, unknown>) => ({
      type: "threads.add_structured_input",
      params: { thread_id: threadId, item_id: itemId, input: { status: "answered", answers } },
    });
    expect(await json(body("si_1", { size: { values: ["Huge"] } }), 400)).toEqual({
      error: 'Invalid threads.add_structured_input request: params.input.answers.size: "Huge" is not one of the options.',
    });
    expect((await json(body("si_nope", {}), 404)).error).toBe(`Item si_nope not found in thread ${threadId}.`);
    expect((await json({ ...body("si_1", {}), params: { thread_id: threadId, item_id: "si_1", input: { answers: {} } } }, 400)).error).toMatch(
      /^Invalid threads.add_structured_input request: params.input.status: expected "answered" \| "skipped"/,
    );
    const without = setup({ structuredInput: undefined });
    await without.client.sendUserMessage(input("Order a pizza"));
    const otherThread = without.client.getState().thread!.id;
    expect(
      (await without.json({ type: "threads.add_structured_input", params: { thread_id: otherThread, item_id: "si_1", input: { status: "skipped", answers: {} } } }, 400)).error,
    ).toBe("This server does not ask for structured input (threads.add_structured_input).");
  });
});

describe("workflow, task, generated image, end of turn and hidden context items", () => {
  it("streams a workflow's task updates; the stored item and the client's item end the same", async () => {
    const workflow = items.workflow({ type: "reasoning", tasks: [] }, { id: "wf_1" });
    const { client, store } = setup({
      async *respond() {
        yield events.itemAdded(workflow);
        yield events.itemUpdated("wf_1", updates.workflowTaskAdded(0, { type: "thought", title: "Reading", content: "…", status_indicator: "loading" }));
        yield events.itemUpdated("wf_1", updates.workflowTaskAdded(1, { type: "web_search", title: "Searching", queries: ["pizza near me"] }));
        yield events.itemUpdated("wf_1", updates.workflowTaskUpdated(0, { type: "thought", title: "Read", content: "Done", status_indicator: "complete" }));
        yield events.itemDone({ ...workflow, workflow: { ...workflow.workflow, summary: { duration: 3 }, tasks: [
          { type: "thought", title: "Read", content: "Done", status_indicator: "complete" },
          { type: "web_search", title: "Searching", queries: ["pizza near me"] },
        ] } });
        yield events.itemDone(items.task({ type: "custom", title: "Booked a table", icon: "calendar" }, { id: "tsk_1" }));
        yield events.itemAdded(items.generatedImage(null, { id: "img_1" }));
        yield events.itemUpdated("img_1", updates.generatedImage({ id: "i", url: "https://example.com/partial.png" }, 0.5));
        yield events.itemDone(items.generatedImage({ id: "i", url: "https://example.com/final.png" }, { id: "img_1" }));
        yield events.itemDone(items.endOfTurn({ id: "eot_1" }));
      },
    });
    await client.sendUserMessage(input("Find me a pizza"));
    const state = client.getState();
    expect(state.items.map((item) => item.type)).toEqual(["user_message", "workflow", "task", "generated_image", "end_of_turn"]);
    const wf = state.items[1]!;
    expect(wf.type === "workflow" && wf.workflow.tasks.map((task) => task.title)).toEqual(["Read", "Searching"]);
    const threadId = state.thread!.id;
    expect(await store.loadItem(threadId, "wf_1", undefined)).toEqual(wf);
    expect(state.items[3]).toMatchObject({ image: { url: "https://example.com/final.png" } });
  });

  it("applies workflow.task.added by insertion and generated_image.updated with its progress (reducer)", async () => {
    const { applyThreadEvent, INITIAL_THREAD_STATE } = await import("../../src/protocol");
    let state = applyThreadEvent(INITIAL_THREAD_STATE, events.itemAdded({ ...items.workflow({ tasks: [{ type: "custom", title: "B" }] }, { id: "wf" }), thread_id: "t" }));
    state = applyThreadEvent(state, events.itemUpdated("wf", updates.workflowTaskAdded(0, { type: "custom", title: "A" })));
    const wf = state.items[0]!;
    expect(wf.type === "workflow" && wf.workflow.tasks.map((task) => task.title)).toEqual(["A", "B"]);
    state = applyThreadEvent(state, events.itemAdded({ ...items.generatedImage(null, { id: "img" }), thread_id: "t" }));
    state = applyThreadEvent(state, events.itemUpdated("img", updates.generatedImage({ id: "i", url: "https://example.com/a.png" }, 0.25)));
    expect(state.items[1]).toMatchObject({ type: "generated_image", image: { id: "i", url: "https://example.com/a.png" }, progress: 0.25 });
  });

  it("hidden context is stored for the model but never sent: not streamed, not in get_by_id or items.list", async () => {
    const { send, store, json } = setup({
      async *respond() {
        yield events.itemDone(items.hiddenContext({ note: "user prefers metric units" }, { id: "hc_1" }));
        yield events.itemUpdated("hc_1", updates.textDelta(0, "x"));
        yield events.assistantMessage("Noted.", { id: "msg_a" });
        yield events.itemRemoved("hc_1");
        yield events.itemDone(items.hiddenContext("second", { id: "hc_2" }));
      },
    });
    const out = await send({ type: "threads.create", params: { input: input("Hi") } });
    expect(out.some((event) => JSON.stringify(event).includes("hc_"))).toBe(false);
    expect(out.map((event) => event.type)).toEqual(["thread.created", "thread.item.done", "stream_options", "thread.item.done"]);
    const threadId = (out[0] as Extract<ThreadStreamEvent, { type: "thread.created" }>).thread.id;
    const stored = await store.loadItems(threadId, { limit: 10, order: "asc", after: null }, undefined);
    expect(stored.data.map((item) => item.id)).toContain("hc_2"); // kept for the model
    expect(stored.data.map((item) => item.id)).not.toContain("hc_1"); // removed
    const thread = await json({ type: "threads.get_by_id", params: { thread_id: threadId } });
    expect(thread.items.data.map((item: { type: string }) => item.type)).toEqual(["user_message", "assistant_message"]);
    const page = await json({ type: "items.list", params: { thread_id: threadId } });
    expect(page.data.map((item: { type: string }) => item.type)).toEqual(["assistant_message", "user_message"]);
  });
});

describe("thread history: threads.list paging, threads.update, threads.delete through the client", () => {
  it("lists threads newest first page by page, renames one (the current thread follows) and deletes it", async () => {
    const { client, handler } = setup({
      async *respond() {
        yield events.assistantMessage("ok");
      },
    });
    for (const text of ["one", "two", "three"]) {
      client.clearThread();
      await client.sendUserMessage(input(text));
    }
    const current = client.getState().thread!.id;
    const requests: unknown[] = [];
    const spy = createChatKitClient({
      url: URL_,
      fetch: async (url, init) => {
        requests.push(JSON.parse(String(init!.body)));
        return handler(new Request(url, init));
      },
    });
    const first = await spy.listThreads({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.data[0]!.id).toBe(current);
    expect(first.has_more).toBe(true);
    expect(first.data[0]).not.toHaveProperty("items");
    const second = await spy.listThreads({ limit: 2, after: first.after });
    expect(second.data).toHaveLength(1);
    expect(second.has_more).toBe(false);
    expect(requests).toEqual([
      { type: "threads.list", params: { limit: 2, after: null, order: "desc" } },
      { type: "threads.list", params: { limit: 2, after: first.after, order: "desc" } },
    ]);

    const renamed = await client.updateThread(current, { title: "Pizza order" });
    expect(renamed).toMatchObject({ id: current, title: "Pizza order" });
    expect(client.getState().thread?.title).toBe("Pizza order");
    expect((await spy.listThreads()).data[0]!.title).toBe("Pizza order");

    await client.deleteThread(current);
    expect(client.getState().thread).toBeNull();
    expect(client.getState().items).toEqual([]);
    expect((await spy.listThreads()).data.map((thread) => thread.id)).not.toContain(current);
    await expect(client.deleteThread(current)).rejects.toMatchObject({ kind: "http", status: 404 });
  });
});
