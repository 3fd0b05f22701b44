// The server side of the ChatKit HTTP protocol (WIDGET-SPEC §6) as a Fetch-API handler:
// `(request: Request) => Promise<Response>`, so it runs in Node (see ./node), edge runtimes and the browser.
import { applyItemUpdate } from "../protocol/reducer";
import {
  CHATKIT_REQUEST_SCHEMAS,
  describeIssues,
  HIDDEN_ITEM_TYPES,
  UNSUPPORTED_REQUEST_TYPES,
  type Attachment,
  type ChatKitRequestOf,
  type ChatKitRequestType,
  type ClientToolCallItem,
  type FeedbackKind,
  type StructuredInputItem,
  type Page,
  type Thread,
  type ThreadItem,
  type ThreadMetadata,
  type ThreadStreamEvent,
  type UserMessageInput,
  type UserMessageItem,
  type WidgetItem,
  type WireAction,
} from "../protocol/types";
import {
  AttachmentError,
  createAttachment,
  deleteAttachment,
  resolveMessageAttachments,
  type AttachmentOptions,
} from "./attachments";
import { ChatKitStreamError, ERROR_CODES, StreamError, events, now } from "./events";
import { generateId, type IdKind } from "./ids";
import { SSE_HEADERS, sseStream, toWireJson } from "./sse";
import { StoreConflictError, StoreNotFoundError, createMemoryStore, type ChatKitStore } from "./store";

/** What `respond`, `action` and `syncAction` know about the request they serve. */
export interface ChatKitContext<App = unknown> {
  request: Request;
  /** The request body's `metadata`. */
  metadata: Record<string, unknown>;
  /** Whatever the `context(request)` option returned (user, session, …); `undefined` without it. */
  app: App;
  /** `inference_options.tool_choice.id` of the user message being answered (the composer's selected tool). */
  toolChoice: string | null;
  /** `inference_options.model` of the user message being answered. */
  model: string | null;
  /** The handler's store. Its methods take the app context: pass `context.app` (e.g. `store.loadItems(id, opts, context.app)`). */
  store: ChatKitStore<App>;
  /** Aborted when the client goes away mid-stream. */
  signal: AbortSignal;
}

export type EventStream = AsyncIterable<ThreadStreamEvent>;

