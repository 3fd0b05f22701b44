// An independent ChatKit server for interop tests: chatkit-node-backend-sdk's ChatKitServer (its own request
// routing, persistence and SSE encoding) with an in-memory Store, behind Node's http server on a free port.
// Only the app part (respond/action/addFeedback) and the store are written here; the protocol is theirs.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  ChatKitServer,
  Store,
  type Attachment,
  type Page,
  type ThreadItem,
  type ThreadMetadata,
  type ThreadStreamEvent,
  type UserMessageItem,
  type WidgetItem,
} from "chatkit-node-backend-sdk";

type Ctx = Record<string, never>;

class MemoryStore extends Store<Ctx> {
  readonly threads = new Map<string, ThreadMetadata>();
  readonly items = new Map<string, ThreadItem[]>();

  async loadThread(threadId: string) {
    const thread = this.threads.get(threadId);
    if (!thread) throw new Error(`Thread ${threadId} not found`);
    return structuredClone(thread);
  }
  async saveThread(thread: ThreadMetadata) {
    this.threads.set(thread.id, structuredClone(thread));
    if (!this.items.has(thread.id)) this.items.set(thread.id, []);
  }
  async deleteThread(threadId: string) {
    this.threads.delete(threadId);
    this.items.delete(threadId);
  }
  async loadThreads(limit: number, after: string | null, order: "asc" | "desc") {
    return paginate([...this.threads.values()], limit, after, order);
  }
  async loadThreadItems(threadId: string, after: string | null, limit: number, order: "asc" | "desc") {
    return paginate(this.items.get(threadId) ?? [], limit, after, order);
  }
  async addThreadItem(threadId: string, item: ThreadItem) {
    this.items.get(threadId)?.push(structuredClone(item));
  }
  async saveItem(threadId: string, item: ThreadItem) {
    const list = this.items.get(threadId) ?? [];
    const index = list.findIndex((entry) => entry.id === item.id);
    if (index === -1) list.push(structuredClone(item));
    else list[index] = structuredClone(item);
  }
  async loadItem(threadId: string, itemId: string) {
    const item = this.items.get(threadId)?.find((entry) => entry.id === itemId);
    if (!item) throw new Error(`Item ${itemId} not found`);
    return structuredClone(item);
  }
  async deleteThreadItem(threadId: string, itemId: string) {
    this.items.set(threadId, (this.items.get(threadId) ?? []).filter((entry) => entry.id !== itemId));
  }
  async saveAttachment(_attachment: Attachment) {}
  async loadAttachment(attachmentId: string): Promise<Attachment> {
    throw new Error(`No attachment ${attachmentId}`);
  }
  async deleteAttachment() {}
}

function paginate<T extends { id: string }>(all: T[], limit: number, after: string | null, order: "asc" | "desc"): Page<T> {
  const ordered = order === "desc" ? [...all].reverse() : [...all];
  const start = after ? ordered.findIndex((entry) => entry.id === after) + 1 : 0;
  const data = ordered.slice(start, start + limit).map((entry) => structuredClone(entry));
  return { data, has_more: start + limit < ordered.length, after: data.at(-1)?.id ?? null };
}

const now = () => new Date().toISOString();
let counter = 0;
const id = (prefix: string) => `${prefix}_${(++counter).toString(16).padStart(8, "0")}`;

export const card = (text: string, streaming = false) => ({
  type: "Card" as const,
  children: [{ type: "Text" as const, id: "body", value: text, streaming }],
});

/** The app: text replies streamed in deltas, a streamed widget, a client tool call, a failing answer. */
class InteropServer extends ChatKitServer<Ctx> {
  readonly feedback: { threadId: string; itemIds: string[]; kind: string }[] = [];

