// Users stay apart: through the real Fetch handler and the Node adapter, user B can neither list, read, act
// on, message, rename nor delete user A's thread, and every attempt looks exactly like a missing thread.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatKitHandler, createMemoryStore, events, generateId, ID_RANDOM_BITS, type ChatKitStore } from "../../src/server";
import type { ThreadStreamEvent } from "../../src/protocol/types";
import { fetchTransport, nodeTransport, type Transport } from "./server-helpers";

type User = { user: string };

function makeHandler(store: ChatKitStore<User> = createMemoryStore<User>({ ownerKey: (context) => context.user })) {
  const calls: string[] = [];
  const handler = createChatKitHandler<User>({
    store,
    context: (request) => {
      const user = request.headers.get("x-user");
      if (!user) throw new Response(JSON.stringify({ error: "Sign in first." }), { status: 401 });
      return { user };
    },
    async *respond(_thread, _input, context) {
      calls.push(`respond:${context.app.user}`);
      yield events.widgetItem({ type: "Card", children: [{ type: "Text", value: "private" }] }, { id: `msg_card_${context.app.user}` });
    },
    async *action(_thread, _action, _sender, context) {
      calls.push(`action:${context.app.user}`);
    },
    async syncAction(_thread, _action, sender, context) {
      calls.push(`sync:${context.app.user}`);
      return sender;
    },
  });
  return { handler, calls };
}

const input = (text: string) => ({ content: [{ type: "input_text", text }], attachments: [], inference_options: {} });

function threadIdOf(text: string): string {
  const created = text
    .split("\n\n")
    .filter(Boolean)
    .map((frame) => JSON.parse(frame.slice("data: ".length)) as ThreadStreamEvent)
    .find((event) => event.type === "thread.created") as Extract<ThreadStreamEvent, { type: "thread.created" }>;
  return created.thread.id;
}

const transports: Array<[string, (handler: ReturnType<typeof makeHandler>["handler"]) => Promise<Transport>]> = [
  ["Fetch handler", async (handler) => fetchTransport(handler)],
  ["Node adapter", (handler) => nodeTransport(handler)],
];

describe.each(transports)("user isolation through the %s", (_name, open) => {
  const { handler, calls } = makeHandler();
  let transport: Transport;
  let threadId = "";
  const as = (user: string, body: unknown) => transport.send(body, { "x-user": user });

  beforeAll(async () => {
    transport = await open(handler);
    const created = await as("alice", { type: "threads.create", params: { input: input("Alice's secret") } });
    expect(created.status).toBe(200);
    threadId = threadIdOf(created.text);
    calls.length = 0;
  });
  afterAll(() => transport.close());

  it("does not list another user's thread", async () => {
    const listed = await as("bob", { type: "threads.list", params: { limit: 100 } });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.text)).toEqual({ data: [], has_more: false });
    expect(JSON.parse((await as("alice", { type: "threads.list", params: {} })).text).data.map((t: { id: string }) => t.id)).toEqual([threadId]);
  });

  it.each([
    ["read it (threads.get_by_id)", () => ({ type: "threads.get_by_id", params: { thread_id: threadId } })],
    ["read its items (items.list)", () => ({ type: "items.list", params: { thread_id: threadId } })],
    ["post into it (threads.add_user_message)", () => ({ type: "threads.add_user_message", params: { thread_id: threadId, input: input("Bob was here") } })],
    ["act on its widget (threads.custom_action)", () => ({ type: "threads.custom_action", params: { thread_id: threadId, item_id: "msg_card_alice", action: { type: "x" } } })],
    ["act on its widget (threads.sync_custom_action)", () => ({ type: "threads.sync_custom_action", params: { thread_id: threadId, item_id: "msg_card_alice", action: { type: "x" } } })],
    ["rename it (threads.update)", () => ({ type: "threads.update", params: { thread_id: threadId, title: "Bob's now" } })],
    ["delete it (threads.delete)", () => ({ type: "threads.delete", params: { thread_id: threadId } })],
  ])("cannot %s: 404 as for a thread that does not exist", async (_what, body) => {
    const answer = await as("bob", body());
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toEqual({ error: `Thread ${threadId} not found.` });
    // The same request for an id that exists nowhere answers identically: no existence oracle.
    const missing = await as("bob", JSON.parse(JSON.stringify(body()).replaceAll(threadId, "thr_nowhere")));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ error: "Thread thr_nowhere not found." });
    expect(calls).toEqual([]);
  });

  it("leaves the owner's thread whole after all of that", async () => {
    const thread = JSON.parse((await as("alice", { type: "threads.get_by_id", params: { thread_id: threadId } })).text);
    expect(thread).toMatchObject({ id: threadId });
    expect(thread.title).toBeUndefined();
    expect(thread.items.data.map((item: { type: string }) => item.type)).toEqual(["user_message", "widget"]);
    expect(thread.items.data[0].content[0].text).toBe("Alice's secret");
  });

  it("answers a request without a user with the app's 401, before touching the store", async () => {
    const answer = await transport.send({ type: "threads.list", params: {} });
    expect(answer.status).toBe(401);
  });
});