export interface ChatKitHandlerOptions<App = unknown> {
  /**
   * Where threads live; every call receives the app context (`context(request)`'s result), by which the store
   * scopes data per user. Default: `createMemoryStore()`, which only serves apps without a `context` option;
   * with `context`, pass a store that knows the owner, e.g. `createMemoryStore({ ownerKey: (app) => app.userId })`.
   */
  store?: ChatKitStore<App>;
  /** Answers a user message (already stored, and streamed as `thread.item.done`). */
  respond: (thread: ThreadMetadata, input: UserMessageItem, context: ChatKitContext<App>) => EventStream;
  /**
   * Resumes after a client tool ran (`threads.add_client_tool_output`): `toolCall` is the call the response
   * ended with (`events.clientToolCall`), now `status: "completed"` with the client's `output`. chatkit-python
   * calls `respond(thread, None)` here; a separate hook keeps `respond`'s message non-null. Without it the
   * request is refused (400).
   */
  clientToolOutput?: (thread: ThreadMetadata, toolCall: ClientToolCallItem, context: ChatKitContext<App>) => EventStream;
  /**
   * Resumes after the user answered (or skipped) a `structured_input` item (`threads.add_structured_input`):
   * `item` is the answered item as stored, `status` `"answered"` or `"skipped"`, each question with its
   * `answer: {values, skipped}`. chatkit-python calls `respond(thread, None)` here; a separate hook keeps
   * `respond`'s message non-null. Without it the request is refused (400).
   */
  structuredInput?: (thread: ThreadMetadata, item: StructuredInputItem, context: ChatKitContext<App>) => EventStream;
  /** `items.feedback` (thumbs up/down on items); the default ignores it, as chatkit-python's `add_feedback`. */
  addFeedback?: (thread: ThreadMetadata, itemIds: string[], kind: FeedbackKind, context: ChatKitContext<App>) => void | Promise<void>;
  /** Handles `threads.custom_action`; `sender` is the widget item the action came from, if any. */
  action: (thread: ThreadMetadata, action: WireAction, sender: WidgetItem | null, context: ChatKitContext<App>) => EventStream;
  /** Handles `threads.sync_custom_action`; a returned item is saved and sent back as `updated_item`. */
  syncAction?: (
    thread: ThreadMetadata,
    action: WireAction,
    sender: WidgetItem | null,
    context: ChatKitContext<App>,
  ) => Promise<ThreadItem | null | undefined | void>;
  /** Per-request app context (e.g. the authenticated user). Throwing a `Response` answers with it (e.g. 401). */
  context?: (request: Request, metadata: Record<string, unknown>) => App | Promise<App>;
  /** `stream_options.allow_cancel`; default `true`. */
  allowCancel?: boolean;
  /** Called with exceptions thrown inside a stream (they reach the client only as a `stream.error` event). */
  onError?: (error: unknown, request: Request) => void;
  /** Largest request body in bytes, counted as it streams in; beyond it → 413. Default 1 MiB (`DEFAULT_MAX_BODY_BYTES`). */
  maxBodyBytes?: number;
  /** Deepest nesting of arrays/objects in a request body; beyond it → 400. Default 64 (`DEFAULT_MAX_JSON_DEPTH`). */
  maxJsonDepth?: number;
  /** Largest `data` of one `input_tag`, as JSON bytes; beyond it → 400. Default 16 KiB (`DEFAULT_MAX_TAG_DATA_BYTES`). */
  maxTagDataBytes?: number;
  /**
   * Enables `attachments.create` / `attachments.delete` and attachments in user messages (two-phase upload: the
   * bytes go to the `uploadDescriptor` URL, e.g. a route served by `createAttachmentUploadHandler`). Limits:
   * `maxBytes` (10 MiB), `accept` (`DEFAULT_ATTACHMENT_TYPES`), `maxPerMessage` (10). Without it those requests and
   * messages with attachments are refused (400).
   */
  attachments?: AttachmentOptions<App>;
}

/** Default `maxBodyBytes`: 1 MiB, far above any ChatKit request (a message, an action payload). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Default `maxJsonDepth`. */
export const DEFAULT_MAX_JSON_DEPTH = 64;
/** Default `maxTagDataBytes`. */
export const DEFAULT_MAX_TAG_DATA_BYTES = 16 * 1024;

/** The items of `threads.get_by_id`, as chatkit-python: the first 20, oldest first. */
const THREAD_ITEMS_PAGE = 20;
const DEFAULT_LIST_LIMIT = 20;

export type ChatKitHandler = (request: Request) => Promise<Response>;

/**
 * The ChatKit server as a Fetch handler. Before any app code runs it refuses: non-POST (405), a content type
 * other than `application/json` (415, so a cross-site "simple" form or `text/plain` POST never reaches it),
 * bodies over `maxBodyBytes` (413), invalid JSON, bodies nested deeper than `maxJsonDepth`, `input_tag` data
 * over `maxTagDataBytes` and requests that do not match the protocol (400).
 */