  async *respond(thread: ThreadMetadata, input: UserMessageItem | null): AsyncGenerator<ThreadStreamEvent> {
    if (input === null) {
      // Resumed after a client tool: answer with what the tool returned.
      const last = (await this.store.loadThreadItems(thread.id, null, 1, "desc", {})).data[0];
      const output = last?.type === "client_tool_call" ? JSON.stringify(last.output) : "nothing";
      yield { type: "thread.item.done", item: { type: "assistant_message", id: id("msg"), thread_id: thread.id, created_at: now(), content: [{ type: "output_text", text: `Tool said ${output}`, annotations: [] }] } };
      return;
    }
    const text = input.content.map((part) => part.text).join("");
    if (text === "widget") {
      const item: WidgetItem = { type: "widget", id: id("msg"), thread_id: thread.id, created_at: now(), widget: card("Loa", true) };
      yield { type: "thread.item.added", item };
      yield { type: "thread.item.updated", item_id: item.id, update: { type: "widget.streaming_text.value_delta", component_id: "body", delta: "ded", done: false } };
      yield { type: "thread.item.updated", item_id: item.id, update: { type: "widget.root.updated", widget: card("Loaded", false) } };
      yield { type: "progress_update", text: "Almost there", icon: "sparkle" };
      yield { type: "thread.item.done", item: { ...item, widget: card("Loaded", false) } };
      return;
    }
    if (text === "tool") {
      yield { type: "thread.item.done", item: { type: "client_tool_call", id: id("tc"), thread_id: thread.id, created_at: now(), status: "pending", call_id: "call_1", name: "get_selection", arguments: { scope: "page" } } };
      return;
    }
    if (text === "fail") throw new Error("model unavailable");
    const message = { type: "assistant_message" as const, id: id("msg"), thread_id: thread.id, created_at: now(), content: [] };
    yield { type: "thread.item.added", item: message };
    yield { type: "thread.item.updated", item_id: message.id, update: { type: "assistant_message.content_part.added", content_index: 0, content: { type: "output_text", text: "", annotations: [] } } };
    for (const chunk of ["Re: ", text]) {
      yield { type: "thread.item.updated", item_id: message.id, update: { type: "assistant_message.content_part.text_delta", content_index: 0, delta: chunk } };
    }
    const content = [{ type: "output_text" as const, text: `Re: ${text}`, annotations: [] }];
    yield { type: "thread.item.updated", item_id: message.id, update: { type: "assistant_message.content_part.done", content_index: 0, content: content[0] } };
    yield { type: "thread.item.done", item: { ...message, content } };
    if (!thread.title) thread.title = text.slice(0, 20);
  }

  override async *action(thread: ThreadMetadata, action: { type: string; payload?: unknown }, sender: WidgetItem | null): AsyncGenerator<ThreadStreamEvent> {
    if (sender) yield { type: "thread.item.replaced", item: { ...sender, widget: card(`Picked ${JSON.stringify(action.payload)}`) } };
    yield { type: "thread.item.done", item: { type: "assistant_message", id: id("msg"), thread_id: thread.id, created_at: now(), content: [{ type: "output_text", text: `Action ${action.type}`, annotations: [] }] } };
  }

  override async addFeedback(threadId: string, itemIds: string[], kind: "positive" | "negative") {
    this.feedback.push({ threadId, itemIds, kind });
  }
}

const silent = { info() {}, warn() {}, error() {}, debug() {} };

/** Starts the independent server on a free port; `close()` stops it. */
export async function startNodeSdkServer(): Promise<{ url: string; server: InteropServer; store: MemoryStore; close: () => Promise<void> }> {
  const store = new MemoryStore();
  const app = new InteropServer(store, undefined, silent);
  const http: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const result = await app.process(Buffer.concat(chunks).toString("utf8"), {});
      if (result.isStreaming) {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        try {
          for await (const frame of result) res.write(frame);
        } catch {
          // Their SDK rethrows after the headers went out: the stream just ends (what a client must survive).
        }
        res.end();
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(result.toString());
      }
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/chatkit`,
    server: app,
    store,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
