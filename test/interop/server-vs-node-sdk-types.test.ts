// Interop, direction 2: requests written with chatkit-node-backend-sdk's request types are served by our server
// kit, and what our server answers is type-checked (tsc --strict) against that SDK's response, thread and event
// types. The recorded answers become a TypeScript module compiled in memory next to this file.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type {
  ItemsFeedbackReq,
  ItemsListReq,
  ThreadsAddClientToolOutputReq,
  ThreadsAddUserMessageReq,
  ThreadsCreateReq,
  ThreadsCustomActionReq,
  ThreadsDeleteReq,
  ThreadsGetByIdReq,
  ThreadsListReq,
  ThreadsRetryAfterItemReq,
  ThreadsUpdateReq,
} from "chatkit-node-backend-sdk";
import { createChatKitHandler, createMemoryStore, events, items, streamAssistantMessage, streamWidget } from "../../src/server";

const here = path.dirname(fileURLToPath(import.meta.url));

/** What each recorded answer must be, as a type expression over the SDK's exported types. */
type Expect = "Events" | "Thread" | "Page<Thread>" | "Page<ThreadItem>" | "Empty";
const recorded: { name: string; expect: Expect; value: unknown }[] = [];

const widget = (value: string, streaming: boolean) => ({ type: "Card", children: [{ type: "Text", id: "t", value, streaming }] });

async function* states() {
  yield widget("Lo", true);
  yield widget("Loaded", false);
}

const handler = createChatKitHandler({
  store: createMemoryStore(),
  async *respond(thread, message, context) {
    const text = message.content[0]?.type === "input_text" ? message.content[0].text : "";
    yield events.progress("Searching", "search");
    yield events.notice("Heads up", { level: "warning", title: "Note" });
    if (text === "tool") return void (yield events.clientToolCall("get_selection", { scope: "page" }));
    yield* streamAssistantMessage(["Hel", "lo"]);
    yield* streamWidget(states(), { copyText: "Loaded" });
    yield events.itemAdded(items.widget(widget("x", false), { id: "msg_tmp" }));
    yield events.itemUpdated("msg_tmp", { type: "widget.component.updated", component_id: "t", component: { type: "Text", id: "t", value: "y" } });
    yield events.itemRemoved("msg_tmp");
    yield events.clientEffect("highlight", { id: 1 });
    if (!thread.title) thread.title = "Interop";
    void context;
  },
  async *action(_thread, action, sender) {
    if (sender) yield events.itemReplaced({ ...sender, widget: widget(`Picked ${action.type}`, false) });
    throw new Error("then fails");
  },
  async *clientToolOutput(_thread, call) {
    yield events.assistantMessage(`Got ${JSON.stringify(call.output)}`);
  },
});