export function createChatKitHandler<App = unknown>(options: ChatKitHandlerOptions<App>): ChatKitHandler {
  if (options.context && !options.store) {
    // The default memory store cannot tell users apart: refuse now rather than share threads across users.
    throw new Error(
      "createChatKitHandler: with a context option, pass a store scoped by owner, e.g. " +
        "store: createMemoryStore({ ownerKey: (context) => context.userId }).",
    );
  }
  const store: ChatKitStore<App> = options.store ?? createMemoryStore<App>();
  const allowCancel = options.allowCancel ?? true;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
  const maxTagDataBytes = options.maxTagDataBytes ?? DEFAULT_MAX_TAG_DATA_BYTES;

  return async function handleChatKitRequest(request) {
    if (request.method !== "POST") return jsonError(405, "ChatKit requests are POSTed as JSON.", { allow: "POST" });
    if (!isJsonContentType(request.headers.get("content-type"))) {
      return jsonError(415, "ChatKit requests must have content-type application/json.", { "accept-post": "application/json" });
    }
    const text = await readBody(request, maxBodyBytes);
    if (text === TOO_LARGE) return jsonError(413, `The request body is larger than ${maxBodyBytes} bytes.`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return jsonError(400, "The request body is not valid JSON.");
    }
    if (jsonDepth(body, maxJsonDepth) > maxJsonDepth) {
      return jsonError(400, `The request body is nested deeper than ${maxJsonDepth} levels.`);
    }
    if (typeof body !== "object" || body === null || typeof (body as { type?: unknown }).type !== "string") {
      return jsonError(400, 'The request body needs a string "type".');
    }
    const type = (body as { type: string }).type;
    if (Object.hasOwn(UNSUPPORTED_REQUEST_TYPES, type)) return jsonError(400, `Unsupported request type "${type}": ${UNSUPPORTED_REQUEST_TYPES[type]}.`);
    if (!Object.hasOwn(CHATKIT_REQUEST_SCHEMAS, type)) return jsonError(400, `Unknown or unsupported request type "${type}".`);
    const parsed = CHATKIT_REQUEST_SCHEMAS[type as ChatKitRequestType].safeParse(body);
    if (!parsed.success) return jsonError(400, `Invalid ${type} request: ${describeIssues(parsed.error.issues)}`);
    const chatkitRequest = parsed.data as ChatKitRequestOf<ChatKitRequestType>;
    if (chatkitRequest.type === "threads.create" || chatkitRequest.type === "threads.add_user_message") {
      const problem = checkInput(chatkitRequest.params.input, maxTagDataBytes);
      if (problem) return jsonError(400, `Invalid ${chatkitRequest.type} request: ${problem}`);
    }

    const metadata = chatkitRequest.metadata ?? {};
    let app: App;
    try {
      app = options.context ? await options.context(request, metadata) : (undefined as App);
    } catch (error) {
      if (error instanceof Response) return error;
      throw error;
    }
    const context: ChatKitContext<App> = { request, metadata, app, toolChoice: null, model: null, store, signal: request.signal };

    try {
      return await route(chatkitRequest, context);
    } catch (error) {
      if (error instanceof HttpError || error instanceof AttachmentError) return jsonError(error.status, error.message);
      if (error instanceof StoreNotFoundError) return jsonError(404, error.message);
      throw error;
    }
  };

  function newId(kind: IdKind, thread: ThreadMetadata, app: App): string {
    return store.generateItemId?.(kind, thread, app) ?? generateId(kind);
  }

  /** Creates the thread under a fresh id; never replaces an existing thread (a taken id is retried, then 409). */
  async function createThread(app: App): Promise<ThreadMetadata> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const id = store.generateThreadId?.(app) ?? generateId("thread");
      const thread: ThreadMetadata = { id, title: null, created_at: now(), status: { type: "active" }, metadata: {} };
      try {
        await store.createThread(thread, app);
        return thread;
      } catch (error) {
        if (!(error instanceof StoreConflictError)) throw error;
      }
    }
    throw new HttpError(409, "Could not create a thread: its id is already taken.");
  }

  async function route(request: ChatKitRequestOf<ChatKitRequestType>, context: ChatKitContext<App>): Promise<Response> {
    const app = context.app;
    switch (request.type) {
      case "threads.create": {
        // Checked before the thread exists, so a bad attachment leaves nothing behind.
        const attachments = await messageAttachments(request.params.input, app);
        const thread = await createThread(app);
        const message = userMessageItem(thread.id, newId("message", thread, app), request.params.input, attachments);
        try {
          await store.saveItem(thread.id, message, app);
        } catch (error) {
          // Never leave a thread without the message that created it.
          await store.deleteThread(thread.id, app).catch(() => undefined);
          throw error;
        }
        const created: Thread = { ...thread, items: { data: [], has_more: false, after: null } };
        const lead = [events.threadCreated(created), events.itemDone(message)];
        return stream(thread, lead, () => options.respond(thread, message, withInference(context, message)), context);
      }
      case "threads.add_user_message": {
        const thread = await loadThread(request.params.thread_id, app);
        const attachments = await messageAttachments(request.params.input, app);
        const message = userMessageItem(thread.id, newId("message", thread, app), request.params.input, attachments);
        await store.saveItem(thread.id, message, app);
        return stream(thread, [events.itemDone(message)], () => options.respond(thread, message, withInference(context, message)), context);
      }
      case "threads.add_client_tool_output": {
        if (!options.clientToolOutput) throw new HttpError(400, "This server does not run client tools (threads.add_client_tool_output).");
        const resume = options.clientToolOutput;
        const thread = await loadThread(request.params.thread_id, app);
        // As chatkit-python: the newest item must be the pending call the last response ended with.
        const recent = (await visibleItems(thread.id, { limit: THREAD_ITEMS_PAGE, order: "desc", after: null }, app)).data;
        const pending = recent[0]?.type === "client_tool_call" && recent[0].status === "pending" ? recent[0] : null;
        if (!pending) return errorStream(ERROR_CODES.STREAM_ERROR, false);
        const toolCall: ClientToolCallItem = { ...pending, status: "completed", output: request.params.result ?? null };
        await store.saveItem(thread.id, toolCall, app);
        // Older calls left pending (never answered) would confuse the model: drop them, as chatkit-python does.
        for (const item of recent.slice(1)) {
          if (item.type === "client_tool_call" && item.status === "pending") await store.deleteItem(thread.id, item.id, app);
        }
        return stream(thread, [], () => resume(thread, toolCall, context), context);
      }
      case "threads.retry_after_item": {
        const thread = await loadThread(request.params.thread_id, app);
        // Newest first: everything after the user message goes, then the message is answered again.
        const after: ThreadItem[] = [];
        let message: ThreadItem | null = null;
        for (let cursor: string | null = null, more = true; more && !message; ) {
          const page: Page<ThreadItem> = await store.loadItems(thread.id, { limit: THREAD_ITEMS_PAGE, order: "desc", after: cursor }, app);
          for (const item of page.data) {
            if (item.id === request.params.item_id) {
              message = item;
              break;
            }
            after.push(item);
          }
          more = page.has_more && page.data.length > 0;
          cursor = page.after ?? page.data.at(-1)?.id ?? null;
        }
        if (!message) throw new HttpError(404, `Item ${request.params.item_id} not found in thread ${thread.id}.`);
        // chatkit-python fails the stream here; its client-facing code for a request it cannot serve is stream.error.
        if (message.type !== "user_message") return errorStream(ERROR_CODES.STREAM_ERROR, false);
        for (const item of after) await store.deleteItem(thread.id, item.id, app);
        const userMessage = message;
        return stream(thread, [], () => options.respond(thread, userMessage, withInference(context, userMessage)), context);
      }
      case "threads.add_structured_input": {
        if (!options.structuredInput) throw new HttpError(400, "This server does not ask for structured input (threads.add_structured_input).");
        const resume = options.structuredInput;
        const thread = await loadThread(request.params.thread_id, app);
        const item = await loadItem(thread.id, request.params.item_id, app);
        // As chatkit-python: only a pending structured input can be answered, and only once.
        if (item.type !== "structured_input" || (item.status ?? "pending") !== "pending") return errorStream(ERROR_CODES.STREAM_ERROR, false);
        const answered = answerStructuredInput(item, request.params.input);
        if (typeof answered === "string") throw new HttpError(400, `Invalid threads.add_structured_input request: ${answered}`);
        return stream(thread, [], async function* () {
          yield events.itemReplaced(answered);
          yield* resume(thread, answered, context);
        }, context);
      }
      case "threads.custom_action": {
        const thread = await loadThread(request.params.thread_id, app);
        const sender = request.params.item_id ? await loadItem(thread.id, request.params.item_id, app) : null;
        // chatkit-python answers an action on a non-widget item with a bare stream.error (no retry), not an HTTP error.
        if (sender && sender.type !== "widget") return errorStream(ERROR_CODES.STREAM_ERROR, false);
        const action = request.params.action;
        return stream(thread, [], () => options.action(thread, action, sender as WidgetItem | null, context), context);
      }
      case "threads.sync_custom_action": {
        if (!options.syncAction) throw new HttpError(400, "This server does not handle sync actions (threads.sync_custom_action).");
        const thread = await loadThread(request.params.thread_id, app);
        const sender = request.params.item_id ? await loadItem(thread.id, request.params.item_id, app) : null;
        if (sender && sender.type !== "widget") throw new HttpError(400, `Item ${sender.id} is not a widget.`);
        const updated = (await options.syncAction(thread, request.params.action, sender as WidgetItem | null, context)) ?? null;
        const item = updated ? { ...updated, thread_id: thread.id } : null;
        if (item) await store.saveItem(thread.id, item, app);
        return json({ updated_item: item });
      }
      case "threads.get_by_id": {
        const thread = await loadThread(request.params.thread_id, app);
        const items = await visibleItems(thread.id, { limit: THREAD_ITEMS_PAGE, order: "asc", after: null }, app);
        return json({ ...thread, items });
      }
      case "threads.list": {
        const page = await store.listThreads(
          {
            limit: request.params.limit ?? DEFAULT_LIST_LIMIT,
            order: request.params.order ?? "desc",
            after: request.params.after ?? null,
          },
          app,
        );
        return json({ ...page, data: page.data.map(threadResponse) });
      }
      case "threads.update": {
        const thread = await loadThread(request.params.thread_id, app);
        const updated = { ...thread, title: request.params.title };
        await store.saveThread(updated, app);
        return json(threadResponse(updated));
      }
      case "threads.delete":
        await loadThread(request.params.thread_id, app);
        await store.deleteThread(request.params.thread_id, app);
        return json({});
      case "items.list": {
        await loadThread(request.params.thread_id, app);
        return json(
          await visibleItems(
            request.params.thread_id,
            {
              limit: request.params.limit ?? DEFAULT_LIST_LIMIT,
              order: request.params.order ?? "desc",
              after: request.params.after ?? null,
            },
            app,
          ),
        );
      }
      case "items.feedback": {
        const thread = await loadThread(request.params.thread_id, app);
        await options.addFeedback?.(thread, request.params.item_ids, request.params.kind, context);
        return json({});
      }
      case "attachments.create":
        return json(await createAttachment(request.params, attachmentOptions(), store, app));
      case "attachments.delete":
        await deleteAttachment(request.params.attachment_id, attachmentOptions(), store, app);
        return json({});
    }
  }

  function attachmentOptions(): AttachmentOptions<App> {
    if (!options.attachments) throw new HttpError(400, "This server does not accept attachments (no attachments option).");
    return options.attachments;
  }

  /** The full attachments a message names (400 when this server takes none, or one is unknown or not uploaded). */
  async function messageAttachments(input: UserMessageInput, app: App) {
    const ids = input.attachments ?? [];
    if (ids.length === 0) return [];
    if (!options.attachments) throw new HttpError(400, "params.input.attachments: this server does not accept attachments.");
    return resolveMessageAttachments(ids, options.attachments, store, app);
  }

  async function loadThread(threadId: string, app: App): Promise<ThreadMetadata> {
    const thread = await store.loadThread(threadId, app);
    if (!thread) throw new HttpError(404, `Thread ${threadId} not found.`);
    return thread;
  }

  async function loadItem(threadId: string, itemId: string, app: App): Promise<ThreadItem> {
    const item = await store.loadItem(threadId, itemId, app);
    if (!item) throw new HttpError(404, `Item ${itemId} not found in thread ${threadId}.`);
    return item;
  }

  async function visibleItems(
    threadId: string,
    list: { limit: number; order: "asc" | "desc"; after: string | null },
    app: App,
  ): Promise<Page<ThreadItem>> {
    const page = await store.loadItems(threadId, list, app);
    return { ...page, data: page.data.filter((item) => !HIDDEN_ITEM_TYPES.has(item.type)) };
  }

  /**
   * Serves `lead` then the app's events as SSE: `stream_options` first, items stamped with the thread id and
   * persisted by §5.4, `thread.updated` when the app changed the thread, exceptions as one `error` event.
   */
  function stream(thread: ThreadMetadata, lead: ThreadStreamEvent[], produce: () => EventStream, context: ChatKitContext<App>): Response {
    const threadBefore = JSON.stringify(thread);
    const app = context.app;
    const pending = new Map<string, ThreadItem>();
    // Ids of hidden-context items of this stream: stored, never sent (chatkit-python keeps them from the client).
    const hidden = new Set<string>();
    let outcome: "running" | "completed" | "failed" = "running";

    /** True when the event is about a hidden-context item (stored for the model, never sent to the client). */
    async function isHidden(event: ThreadStreamEvent): Promise<boolean> {
      switch (event.type) {
        case "thread.item.added":
        case "thread.item.done":
        case "thread.item.replaced":
          if (!HIDDEN_ITEM_TYPES.has(event.item.type)) return false;
          hidden.add(event.item.id);
          return true;
        case "thread.item.updated":
          return hidden.has(event.item_id);
        case "thread.item.removed": {
          if (hidden.has(event.item_id)) return true;
          const stored = pending.has(event.item_id) ? null : await store.loadItem(thread.id, event.item_id, app);
          return stored !== null && HIDDEN_ITEM_TYPES.has(stored.type);
        }
        default:
          return false;
      }
    }

    async function persist(event: ThreadStreamEvent): Promise<ThreadStreamEvent> {
      switch (event.type) {
        case "thread.item.added":
          event = { ...event, item: { ...event.item, thread_id: thread.id } };
          pending.set(event.item.id, event.item);
          break;
        case "thread.item.updated": {
          const item = pending.get(event.item_id);
          if (item) pending.set(item.id, applyItemUpdate(item, event.update));
          break;
        }
        case "thread.item.done":
        case "thread.item.replaced":
          event = { ...event, item: { ...event.item, thread_id: thread.id } };
          pending.delete(event.item.id);
          await store.saveItem(thread.id, event.item, app);
          break;
        case "thread.item.removed":
          pending.delete(event.item_id);
          await store.deleteItem(thread.id, event.item_id, app);
          break;
        case "thread.updated":
          await store.saveThread(withoutItems(event.thread), app);
          break;
      }
      return event;
    }

    async function* run(): AsyncGenerator<ThreadStreamEvent> {
      try {
        // chatkit-python's order: thread.created and the user message first, then stream_options.
        yield* lead;
        yield events.streamOptions({ allowCancel });
        try {
          for await (const event of produce()) {
            const secret = await isHidden(event);
            const persisted = await persist(event);
            if (!secret) yield persisted;
            // A pending client tool call ends the response: the client runs the tool, then resumes it.
            if (event.type === "thread.item.done" && event.item.type === "client_tool_call" && event.item.status === "pending") break;
          }
        } catch (error) {
          outcome = "failed";
          if (!(error instanceof ChatKitStreamError) && !(error instanceof StreamError)) options.onError?.(error, context.request);
          yield error instanceof ChatKitStreamError
            ? events.error(error.message, { allowRetry: error.allowRetry })
            : error instanceof StreamError
              ? events.error(null, { code: error.code, allowRetry: error.allowRetry })
              : events.error(null, { code: ERROR_CODES.STREAM_ERROR, allowRetry: true });
          return;
        }
        // The app may rename the thread or change its metadata while answering.
        if (JSON.stringify(thread) !== threadBefore) {
          await store.saveThread(thread, app);
          yield events.threadUpdated(thread);
        }
        outcome = "completed";
      } finally {
        if (outcome === "running") await saveCancelled();
      }
    }

    // The client went away mid-stream: keep what the user saw of assistant messages, drop half-built
    // widgets, and leave a note for the model (chatkit-python's cancellation rules).
    async function saveCancelled() {
      for (const item of pending.values()) if (item.type === "assistant_message") await store.saveItem(thread.id, item, app);
      pending.clear();
      await store.saveItem(thread.id, {
        id: newId("sdk_hidden_context", thread, app),
        thread_id: thread.id,
        created_at: now(),
        type: "sdk_hidden_context",
        content: "The user cancelled the stream. Stop responding to the prior request.",
      }, app);
    }

    return new Response(sseStream(run()), { status: 200, headers: SSE_HEADERS });
  }
}

