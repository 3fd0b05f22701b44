// ChatKitClient against misbehaving servers: a page cursor that never advances, a load the app cancels, and a
// second widget action while a response streams.
import { describe, expect, it } from "vitest";
import { createChatKitClient, MAX_QUEUED_ACTIONS } from "../../src/protocol/client";

const thread = { id: "t", created_at: "2026-01-01T00:00:00Z", status: { type: "active" }, items: { data: [], has_more: true, after: null } };
const item = (id: string) => ({ id, thread_id: "t", created_at: "2026-01-01T00:00:00Z", type: "user_message", content: [], attachments: [], inference_options: {} });
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

describe("loadThread", () => {
  it("stops with a malformed error when the server repeats a page cursor", async () => {
    // Before: 1,445 requests in 2 s and never settled.
    let requests = 0;
    const client = createChatKitClient({
      url: "/chatkit",
      fetch: async (_url, init) => {
        requests++;
        const body = JSON.parse(String(init?.body));
        if (body.type === "threads.get_by_id") return json(thread);
        return json({ data: [item(`i${requests}`)], has_more: true, after: "same" });
      },
    });
    await expect(client.loadThread("t")).rejects.toMatchObject({ kind: "malformed", message: expect.stringContaining('"same"') });
    expect(requests).toBe(3); // the thread, the page after null, the page after "same"; "same" again is refused
    expect(client.getState().status).toBe("idle");
  });

  it("is cancelled by its AbortSignal and by cancelStream(), settling idle without an error", async () => {
    for (const cancel of ["signal", "cancelStream"] as const) {
      const controller = new AbortController();
      let requests = 0;
      const client = createChatKitClient({
        url: "/chatkit",
        fetch: async (_url, init) => {
          requests++;
          const body = JSON.parse(String(init?.body));
          if (body.type === "threads.get_by_id") return json(thread);
          // A server that always has one more page with a new cursor.
          if (requests === 5) (cancel === "signal" ? controller.abort() : client.cancelStream());
          return json({ data: [item(`i${requests}`)], has_more: true, after: `c${requests}` });
        },
      });
      await expect(client.loadThread("t", { signal: controller.signal })).resolves.toBeUndefined();
      expect(requests).toBe(5);
      expect(client.getState()).toMatchObject({ status: "idle", error: null, thread: null, items: [] });
    }
  });
});

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 500) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe("a streaming action while a response streams", () => {
  function streamingServer() {
    const bodies: string[] = [];
    const releases: (() => void)[] = [];
    const fetchImpl = async (_url: unknown, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body));
      bodies.push(body.params?.action?.type ?? body.type);
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      releases.push(release);
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify({ type: "thread.created", thread: { id: "t", created_at: "x", status: { type: "active" } } })}\n\n`));
          if (body.type === "threads.create") {
            // A create stream owes the user message (an empty one is an error the app sees).
            const message = { type: "user_message", id: "msg_1", thread_id: "t", created_at: "x", content: [{ type: "input_text", text: "hi" }], attachments: [], inference_options: {} };
            controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify({ type: "thread.item.done", item: message })}\n\n`));
          }
          await done;
          controller.close();
        },
      });
      return new Response(stream, { headers: { "content-type": "text/event-stream" } });
    };
    return { bodies, releases, fetch: fetchImpl as typeof fetch };
  }

  it("waits for the running stream and then runs, in order (not rejected as busy)", async () => {
    const server = streamingServer();
    const client = createChatKitClient({ url: "/chatkit", fetch: server.fetch });
    const first = client.createThread({ content: [{ type: "input_text", text: "hi" }] });
    await until(() => client.getState().thread !== null);
    // Before: rejected at once with ChatKitError kind "busy" and nothing visible.
    const second = client.sendCustomAction({ type: "second" }, "w");
    const third = client.sendCustomAction({ type: "third" }, "w");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.bodies).toEqual(["threads.create"]);
    server.releases[0]!();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.bodies).toEqual(["threads.create", "second"]);
    server.releases[1]!();
    await second;
    await new Promise((resolve) => setTimeout(resolve, 10));
    server.releases[2]!();
    await third;
    expect(server.bodies).toEqual(["threads.create", "second", "third"]);
  });

  it(`refuses more than ${MAX_QUEUED_ACTIONS} waiting actions, and cancelStream() drops the waiting ones`, async () => {
    const server = streamingServer();
    const client = createChatKitClient({ url: "/chatkit", fetch: server.fetch });
    const first = client.createThread({ content: [{ type: "input_text", text: "hi" }] });
    await until(() => client.getState().thread !== null);
    const waiting = Array.from({ length: MAX_QUEUED_ACTIONS }, (_, i) => client.sendCustomAction({ type: `a${i}` }, "w"));
    await expect(client.sendCustomAction({ type: "one too many" }, "w")).rejects.toMatchObject({ kind: "busy" });
    client.cancelStream();
    await first;
    await Promise.all(waiting);
    expect(server.bodies).toEqual(["threads.create"]);
  });
});
