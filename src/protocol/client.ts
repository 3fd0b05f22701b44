// ChatKitClient: speaks the ChatKit HTTP protocol (WIDGET-SPEC §6) to a custom backend and keeps one thread's
// state up to date through `applyThreadEvent`. Framework-free; React binds to it with `useChatKitThread`.
import { ChatKitError } from "./errors";
import { INITIAL_THREAD_STATE, applyThreadEvent, type ThreadState } from "./reducer";
import { errorMessage, readThreadEvents } from "./sse";
import {
  AttachmentSchema,
  ItemsPageSchema,
  SyncCustomActionResponseSchema,
  ThreadSchema,
  pageSchema,
  describeIssues,
  type Attachment,
  type ChatKitRequest,
  type ClientEffectEvent,
  type ClientToolCallItem,
  type FeedbackKind,
  type InferenceOptionsInput,
  type NoticeEvent,
  type Page,
  type StructuredInputSubmission,
  type ThreadMetadata,
  type ProgressUpdateEvent,
  type ThreadItem,
  type ThreadStreamEvent,
  type UserMessageContent,
  type WireAction,
} from "./types";

export type ChatKitClientStatus = "idle" | "loading" | "streaming";

export interface ChatKitClientState extends ThreadState {
  /** `streaming` while a response stream runs, `loading` while a thread loads. Sync actions do not change it. */
  status: ChatKitClientStatus;
  /** The last failure of any request; cleared when the next request starts. */
  error: ChatKitError | null;
}

export interface ChatKitClientOptions {
  /** The backend's single ChatKit endpoint. */
  url: string;
  /** Defaults to the global `fetch`; pass one to add auth, route in-process, or test. */
  fetch?: typeof fetch;
  /** Extra request headers, or a function returning them per request (e.g. a fresh token). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Sent as `metadata` with every request. */
  metadata?: Record<string, unknown>;
  /** Fails a request when no bytes arrive for this long (per chunk for streams, not for the whole stream). */
  timeoutMs?: number;
  /** `client_effect` events: fire-and-forget instructions for the host page. */
  onEffect?: (effect: { name: string; data?: Record<string, unknown> }) => void;
  /** Every failed request, after the state has left `streaming`/`loading`. */
  onError?: (error: ChatKitError) => void;
  onNotice?: (notice: NoticeEvent) => void;
  onProgress?: (progress: ProgressUpdateEvent) => void;
  /** Every event as it is applied, for logging. */
  onEvent?: (event: ThreadStreamEvent) => void;
  /**
   * Runs client tools (ChatKit's `onClientTool`): a response that ends with a pending `client_tool_call` item
   * calls this (unless a handler for that name was registered with `registerClientTool`) with the tool's
   * `name` and `params` (the call's `arguments`); the returned value is sent back as the tool's output
   * (`threads.add_client_tool_output`) and the server's resumed response streams in before the request settles.
   */
  onClientTool?: ClientToolHandler;
  /**
   * How attachment bytes reach the server (ChatKit's `uploadStrategy`). `two_phase` (default): `attachments.create`,
   * then the file goes to the returned `upload_descriptor`. `direct`: the file is POSTed to `uploadUrl`, which
   * answers the attachment. Files go as multipart form data (`file`), as ChatKit.js sends them.
   */
  uploadStrategy?: { type: "two_phase" } | { type: "direct"; uploadUrl: string };
}

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** The file's size in bytes. */
  total: number;
}