/** A stream of one `error` event: a streaming request the server cannot serve, answered as chatkit-python does. */
function errorStream(code: string, allowRetry: boolean): Response {
  async function* only(): AsyncGenerator<ThreadStreamEvent> {
    yield events.error(null, { code, allowRetry });
  }
  return new Response(sseStream(only()), { status: 200, headers: SSE_HEADERS });
}

/** A thread as ChatKit returns it: always with `items` (an empty page where none were loaded). */
function threadResponse(thread: ThreadMetadata): Thread {
  return { ...withoutItems(thread), items: { data: [], has_more: false, after: null } };
}

/**
 * The item with the user's submission applied (chatkit-python's rules): a skipped submission, or a question with
 * no answer, no values or `skipped: true`, is stored `{values: [], skipped: true}`; a single-choice question keeps
 * its first value. A multiple-choice value that is not one of the question's options is refused: the returned
 * string says which.
 */
export function answerStructuredInput(item: StructuredInputItem, submission: StructuredInputSubmissionInput): StructuredInputItem | string {
  const inputs: StructuredInputItem["inputs"] = [];
  for (const question of item.inputs) {
    const answer = submission.answers[question.id];
    const values = answer?.values ?? [];
    if (submission.status === "skipped" || !answer || answer.skipped || values.length === 0) {
      inputs.push({ ...question, answer: { values: [], skipped: true } });
      continue;
    }
    if (question.type === "multiple_choice") {
      const allowed = new Set(question.options.map((option) => option.value));
      const wrong = values.find((value) => !allowed.has(value));
      if (wrong !== undefined) return `params.input.answers.${question.id}: ${JSON.stringify(wrong.slice(0, 80))} is not one of the options.`;
      inputs.push({ ...question, answer: { values: question.multiple ? [...new Set(values)] : values.slice(0, 1), skipped: false } });
    } else {
      inputs.push({ ...question, answer: { values, skipped: false } });
    }
  }
  return { ...item, status: submission.status, inputs };
}

