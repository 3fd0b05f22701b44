// examples/node-server, started the way its README says (`npm run example:server`), on a free port: it answers
// ChatKit requests, and its SQLite file keeps the thread across a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(path.join(tmpdir(), "chat-widgets-node-example-"));
const database = path.join(dir, "chatkit.db");
const running = new Set<ChildProcess>();

afterAll(() => {
  for (const child of running) stop(child);
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the example on port 0 and resolves with its URL once it says it is listening. */
function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn("npm", ["run", "-s", "example:server"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", CHATKIT_DB: database },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+\/chatkit)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the example exited (${code}) before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM"); // npm, its shell and the server
  });
}

const post = (url: string, body: unknown, user?: string) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(user ? { "x-user-id": user } : {}) },
    body: JSON.stringify(body),
  });

describe("examples/node-server", () => {
  it("serves ChatKit from one command and keeps threads in its SQLite file across a restart", async () => {
    const first = await start();
    const created = await post(
      first.url,
      { type: "threads.create", params: { input: { content: [{ type: "input_text", text: "Hello" }], attachments: [], inference_options: {} } } },
      "ann",
    );
    expect(created.status).toBe(200);
    const frames = (await created.text()).trim().split("\n\n").map((frame) => JSON.parse(frame.replace(/^data: /, "")));
    expect(frames.map((event) => event.type).slice(0, 3)).toEqual(["thread.created", "thread.item.done", "stream_options"]);
    expect(frames.filter((event) => event.type === "thread.item.done").map((event) => event.item.type)).toEqual(["user_message", "assistant_message"]);
    expect(frames.at(-1)).toMatchObject({ type: "thread.updated", thread: { title: "Hello" } });
    const threadId = frames[0].thread.id as string;
    expect((await post(first.url, { type: "threads.list", params: {} })).status).toBe(401);
    await stop(first.child);

    const second = await start();
    try {
      const loaded = await (await post(second.url, { type: "threads.get_by_id", params: { thread_id: threadId } }, "ann")).json();
      expect(loaded).toMatchObject({ id: threadId, title: "Hello" });
      expect(loaded.items.data.map((item: { type: string }) => item.type)).toEqual(["user_message", "assistant_message"]);
      expect((await post(second.url, { type: "threads.get_by_id", params: { thread_id: threadId } }, "bob")).status).toBe(404);
    } finally {
      await stop(second.child);
    }
  }, 120_000);
});