export interface CreateAttachmentOptions {
  /** Upload progress; called at least at the start (0) and the end (`total`). */
  onProgress?: (progress: UploadProgress) => void;
  /** Cancels the upload (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** A client tool: receives `{name, params}`, returns the output (any JSON value) or a promise of it. */
export type ClientToolHandler = (call: { name: string; params: Record<string, unknown> }) => unknown;

export interface SendUserMessageInput {
  content: UserMessageContent[];
  /** Uploaded attachments (or their ids); the server resolves the ids to the attachments in the message. */
  attachments?: ReadonlyArray<string | { id: string }>;
  inference_options?: InferenceOptionsInput;
  quoted_text?: string | null;
}

export interface SendCustomActionOptions {
  /** `false` sends `threads.sync_custom_action` (JSON, allowed while a stream runs). Default `true`. */
  streaming?: boolean;
}

export interface ChatKitClient {
  getState(): ChatKitClientState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Starts a new thread with a first user message; settles when the response stream ends. */
  createThread(input: SendUserMessageInput): Promise<void>;
  /** Adds a user message to the current thread (creating one if there is none). */
  sendUserMessage(input: SendUserMessageInput): Promise<void>;
  /**
   * Answers the user message `itemId` again (`threads.retry_after_item`): the items after it are dropped (here and
   * on the server) and the new response streams in. Rejects with kind `busy` while a stream runs.
   */
  retryAfterItem(itemId: string): Promise<void>;
  /** Sends thumbs up/down for items (`items.feedback`, JSON; allowed while a stream runs). */
  sendFeedback(itemIds: string[], kind: FeedbackKind): Promise<void>;
  /**
   * Answers (or skips) the pending `structured_input` item `itemId` (`threads.add_structured_input`): `input` is
   * `{status: "answered" | "skipped", answers: {[questionId]: {values: string[], skipped?: boolean}}}`. The
   * server replaces the item with the answered one and the response streams in. Rejects with kind `busy` while a
   * stream runs.
   */
  addStructuredInput(itemId: string, input: StructuredInputSubmission): Promise<void>;
  /**
   * One page of the user's threads (`threads.list`), newest first by default, each without items (an empty
   * `items` page is dropped). Pass the previous page's `after` for the next page. Does not change the state.
   */
  listThreads(options?: ListThreadsOptions): Promise<Page<ThreadMetadata>>;
  /** Renames a thread (`threads.update`); the current thread's metadata follows. Resolves to the stored thread. */
  updateThread(threadId: string, update: { title: string }): Promise<ThreadMetadata>;
  /**
   * Deletes a thread (`threads.delete`). Deleting the current thread clears it (the next message starts a new
   * one); rejects with kind `busy` when that thread is streaming or loading.
   */
  deleteThread(threadId: string): Promise<void>;
  /**
   * Handles the client tool `name` (instead of `onClientTool`); returns the function that removes the handler.
   * A later registration for the same name replaces the earlier one.
   */
  registerClientTool(name: string, handler: (params: Record<string, unknown>, call: ClientToolCallItem) => unknown): () => void;
  /**
   * Sends a widget action; `itemId` is the widget item it came from (the server's `sender`). A streaming action
   * sent while a response streams (or a thread loads) waits for it and then runs, in order (at most
   * MAX_QUEUED_ACTIONS wait; beyond that it rejects with `busy`); its promise, and so the control's loading
   * state, lasts until it has run. `cancelStream()` drops the waiting ones (their promises resolve).
   */
  sendCustomAction(action: WireAction, itemId?: string | null, options?: SendCustomActionOptions): Promise<void>;
  /**
   * Loads a stored thread and all of its items, following `items.list` pages. Stops with a `malformed` error when
   * the server repeats a page cursor. `signal` (or `cancelStream()`) cancels it: the promise resolves, the state
   * returns to an empty idle thread.
   */
  loadThread(threadId: string, options?: LoadThreadOptions): Promise<void>;
  /** Forgets the current thread (the next message creates a new one). Not allowed while streaming. */
  clearThread(): void;
  /**
   * Uploads a file as an attachment (see `uploadStrategy`) and resolves with the uploaded attachment, whose `id` goes
   * in `sendUserMessage({attachments})`. Rejects with `ChatKitError` (`http` with the server's reason for a file over
   * its limits or of a refused type; `malformed` for an upload URL that is not http(s)).
   */
  createAttachment(file: Blob & { name?: string }, options?: CreateAttachmentOptions): Promise<Attachment>;
  /** `attachments.delete`: removes an attachment that will not be sent. */
  deleteAttachment(attachmentId: string): Promise<void>;
  /** Stops the running stream, if any (its promise resolves and the items received so far stay), and a running `loadThread`. */
  cancelStream(): void;
}

export interface ListThreadsOptions {
  /** Threads per page; the server's default (20 for this kit) when omitted. */
  limit?: number;
  /** The previous page's `after` cursor. */
  after?: string | null;
  /** `"desc"` (newest first, the default) or `"asc"`. */
  order?: "asc" | "desc";
  signal?: AbortSignal;
}

const ThreadPageSchema = pageSchema(ThreadSchema);

export interface LoadThreadOptions {
  /** Cancels the load (every request it makes); the promise then resolves without loading the thread. */
  signal?: AbortSignal;
}

/** Most streaming custom actions that wait for the running stream (see `sendCustomAction`). */
export const MAX_QUEUED_ACTIONS = 16;

export function createChatKitClient(options: ChatKitClientOptions): ChatKitClient {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const listeners = new Set<() => void>();
  let state: ChatKitClientState = { ...INITIAL_THREAD_STATE, status: "idle", error: null };
  let streamAbort: AbortController | null = null;
  const clientTools = new Map<string, (params: Record<string, unknown>, call: ClientToolCallItem) => unknown>();
  let loadAbort: AbortController | null = null;
  // Streaming custom actions waiting for the running stream: a chain, so they run one after another.
  let queueTail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let cancelGeneration = 0;

  function whenIdle(): Promise<void> {
    if (state.status === "idle") return Promise.resolve();
    return new Promise((resolve) => {
      const off = client.subscribe(() => {
        if (state.status !== "idle") return;
        off();
        resolve();
      });
    });
  }

  /** Runs a streaming custom action now, or after the stream (and the actions queued before it). */
  function queueStream(body: ChatKitRequest): Promise<void> {
    if (state.status === "idle" && queued === 0) return runStream(body);
    if (queued >= MAX_QUEUED_ACTIONS) {
      return Promise.reject(new ChatKitError("busy", `${MAX_QUEUED_ACTIONS} actions are already waiting for the response to end.`));
    }
    queued++;
    const generation = cancelGeneration;
    const turn = queueTail.then(whenIdle).then(() => {
      queued--;
      // Dropped by cancelStream() while waiting.
      if (generation !== cancelGeneration) return;
      return runStream(body);
    });
    queueTail = turn.catch(() => {});
    return turn;
  }

  function setState(next: ChatKitClientState) {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function dispatch(event: ThreadStreamEvent) {
    const thread = applyThreadEvent(state, event);
    setState(thread === state ? state : { ...state, ...thread });
    options.onEvent?.(event);
    if (event.type === "client_effect") options.onEffect?.(effectOf(event));
    else if (event.type === "notice") options.onNotice?.(event);
    else if (event.type === "progress_update") options.onProgress?.(event);
  }

  function fail(error: ChatKitError, patch: Partial<ChatKitClientState>) {
    setState({ ...state, ...patch, error });
    options.onError?.(error);
  }

  async function post(body: ChatKitRequest, signal: AbortSignal): Promise<Response> {
    const extra = typeof options.headers === "function" ? await options.headers() : options.headers;
    const headers = new Headers(extra);
    headers.set("content-type", "application/json");
    const payload = options.metadata ? { ...body, metadata: { ...options.metadata, ...body.metadata } } : body;
    const response = await fetchImpl(options.url, { method: "POST", headers, body: JSON.stringify(payload), signal });
    if (!response.ok) throw await httpError(response);
    return response;
  }

  /** An abort signal that fires after `timeoutMs` without activity; `touch()` restarts the clock. */
  function watchdog(controller: AbortController) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const touch = () => {
      if (options.timeoutMs === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new ChatKitError("timeout", `No response from the server for ${options.timeoutMs} ms.`));
      }, options.timeoutMs);
    };
    touch();
    return { touch, stop: () => clearTimeout(timer), timedOut: () => timedOut };
  }

  async function runStream(body: ChatKitRequest): Promise<void> {
    if (state.status === "streaming") {
      throw new ChatKitError("busy", "A response is already streaming; wait for it to end (sync actions, streaming: false, are allowed).");
    }
    if (state.status === "loading") throw new ChatKitError("busy", "A thread is loading; wait for it to finish.");
    const controller = new AbortController();
    streamAbort = controller;
    setState({ ...state, status: "streaming", error: null, serverError: null, notices: [], progress: null, streamOptions: null });
    try {
      // A response that ends with a pending client tool call continues with the tool's output, until one does not.
      for (let next: ChatKitRequest | null = body; next; ) {
        const toolCall = await streamResponse(next, controller);
        next = toolCall ? await runClientTool(toolCall, controller.signal) : null;
      }
      setState({ ...state, status: "idle", progress: null, streamOptions: null });
    } catch (caught) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && !(reason instanceof ChatKitError && reason.kind === "timeout")) {
        // Cancelled by the app: not a failure.
        setState({ ...state, status: "idle", progress: null, streamOptions: null });
        return;
      }
      const error = controller.signal.aborted ? (reason as ChatKitError) : toChatKitError(caught);
      fail(error, { status: "idle", progress: null, streamOptions: null });
      throw error;
    } finally {
      if (streamAbort === controller) streamAbort = null;
    }
  }

  /** One streamed response; returns the pending client tool call it ended with, if any. */
  async function streamResponse(body: ChatKitRequest, controller: AbortController): Promise<ClientToolCallItem | null> {
    const clock = watchdog(controller);
    try {
      const response = await post(body, controller.signal);
      clock.touch();
      const contentType = response.headers.get("content-type") ?? "";
      if (!contentType.includes("text/event-stream")) {
        throw new ChatKitError("malformed", `Expected an event stream for ${body.type}, got "${contentType || "no content type"}".`);
      }
      if (!response.body) throw new ChatKitError("stream", "The response has no body.");
      let threadCreated = false;
      let userMessage = false;
      let last: ThreadItem | null = null;
      for await (const event of readThreadEvents(response.body, { onChunk: clock.touch, signal: controller.signal })) {
        dispatch(event);
        if (event.type === "thread.created") threadCreated = true;
        else if (event.type === "thread.item.done") {
          last = event.item;
          if (event.item.type === "user_message") userMessage = true;
        }
        else if (event.type === "thread.item.added" || event.type === "thread.item.replaced") last = null;
      }
      if (state.serverError) throw serverError(state.serverError);
      if (state.pendingItemIds.length > 0) {
        throw new ChatKitError("stream", `The stream ended before item ${state.pendingItemIds.join(", ")} was done.`);
      }
      // A 200 stream with nothing in it (e.g. the server failed after sending its headers) is not a success
      // where the protocol owes an item: a new thread, and the user message echoed back.
      if (body.type === "threads.create" && !threadCreated) {
        throw new ChatKitError("stream", "The server ended the threads.create stream without sending the new thread.");
      }
      if ((body.type === "threads.create" || body.type === "threads.add_user_message") && !userMessage) {
        throw new ChatKitError("stream", `The server ended the ${body.type} stream without sending the user message.`);
      }
      return last?.type === "client_tool_call" && last.status === "pending" ? last : null;
    } finally {
      clock.stop();
    }
  }

  /** Runs a pending client tool call and returns the request that hands its output to the server. */
  async function runClientTool(call: ClientToolCallItem, signal: AbortSignal): Promise<ChatKitRequest | null> {
    const threadId = call.thread_id || requireThread("A client tool call");
    const params = isRecord(call.arguments) ? call.arguments : {};
    const registered = clientTools.get(call.name);
    if (!registered && !options.onClientTool) {
      throw new ChatKitError("client_tool", `The server asked for the client tool "${call.name}" and no handler is registered for it.`);
    }
    let result: unknown;
    try {
      result = registered ? await registered(params, call) : await options.onClientTool!({ name: call.name, params });
    } catch (error) {
      throw new ChatKitError("client_tool", `The client tool "${call.name}" failed: ${errorMessage(error)}`, { cause: error });
    }
    if (signal.aborted) return null;
    const output = result === undefined ? null : result;
    // chatkit-python sends no event for the completed call; show it completed as the server now stores it.
    dispatch({ type: "thread.item.replaced", item: { ...call, status: "completed", output } });
    return { type: "threads.add_client_tool_output", params: { thread_id: threadId, result: output } };
  }

  /** A JSON request; `loading` marks thread loads (which block streams) but not sync actions. */
  async function requestJson(body: ChatKitRequest, signal?: AbortSignal): Promise<unknown> {
    const controller = new AbortController();
    const clock = watchdog(controller);
    const cancel = () => controller.abort(signal?.reason);
    if (signal?.aborted) cancel();
    signal?.addEventListener("abort", cancel, { once: true });
    try {
      const response = await post(body, controller.signal);
      clock.touch();
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new ChatKitError("malformed", `The response to ${body.type} is not JSON.`, { cause: error });
      }
    } catch (caught) {
      throw clock.timedOut() ? (controller.signal.reason as ChatKitError) : toChatKitError(caught);
    } finally {
      clock.stop();
      signal?.removeEventListener("abort", cancel);
    }
  }

  function requireThread(what: string): string {
    const id = state.thread?.id;
    if (!id) throw new ChatKitError("no_thread", `${what} needs a thread; create or load one first.`);
    return id;
  }

  async function sendSyncAction(threadId: string, action: WireAction, itemId: string | null | undefined) {
    try {
      const json = await requestJson({
        type: "threads.sync_custom_action",
        params: { thread_id: threadId, item_id: itemId ?? null, action: wireAction(action) },
      });
      const parsed = SyncCustomActionResponseSchema.safeParse(json);
      if (!parsed.success) throw new ChatKitError("malformed", `Malformed sync action response: ${describeIssues(parsed.error.issues)}`);
      const item = parsed.data.updated_item;
      // Applied as a replace so the item keeps its place; items of another thread are not ours to show.
      if (item && state.thread?.id === threadId) dispatch({ type: "thread.item.replaced", item });
    } catch (caught) {
      const error = toChatKitError(caught);
      fail(error, {});
      throw error;
    }
  }

  /** Sends the file to `url` as multipart form data, reporting progress (XMLHttpRequest when no `fetch` was given). */
  async function upload(
    target: { url: string; method: "POST" | "PUT"; headers: HeadersInit | undefined },
    file: Blob & { name?: string },
    { onProgress, signal }: CreateAttachmentOptions,
  ): Promise<unknown> {
    const url = checkUploadUrl(target.url);
    const total = file.size;
    onProgress?.({ loaded: 0, total });
    const form = new FormData();
    form.append("file", file, file.name ?? "upload");
    if (!options.fetch && typeof XMLHttpRequest !== "undefined") {
      return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open(target.method, url);
        new Headers(target.headers).forEach((value, key) => xhr.setRequestHeader(key, value));
        xhr.upload.onprogress = (event) => onProgress?.({ loaded: Math.min(event.loaded, total), total });
        xhr.onload = () => {
          if (xhr.status < 200 || xhr.status >= 300) {
            reject(new ChatKitError("http", `The upload failed with ${xhr.status}${uploadReason(xhr.responseText)}`, { status: xhr.status }));
            return;
          }
          onProgress?.({ loaded: total, total });
          resolve(parseMaybeJson(xhr.responseText));
        };
        xhr.onerror = () => reject(new ChatKitError("stream", "The upload failed: the connection broke."));
        const abort = () => {
          xhr.abort();
          reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
        };
        if (signal?.aborted) return abort();
        signal?.addEventListener("abort", abort, { once: true });
        xhr.send(form);
      });
    }
    const response = await fetchImpl(url, { method: target.method, headers: target.headers, body: form, signal });
    if (!response.ok) throw await httpError(response);
    onProgress?.({ loaded: total, total });
    return parseMaybeJson(await response.text());
  }

  const client: ChatKitClient = {
    getState: () => state,
    async createAttachment(file, uploadOptions = {}) {
      try {
        const strategy = options.uploadStrategy ?? { type: "two_phase" };
        if (strategy.type === "direct") {
          const extra = typeof options.headers === "function" ? await options.headers() : options.headers;
          return parseAttachment(await upload({ url: strategy.uploadUrl, method: "POST", headers: extra }, file, uploadOptions));
        }
        const created = parseAttachment(
          await requestJson(
            {
              type: "attachments.create",
              params: { name: file.name ?? "upload", size: file.size, mime_type: file.type || "application/octet-stream" },
            },
            uploadOptions.signal,
          ),
        );
        const descriptor = created.upload_descriptor;
        if (!descriptor) return created;
        const answer = await upload({ url: descriptor.url, method: descriptor.method, headers: descriptor.headers ?? undefined }, file, uploadOptions);
        // The upload route may answer the final attachment (e.g. with its preview); otherwise the created one stands.
        const uploaded = AttachmentSchema.safeParse(answer);
        const { upload_descriptor: _done, ...attachment } = uploaded.success && uploaded.data.id === created.id ? uploaded.data : created;
        return attachment;
      } catch (caught) {
        if (uploadOptions.signal?.aborted) throw caught;
        const error = toChatKitError(caught);
        fail(error, {});
        throw error;
      }
    },
    async deleteAttachment(attachmentId) {
      try {
        await requestJson({ type: "attachments.delete", params: { attachment_id: attachmentId } });
      } catch (caught) {
        const error = toChatKitError(caught);
        fail(error, {});
        throw error;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    createThread(input) {
      return runStream({ type: "threads.create", params: { input: userInput(input) } });
    },
    async sendUserMessage(input) {
      const threadId = state.thread?.id;
      if (!threadId) return client.createThread(input);
      return runStream({ type: "threads.add_user_message", params: { thread_id: threadId, input: userInput(input) } });
    },
    async retryAfterItem(itemId) {
      const threadId = requireThread("retryAfterItem");
      if (state.status !== "idle") throw new ChatKitError("busy", `Cannot retry while ${state.status}.`);
      // chatkit-python deletes the later items without sending events for them: drop them here too.
      const index = state.items.findIndex((item) => item.id === itemId);
      if (index !== -1 && index < state.items.length - 1) setState({ ...state, items: state.items.slice(0, index + 1) });
      return runStream({ type: "threads.retry_after_item", params: { thread_id: threadId, item_id: itemId } });
    },
    async sendFeedback(itemIds, kind) {
      const threadId = requireThread("sendFeedback");
      try {
        await requestJson({ type: "items.feedback", params: { thread_id: threadId, item_ids: itemIds, kind } });
      } catch (caught) {
        const error = toChatKitError(caught);
        fail(error, {});
        throw error;
      }
    },
    async addStructuredInput(itemId, input) {
      const threadId = requireThread("addStructuredInput");
      return runStream({ type: "threads.add_structured_input", params: { thread_id: threadId, item_id: itemId, input } });
    },
    async listThreads({ limit, after, order, signal } = {}) {
      try {
        const parsed = ThreadPageSchema.safeParse(
          await requestJson({ type: "threads.list", params: { limit: limit ?? null, after: after ?? null, order: order ?? "desc" } }, signal),
        );
        if (!parsed.success) throw new ChatKitError("malformed", `Malformed thread page: ${describeIssues(parsed.error.issues)}`);
        return { ...parsed.data, data: parsed.data.data.map(({ items: _items, ...thread }) => thread) };
      } catch (caught) {
        const error = toChatKitError(caught);
        fail(error, {});
        throw error;
      }
    },
    async updateThread(threadId, { title }) {
      try {
        const parsed = ThreadSchema.safeParse(await requestJson({ type: "threads.update", params: { thread_id: threadId, title } }));
        if (!parsed.success) throw new ChatKitError("malformed", `Malformed thread: ${describeIssues(parsed.error.issues)}`);
        const { items: _items, ...thread } = parsed.data;
        if (state.thread?.id === threadId) setState({ ...state, thread });
        return thread;
      } catch (caught) {
        const error = toChatKitError(caught);
        fail(error, {});
        throw error;
      }
    },
    async deleteThread(threadId) {
      const current = state.thread?.id === threadId;
      if (current && state.status !== "idle") throw new ChatKitError("busy", `Cannot delete the current thread while ${state.status}.`);
      try {
        await requestJson({ type: "threads.delete", params: { thread_id: threadId } });
      } catch (caught) {
        const error = toChatKitError(caught);
        fail(error, {});
        throw error;
      }
      if (state.thread?.id === threadId && state.status === "idle") setState({ ...INITIAL_THREAD_STATE, status: "idle", error: null });
    },
    registerClientTool(name, handler) {
      clientTools.set(name, handler);
      return () => {
        if (clientTools.get(name) === handler) clientTools.delete(name);
      };
    },
    async sendCustomAction(action, itemId, { streaming = true } = {}) {
      const threadId = requireThread("sendCustomAction");
      if (!streaming) return sendSyncAction(threadId, action, itemId);
      return queueStream({
        type: "threads.custom_action",
        params: { thread_id: threadId, item_id: itemId ?? null, action: wireAction(action) },
      });
    },
    async loadThread(threadId, { signal } = {}) {
      if (state.status !== "idle") throw new ChatKitError("busy", `Cannot load a thread while ${state.status}.`);
      if (signal?.aborted) return;
      const controller = new AbortController();
      loadAbort = controller;
      const forward = () => controller.abort(signal?.reason);
      signal?.addEventListener("abort", forward, { once: true });
      setState({ ...INITIAL_THREAD_STATE, status: "loading", error: null });
      try {
        const parsed = ThreadSchema.safeParse(
          await requestJson({ type: "threads.get_by_id", params: { thread_id: threadId } }, controller.signal),
        );
        if (!parsed.success) throw new ChatKitError("malformed", `Malformed thread: ${describeIssues(parsed.error.issues)}`);
        const { items: firstPage, ...thread } = parsed.data;
        // Items come oldest first; follow the cursor until the thread is complete.
        const items: ThreadItem[] = [];
        let after: string | null | undefined = null;
        let more = true;
        // A cursor the server already answered would start the same page again: a server bug, not more items.
        const cursors = new Set<string | null>();
        if (firstPage) {
          items.push(...firstPage.data);
          more = firstPage.has_more;
          after = firstPage.after ?? items.at(-1)?.id ?? null;
        }
        while (more) {
          // A fetch that ignores its signal still stops here.
          controller.signal.throwIfAborted();
          if (cursors.has(after)) {
            throw new ChatKitError("malformed", `The server repeated the page cursor ${JSON.stringify(after)} while listing items.`);
          }
          cursors.add(after);
          const page = ItemsPageSchema.safeParse(
            await requestJson({ type: "items.list", params: { thread_id: threadId, order: "asc", after, limit: 100 } }, controller.signal),
          );
          if (!page.success) throw new ChatKitError("malformed", `Malformed item page: ${describeIssues(page.error.issues)}`);
          items.push(...page.data.data);
          more = page.data.has_more && page.data.data.length > 0;
          after = page.data.after ?? items.at(-1)?.id ?? null;
        }
        setState({ ...INITIAL_THREAD_STATE, thread, items, status: "idle", error: null });
      } catch (caught) {
        if (controller.signal.aborted) {
          // Cancelled by the app: not a failure.
          setState({ ...INITIAL_THREAD_STATE, status: "idle", error: null });
          return;
        }
        const error = toChatKitError(caught);
        fail(error, { status: "idle" });
        throw error;
      } finally {
        signal?.removeEventListener("abort", forward);
        if (loadAbort === controller) loadAbort = null;
      }
    },
    clearThread() {
      if (state.status !== "idle") throw new ChatKitError("busy", `Cannot clear the thread while ${state.status}.`);
      setState({ ...INITIAL_THREAD_STATE, status: "idle", error: null });
    },
    cancelStream() {
      cancelGeneration++;
      streamAbort?.abort();
      loadAbort?.abort();
    },
  };
  return client;
}

/** Upload URLs may be http(s) or relative (resolved against the page), never `javascript:` or other schemes. */
function checkUploadUrl(url: string): string {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\u0000-\u0020\u007f]/g, ""))?.[1]?.toLowerCase();
  if (trimmed === "" || (scheme !== undefined && scheme !== "http" && scheme !== "https")) {
    throw new ChatKitError("malformed", `Refusing to upload to ${JSON.stringify(trimmed.slice(0, 40))}: only http(s) and relative URLs are allowed.`);
  }
  return trimmed;
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function uploadReason(text: string): string {
  const json = parseMaybeJson(text) as { error?: unknown } | null;
  const detail = json && typeof json.error === "string" ? json.error : "";
  return detail ? `: ${detail.slice(0, 200)}` : "";
}