type StructuredInputSubmissionInput = ChatKitRequestOf<"threads.add_structured_input">["params"]["input"];

function withInference<App>(context: ChatKitContext<App>, message: UserMessageItem): ChatKitContext<App> {
  return {
    ...context,
    toolChoice: message.inference_options?.tool_choice?.id ?? null,
    model: message.inference_options?.model ?? null,
  };
}

function userMessageItem(threadId: string, id: string, input: UserMessageInput, attachments: Attachment[]): UserMessageItem {
  return {
    id,
    thread_id: threadId,
    created_at: now(),
    type: "user_message",
    content: input.content,
    attachments,
    quoted_text: input.quoted_text ?? null,
    inference_options: withoutUndefined({ tool_choice: input.inference_options?.tool_choice, model: input.inference_options?.model }),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The `input_tag` limits the schema cannot state: each tag's `data` at most `maxTagDataBytes` of JSON. */
function checkInput(input: UserMessageInput, maxTagDataBytes: number): string | null {
  for (const [index, part] of input.content.entries()) {
    if (part.type !== "input_tag" || part.data === undefined) continue;
    const bytes = utf8Length(JSON.stringify(part.data));
    if (bytes > maxTagDataBytes) {
      return `params.input.content[${index}].data: ${bytes} bytes of JSON, more than the ${maxTagDataBytes} allowed for a tag.`;
    }
  }
  return null;
}

/** `application/json` with any parameters (`; charset=utf-8`), case-insensitively; nothing else. */
function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  return header.split(";")[0].trim().toLowerCase() === "application/json";
}

const TOO_LARGE = Symbol("too large");

/**
 * The body as UTF-8 text, counting bytes as they arrive and giving up (cancelling the stream) past `max`:
 * a `content-length` above `max` is refused up front, but a missing or lying one cannot get more through.
 */
async function readBody(request: Request, max: number): Promise<string | typeof TOO_LARGE> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > max) {
    await request.body?.cancel().catch(() => undefined);
    return TOO_LARGE;
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

/** Nesting depth of parsed JSON (a scalar is 0), walked without recursion; stops counting past `limit`. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) stack.push([child, level]);
    }
  }
  return deepest;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function withoutItems(thread: Thread | ThreadMetadata): ThreadMetadata {
  const { items: _items, ...metadata } = thread as Thread;
  return metadata;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function json(value: unknown, status = 200): Response {
  return new Response(toWireJson(value), { status, headers: { "content-type": "application/json" } });
}

function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: { "content-type": "application/json", ...headers } });
}