async function send(name: string, expect_: Expect, body: object): Promise<any> {
  const response = await handler(new Request("http://interop.test/chatkit", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
  expect(response.status, `${name}: ${response.status}`).toBe(200);
  const text = await response.text();
  const value = expect_ === "Events" ? text.split("\n\n").filter(Boolean).map((frame) => JSON.parse(frame.slice("data: ".length))) : JSON.parse(text);
  recorded.push({ name, expect: expect_, value });
  return value;
}

/**
 * Compiles each source as a file in this folder (so the SDK resolves from node_modules) with --strict, in one
 * program; returns the diagnostics per file name. The SDK's own import of `@openai/agents` (only its agent
 * helpers use it, none of the protocol types) resolves to a stub: loading the OpenAI SDK's types would cost
 * tens of seconds.
 */
function typeCheck(sources: Record<string, string>): Record<string, string[]> {
  const files = Object.fromEntries(Object.entries(sources).map(([name, text]) => [path.join(here, `__${name}__.ts`), text]));
  const stub = path.join(here, "__openai_agents_stub__.d.ts");
  files[stub] = "export type RunStreamEvent = unknown;\nexport type RunItem = unknown;\n";
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    paths: { "@openai/agents": [stub] },
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    Object.hasOwn(files, name) ? ts.createSourceFile(name, files[name], version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => Object.hasOwn(files, name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  const program = ts.createProgram(Object.keys(files), options, host);
  const out: Record<string, string[]> = Object.fromEntries(Object.keys(sources).map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = Object.keys(sources).find((key) => diagnostic.file?.fileName === path.join(here, `__${key}__.ts`));
    const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    (out[name ?? Object.keys(sources)[0]] ??= []).push(`line ${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
  }
  return out;
}

// The SDK's ThreadStreamEvent union lacks two events chatkit-python sends (types.py): they are typed here from there.
const PRELUDE = `import type { Page, Thread, ThreadItem, ThreadStreamEvent } from "chatkit-node-backend-sdk";
type StreamOptionsEvent = { type: "stream_options"; stream_options: { allow_cancel: boolean } };
type ClientEffectEvent = { type: "client_effect"; name: string; data?: Record<string, unknown> };
type Events = (ThreadStreamEvent | StreamOptionsEvent | ClientEffectEvent)[];
type Empty = Record<string, never>;
/** The wire form: chatkit-python and the SDK drop null fields when serialising (exclude_none), so "T | null" may be absent. */
type Wire<T> = T extends readonly (infer E)[]
  ? Wire<E>[]
  : T extends object
    ? { [K in keyof T as null extends T[K] ? K : never]?: Wire<T[K]> } & { [K in keyof T as null extends T[K] ? never : K]: Wire<T[K]> }
    : T;
`;

describe("chatkit-node-backend-sdk's request and response types against our server kit", () => {
  it("every request typed with the SDK's types is served, and every answer type-checks against the SDK's types", async () => {
    const input = { content: [{ type: "input_text" as const, text: "Hi" }], attachments: [], inference_options: { tool_choice: null, model: null } };
    const create: ThreadsCreateReq = { type: "threads.create", params: { input } };
    const created = await send("threads.create", "Events", create);
    const threadId: string = created.find((event: { type: string }) => event.type === "thread.created").thread.id;
    const widgetId: string = created.filter((event: { type: string; item?: { type: string } }) => event.type === "thread.item.done" && event.item?.type === "widget").at(-1).item.id;
    const userId: string = created[1].item.id;

    const add: ThreadsAddUserMessageReq = {
      type: "threads.add_user_message",
      params: { thread_id: threadId, input: { ...input, content: [{ type: "input_tag", id: "t1", text: "Tag", data: { k: 1 }, interactive: true }] } },
    };
    await send("threads.add_user_message", "Events", add);
    const askTool: ThreadsAddUserMessageReq = { type: "threads.add_user_message", params: { thread_id: threadId, input: { ...input, content: [{ type: "input_text", text: "tool" }] } } };
    await send("threads.add_user_message (client tool call)", "Events", askTool);
    const output: ThreadsAddClientToolOutputReq = { type: "threads.add_client_tool_output", params: { thread_id: threadId, result: { selection: "x" } } };
    await send("threads.add_client_tool_output", "Events", output);
    const action: ThreadsCustomActionReq = { type: "threads.custom_action", params: { thread_id: threadId, item_id: widgetId, action: { type: "pick", payload: { id: 1 }, handler: "server", loadingBehavior: "auto" } } };
    await send("threads.custom_action (replace, then stream.error)", "Events", action);
    const nonWidget: ThreadsCustomActionReq = { type: "threads.custom_action", params: { thread_id: threadId, item_id: userId, action: { type: "pick" } } };
    await send("threads.custom_action on a user message", "Events", nonWidget);
    const retry: ThreadsRetryAfterItemReq = { type: "threads.retry_after_item", params: { thread_id: threadId, item_id: userId } };
    await send("threads.retry_after_item", "Events", retry);

    const get: ThreadsGetByIdReq = { type: "threads.get_by_id", params: { thread_id: threadId } };
    await send("threads.get_by_id", "Thread", get);
    const list: ThreadsListReq = { type: "threads.list", params: { limit: null, after: null, order: "desc" } };
    await send("threads.list", "Page<Thread>", list);
    const itemsList: ItemsListReq = { type: "items.list", params: { thread_id: threadId, limit: null, order: "asc", after: null } };
    await send("items.list", "Page<ThreadItem>", itemsList);
    const feedback: ItemsFeedbackReq = { type: "items.feedback", params: { thread_id: threadId, item_ids: [userId], kind: "positive" } };
    await send("items.feedback", "Empty", feedback);
    const update: ThreadsUpdateReq = { type: "threads.update", params: { thread_id: threadId, title: "Renamed" } };
    await send("threads.update", "Thread", update);
    const remove: ThreadsDeleteReq = { type: "threads.delete", params: { thread_id: threadId } };
    await send("threads.delete", "Empty", remove);

    const kinds = new Set(recorded.flatMap((entry) => (entry.expect === "Events" ? (entry.value as { type: string }[]).map((event) => event.type) : [])));
    expect([...kinds].sort()).toEqual(
      ["client_effect", "error", "notice", "progress_update", "stream_options", "thread.created", "thread.item.added", "thread.item.done", "thread.item.removed", "thread.item.replaced", "thread.item.updated", "thread.updated"].sort(),
    );

    const source =
      PRELUDE +
      recorded.map((entry, index) => `// ${entry.name}\nexport const answer${index}: Wire<${entry.expect}> = ${JSON.stringify(entry.value, null, 1)};\n`).join("\n");
    const bad = `${PRELUDE}export const bad: Wire<Thread> = { id: "thr_1", created_at: "now", status: { type: "active" }, metadata: {} };\n`;
    const checked = typeCheck({ recorded_answers: source, wrong_answer: bad });
    expect(checked.recorded_answers, `${checked.recorded_answers.join("\n")}\n\n${source.split("\n").map((line, n) => `${n + 1}: ${line}`).join("\n")}`).toEqual([]);
    // The check can fail: a thread without items is refused.
    expect(checked.wrong_answer.join("\n")).toMatch(/items/);
  });
});