function parseAttachment(value: unknown): Attachment {
  const parsed = AttachmentSchema.safeParse(value);
  if (!parsed.success) throw new ChatKitError("malformed", `Malformed attachment: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

function userInput(input: SendUserMessageInput) {
  return {
    content: input.content,
    attachments: (input.attachments ?? []).map((attachment) => (typeof attachment === "string" ? attachment : attachment.id)),
    quoted_text: input.quoted_text ?? null,
    inference_options: input.inference_options ?? {},
  };
}

/** Only `type` and `payload` go to the server; handler/loadingBehavior/streaming are client concerns. */
function wireAction(action: WireAction): WireAction {
  return action.payload === undefined ? { type: action.type } : { type: action.type, payload: action.payload };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function effectOf(event: ClientEffectEvent): { name: string; data?: Record<string, unknown> } {
  return event.data === undefined ? { name: event.name } : { name: event.name, data: event.data };
}

function serverError(event: { code: string; message?: string | null; allow_retry?: boolean }): ChatKitError {
  return new ChatKitError("server", event.message ?? `The server reported an error (${event.code}).`, {
    code: event.code,
    allowRetry: event.allow_retry ?? false,
  });
}

async function httpError(response: Response): Promise<ChatKitError> {
  let detail = "";
  try {
    const text = await response.text();
    try {
      const json = JSON.parse(text) as { error?: unknown; message?: unknown };
      detail = String(json.error ?? json.message ?? text);
    } catch {
      detail = text;
    }
  } catch {
    // The status alone is enough to report.
  }
  const reason = detail ? `: ${detail.slice(0, 200)}` : "";
  return new ChatKitError("http", `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${reason}`, {
    status: response.status,
  });
}

function toChatKitError(error: unknown): ChatKitError {
  if (error instanceof ChatKitError) return error;
  return new ChatKitError("stream", `The request failed: ${errorMessage(error)}`, { cause: error });
}
