// The server kit refuses what it should before any app code runs: foreign content types (415), oversized
// bodies however they arrive (413), deep or huge input and invalid paging (400), and a refused or failed
// threads.create never leaves a thread behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createChatKitHandler,
  createMemoryStore,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_JSON_DEPTH,
  DEFAULT_MAX_TAG_DATA_BYTES,
  events,
  type ChatKitHandlerOptions,
  type ChatKitStore,
} from "../../src/server";
import { fetchTransport, nodeTransport, sendRaw, type Transport } from "./server-helpers";

function setup(overrides: Partial<ChatKitHandlerOptions> = {}) {
  const store = createMemoryStore();
  let responded = 0;
  const handler = createChatKitHandler({
    store,
    async *respond() {
      responded++;
      yield events.assistantMessage("ok");
    },
    async *action() {},
    ...overrides,
  });
  return { store, handler, responded: () => responded };
}

const create = (content: unknown[]) => ({ type: "threads.create", params: { input: { content, attachments: [], inference_options: {} } } });
const hello = create([{ type: "input_text", text: "hi" }]);
const threadCount = async (store: ChatKitStore) => (await store.listThreads({ limit: 100, order: "asc" }, undefined)).data.length;

describe.each([
  ["Fetch handler", async (options?: Partial<ChatKitHandlerOptions>) => {
    const subject = setup(options);
    return { ...subject, transport: fetchTransport(subject.handler) as Transport };
  }],
  ["Node adapter", async (options?: Partial<ChatKitHandlerOptions>) => {
    const subject = setup(options);
    return { ...subject, transport: (await nodeTransport(subject.handler)) as Transport };
  }],
])("refusals through the %s", (_name, open) => {
  let subject: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    subject = await open();
  });
  afterAll(() => subject.transport.close());

  it.each([
    "text/plain",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "",
  ])("answers 415 to content-type %j (what a cross-site form or simple fetch can send)", async (contentType) => {
    const answer = await subject.transport.send(hello, { "content-type": contentType });
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.text)).toEqual({ error: "ChatKit requests must have content-type application/json." });
    expect(await threadCount(subject.store)).toBe(0);
    expect(subject.responded()).toBe(0);
  });

  it("accepts application/json with parameters and in any case", async () => {
    const answer = await subject.transport.send({ type: "threads.list", params: {} }, { "content-type": "Application/JSON; charset=utf-8" });
    expect(answer.status).toBe(200);
  });

  it(`answers 413 to a body over the default ${DEFAULT_MAX_BODY_BYTES} bytes`, async () => {
    const big = JSON.stringify(create([{ type: "input_text", text: "x".repeat(DEFAULT_MAX_BODY_BYTES) }]));
    const answer = await subject.transport.send(big);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ error: `The request body is larger than ${DEFAULT_MAX_BODY_BYTES} bytes.` });
    expect(await threadCount(subject.store)).toBe(0);
  });

  it("accepts a body just under the limit", async () => {
    const text = "y".repeat(DEFAULT_MAX_BODY_BYTES - 200);
    const answer = await subject.transport.send(create([{ type: "input_text", text }]));
    expect(answer.status).toBe(200);
  });

  it(`answers 400 to a body nested deeper than ${DEFAULT_MAX_JSON_DEPTH} levels, e.g. in input_tag data`, async () => {
    // Written as text: 100,000 levels are too deep for JSON.stringify itself.
    const body = JSON.stringify(create([{ type: "input_tag", id: "t", text: "@deep", data: { deep: "HERE" } }]));
    const answer = await subject.transport.send(body.replace('"HERE"', "[".repeat(100_000) + "]".repeat(100_000)));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error: `The request body is nested deeper than ${DEFAULT_MAX_JSON_DEPTH} levels.` });
  });

  it(`answers 400 to input_tag data over ${DEFAULT_MAX_TAG_DATA_BYTES} bytes, and saves no thread`, async () => {
    const before = await threadCount(subject.store);
    const data = { blob: "z".repeat(DEFAULT_MAX_TAG_DATA_BYTES) };
    const answer = await subject.transport.send(create([{ type: "input_tag", id: "t", text: "@big", data }]));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).error).toBe(
      `Invalid threads.create request: params.input.content[0].data: ${DEFAULT_MAX_TAG_DATA_BYTES + 11} bytes of JSON, more than the ${DEFAULT_MAX_TAG_DATA_BYTES} allowed for a tag.`,
    );
    expect(await threadCount(subject.store)).toBe(before);
  });

  it.each(["threads.list", "items.list"])("%s with limit 0 gets a 400 saying the limit must be positive", async (type) => {
    const answer = await subject.transport.send({ type, params: { thread_id: "thr_x", limit: 0 } });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error: `Invalid ${type} request: params.limit: must be > 0` });
  });
});

describe("body limit", () => {
  it("counts streamed bytes when there is no content-length (Fetch handler)", async () => {
    const { handler, store } = setup({ maxBodyBytes: 1000 });
    const chunk = new TextEncoder().encode(JSON.stringify(create([{ type: "input_text", text: "a".repeat(600) }])));
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
        if (pulled > 1000) controller.close();
      },
    });
    const request = new Request("http://localhost/chatkit", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const answer = await handler(request);
    expect(answer.status).toBe(413);
    expect(pulled).toBeLessThan(5); // stopped reading right after the limit
    expect(await threadCount(store)).toBe(0);
  });

  it("does not trust a content-length that understates the body (Node adapter, chunked upload)", async () => {
    const { handler, store } = setup({ maxBodyBytes: 1000 });
    const transport = await nodeTransport(handler);
    try {
      const chunks = Array.from({ length: 64 }, () => Buffer.from("a".repeat(1024)));
      const chunked = await sendRaw(transport.port, chunks, { "content-type": "application/json", "transfer-encoding": "chunked" });
      expect(chunked.status).toBe(413);
      expect(chunked.headers.connection).toBe("close");
      const declared = await sendRaw(transport.port, "{}", { "content-type": "application/json", "content-length": "5000000" });
      expect(declared.status).toBe(413);
      expect(await threadCount(store)).toBe(0);
    } finally {
      await transport.close();
    }
  });

  it("is configurable", async () => {
    const { handler } = setup({ maxBodyBytes: 10 });
    const transport = fetchTransport(handler);
    expect((await transport.send({ type: "threads.list", params: {} })).status).toBe(413);
  });
});

describe("threads.create is all or nothing", () => {
  it("removes the new thread when its first message cannot be saved", async () => {
    const store = createMemoryStore();
    const failing: ChatKitStore = {
      ...store,
      async saveItem() {
        throw new Error("disk full");
      },
    };
    const handler = createChatKitHandler({ store: failing, async *respond() {}, async *action() {} });
    await expect(fetchTransport(handler).send(hello)).rejects.toThrow("disk full");
    expect(await threadCount(store)).toBe(0);
  });
});