describe("createChatKitHandler with a context but no store", () => {
  it("refuses to start rather than share one memory store between users", () => {
    expect(() =>
      createChatKitHandler<User>({ context: () => ({ user: "a" }), async *respond() {}, async *action() {} }),
    ).toThrow(/pass a store scoped by owner/);
  });
});

describe("ids", () => {
  it(`have ${ID_RANDOM_BITS} random bits: kind prefix + 32 hex digits, no repeats`, () => {
    expect(ID_RANDOM_BITS).toBeGreaterThanOrEqual(122);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(generateId("message"));
    expect(seen.size).toBe(20_000);
    for (const id of [...seen].slice(0, 100)) expect(id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(generateId("thread")).toMatch(/^thr_[0-9a-f]{32}$/);
    // Every hex digit position varies (no constant padding): the bits are really random.
    const positions = new Set([...seen].slice(0, 2000).flatMap((id) => [...id.slice(4)].map((digit, index) => `${index}:${digit}`)));
    expect(positions.size).toBe(32 * 16);
  });

  it("threads.create never overwrites an existing thread, even when the id generator repeats itself", async () => {
    const store = createMemoryStore<User>({ ownerKey: (context) => context.user });
    store.generateThreadId = () => "thr_same";
    const { handler } = makeHandler(store);
    const transport = fetchTransport(handler);
    const first = await transport.send({ type: "threads.create", params: { input: input("first") } }, { "x-user": "alice" });
    expect(threadIdOf(first.text)).toBe("thr_same");
    for (const user of ["alice", "bob"]) {
      const again = await transport.send({ type: "threads.create", params: { input: input(`from ${user}`) } }, { "x-user": user });
      expect(again.status).toBe(409);
      expect(JSON.parse(again.text)).toEqual({ error: "Could not create a thread: its id is already taken." });
    }
    const items = await store.loadItems("thr_same", { limit: 10, order: "asc" }, { user: "alice" });
    expect(items.data.map((item) => (item as { content?: Array<{ text: string }> }).content?.[0].text)).toEqual(["first", undefined]);
    expect(await store.loadThread("thr_same", { user: "bob" })).toBeNull();
  });

  it("threads.create retries a taken id with a fresh one", async () => {
    const store = createMemoryStore<User>({ ownerKey: (context) => context.user });
    const { handler } = makeHandler(store);
    const transport = fetchTransport(handler);
    const first = threadIdOf((await transport.send({ type: "threads.create", params: { input: input("1") } }, { "x-user": "alice" })).text);
    const ids = [first, undefined];
    store.generateThreadId = () => ids.shift() ?? generateId("thread");
    const second = await transport.send({ type: "threads.create", params: { input: input("2") } }, { "x-user": "bob" });
    expect(second.status).toBe(200);
    expect(threadIdOf(second.text)).not.toBe(first);
  });
});
