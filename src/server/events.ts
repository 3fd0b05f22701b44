// Typed builders for every ThreadStreamEvent (WIDGET-SPEC §6.3) and ThreadItemUpdate (§6.4).
// Items built here carry `thread_id: ""`: the request handler stamps the id of the thread it is streaming into,
// so app code does not have to thread it through.
import type {
  AssistantMessageContent,
  AssistantMessageItem,
  ClientToolCallItem,
  GeneratedImageItem,
  NoticeEvent,
  StructuredInput,
  StructuredInputItem,
  Task,
  TaskItem,
  Workflow,
  WorkflowItem,
  StreamEventOf,
  Thread,
  ThreadItem,
  ThreadItemUpdate,
  ThreadMetadata,
  ThreadStreamEvent,
  WidgetItem,
  WireWidget,
} from "../protocol/types";
import { generateId } from "./ids";

type UpdateOf<T extends ThreadItemUpdate["type"]> = Extract<ThreadItemUpdate, { type: T }>;

export interface ItemOptions {
  /** Defaults to a fresh `msg_…` id. */
  id?: string;
  /** Defaults to now. */
  createdAt?: string;
  /** Defaults to the thread being streamed into (filled in by the handler). */
  threadId?: string;
}

export interface WidgetItemOptions extends ItemOptions {
  /** Text copied by the copy button under the response. */
  copyText?: string;
}

export function now(): string {
  return new Date().toISOString();
}

function base(options: ItemOptions) {
  return { id: options.id ?? generateId("message"), thread_id: options.threadId ?? "", created_at: options.createdAt ?? now() };
}

/** Thread items. */
export const items = {
  widget(widget: WireWidget, options: WidgetItemOptions = {}): WidgetItem {
    const item: WidgetItem = { ...base(options), type: "widget", widget };
    if (options.copyText !== undefined) item.copy_text = options.copyText;
    return item;
  },
  assistantMessage(text: string | AssistantMessageContent[], options: ItemOptions = {}): AssistantMessageItem {
    const content = typeof text === "string" ? [outputText(text)] : text;
    return { ...base(options), type: "assistant_message", content };
  },
  /**
   * A pending client tool call: the client runs the tool `name` with `args` and answers with
   * `threads.add_client_tool_output`. The item id defaults to a fresh `tc_…`, `callId` to the same value.
   */
  clientToolCall(name: string, args: Record<string, unknown> = {}, options: ClientToolCallOptions = {}): ClientToolCallItem {
    const id = options.id ?? generateId("tool_call");
    return {
      ...base({ ...options, id }),
      type: "client_tool_call",
      status: "pending",
      call_id: options.callId ?? id,
      name,
      arguments: args,
    };
  },
  /**
   * A pending `structured_input` item: questions the user answers in the thread (single or multiple choice, or
   * free text). The answer arrives as `threads.add_structured_input` and resumes through the handler's
   * `structuredInput` option. Option strings become `{value}`.
   */
  structuredInput(questions: StructuredInputQuestion[], options: ItemOptions = {}): StructuredInputItem {
    const inputs: StructuredInput[] = questions.map((question) =>
      question.type === "multiple_choice"
        ? {
            type: "multiple_choice",
            id: question.id,
            question: question.question,
            options: question.options.map((option) => (typeof option === "string" ? { value: option } : option)),
            multiple: question.multiple ?? false,
          }
        : { type: "freeform", id: question.id, question: question.question, description: question.description ?? null },
    );
    return { ...base(options), type: "structured_input", status: "pending", inputs };
  },
  /** A workflow (`type` `"custom"` or `"reasoning"`) with its tasks; stream more with `updates.workflowTask*`. */
  workflow(workflow: Partial<Workflow> & { tasks?: Task[] } = {}, options: ItemOptions = {}): WorkflowItem {
    const id = options.id ?? generateId("workflow");
    return { ...base({ ...options, id }), type: "workflow", workflow: { type: "custom", expanded: false, ...workflow, tasks: workflow.tasks ?? [] } };
  },
  /** A standalone task (`{type: "custom", title, content, icon}`, `"thought"`, `"web_search"`, `"file"`, `"image"`). */
  task(task: Task, options: ItemOptions = {}): TaskItem {
    const id = options.id ?? generateId("task");
    return { ...base({ ...options, id }), type: "task", task };
  },
  /** A generated image; `image: null` while it is being made (stream `updates.generatedImage` with progress). */
  generatedImage(image: { id: string; url: string } | null = null, options: ItemOptions = {}): GeneratedImageItem {
    return { ...base(options), type: "generated_image", image };
  },
  /** The marker that the assistant's turn ends here (chatkit-python `EndOfTurnItem`); nothing is shown. */
  endOfTurn(options: ItemOptions = {}): ThreadItem {
    return { ...base(options), type: "end_of_turn" };
  },
  /** Context for the model only (`hidden_context_item`): stored with the thread, never sent to the client. */
  hiddenContext(content: unknown, options: ItemOptions = {}): ThreadItem {
    return { ...base(options), type: "hidden_context_item", content } as ThreadItem;
  },
};

/** A question of `items.structuredInput`, as app code writes it (`answer` is filled in by the handler). */
export type StructuredInputQuestion =
  | { type: "multiple_choice"; id: string; question: string; options: (string | { value: string })[]; multiple?: boolean }
  | { type: "freeform"; id: string; question: string; description?: string | null };


export interface ClientToolCallOptions extends ItemOptions {
  /** The model's tool-call id; defaults to the item id. */
  callId?: string;
}

export function outputText(text: string): AssistantMessageContent {
  return { type: "output_text", text, annotations: [] };
}

/** Item updates, for `events.itemUpdated(itemId, update)`. */
export const updates = {
  widgetRoot: (widget: WireWidget): UpdateOf<"widget.root.updated"> => ({ type: "widget.root.updated", widget }),
  widgetComponent: (componentId: string, component: WireWidget): UpdateOf<"widget.component.updated"> => ({
    type: "widget.component.updated",
    component_id: componentId,
    component,
  }),
  streamingTextDelta: (componentId: string, delta: string, done: boolean): UpdateOf<"widget.streaming_text.value_delta"> => ({
    type: "widget.streaming_text.value_delta",
    component_id: componentId,
    delta,
    done,
  }),
  contentPartAdded: (contentIndex: number, content: AssistantMessageContent = outputText("")): UpdateOf<"assistant_message.content_part.added"> => ({
    type: "assistant_message.content_part.added",
    content_index: contentIndex,
    content,
  }),
  textDelta: (contentIndex: number, delta: string): UpdateOf<"assistant_message.content_part.text_delta"> => ({
    type: "assistant_message.content_part.text_delta",
    content_index: contentIndex,
    delta,
  }),
  annotationAdded: (
    contentIndex: number,
    annotationIndex: number,
    annotation: UpdateOf<"assistant_message.content_part.annotation_added">["annotation"],
  ): UpdateOf<"assistant_message.content_part.annotation_added"> => ({
    type: "assistant_message.content_part.annotation_added",
    content_index: contentIndex,
    annotation_index: annotationIndex,
    annotation,
  }),
  contentPartDone: (contentIndex: number, content: AssistantMessageContent): UpdateOf<"assistant_message.content_part.done"> => ({
    type: "assistant_message.content_part.done",
    content_index: contentIndex,
    content,
  }),
  workflowTaskAdded: (taskIndex: number, task: Task): UpdateOf<"workflow.task.added"> => ({
    type: "workflow.task.added",
    task_index: taskIndex,
    task,
  }),
  workflowTaskUpdated: (taskIndex: number, task: Task): UpdateOf<"workflow.task.updated"> => ({
    type: "workflow.task.updated",
    task_index: taskIndex,
    task,
  }),
  generatedImage: (image: { id: string; url: string }, progress?: number): UpdateOf<"generated_image.updated"> =>
    progress === undefined ? { type: "generated_image.updated", image } : { type: "generated_image.updated", image, progress },
};

/**
 * ChatKit's error codes (chatkit-python `ErrorCode`, an open set): `"stream.error"` (the client shows its own
 * localised "something went wrong"; no message) and `"custom"` (the client shows `message`).
 */
export const ERROR_CODES = { STREAM_ERROR: "stream.error", CUSTOM: "custom" } as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES] | (string & {});

export interface ErrorOptions {
  /** `"custom"` (default, shows `message`) or an SDK code such as `"stream.error"`. */
  code?: ErrorCode;
  allowRetry?: boolean;
}

/** Stream events. */
export const events = {
  threadCreated: (thread: Thread): StreamEventOf<"thread.created"> => ({ type: "thread.created", thread }),
  /** The thread as ChatKit sends it: with `items` (an empty page when `thread` has none loaded). */
  threadUpdated: (thread: Thread | ThreadMetadata): StreamEventOf<"thread.updated"> => ({
    type: "thread.updated",
    thread: "items" in thread && thread.items ? thread : { ...thread, items: { data: [], has_more: false, after: null } },
  }),
  itemAdded: (item: ThreadItem): StreamEventOf<"thread.item.added"> => ({ type: "thread.item.added", item }),
  itemUpdated: (itemId: string, update: ThreadItemUpdate): StreamEventOf<"thread.item.updated"> => ({
    type: "thread.item.updated",
    item_id: itemId,
    update,
  }),
  itemDone: (item: ThreadItem): StreamEventOf<"thread.item.done"> => ({ type: "thread.item.done", item }),
  /** Replaces a stored item in place, e.g. a widget after an action (persisted). */
  itemReplaced: (item: ThreadItem): StreamEventOf<"thread.item.replaced"> => ({ type: "thread.item.replaced", item }),
  itemRemoved: (itemId: string): StreamEventOf<"thread.item.removed"> => ({ type: "thread.item.removed", item_id: itemId }),
  streamOptions: (options: { allowCancel: boolean }): StreamEventOf<"stream_options"> => ({
    type: "stream_options",
    stream_options: { allow_cancel: options.allowCancel },
  }),
  /** Transient status line ("Searching…"); not persisted. */
  progress: (text: string, icon?: string): StreamEventOf<"progress_update"> =>
    icon === undefined ? { type: "progress_update", text } : { type: "progress_update", text, icon },
  /** Fire-and-forget instruction for the host page (`onEffect({name, data})`). */
  clientEffect: (name: string, data?: Record<string, unknown>): StreamEventOf<"client_effect"> =>
    data === undefined ? { type: "client_effect", name } : { type: "client_effect", name, data },
  error: (message: string | null, options: ErrorOptions = {}): StreamEventOf<"error"> => {
    const event: StreamEventOf<"error"> = { type: "error", code: options.code ?? "custom", allow_retry: options.allowRetry ?? false };
    if (message !== null) event.message = message;
    return event;
  },
  notice: (message: string, options: { level?: NoticeEvent["level"]; title?: string } = {}): NoticeEvent => {
    const event: NoticeEvent = { type: "notice", level: options.level ?? "info", message };
    if (options.title !== undefined) event.title = options.title;
    return event;
  },
  /** A complete assistant message as one `thread.item.done`. */
  assistantMessage: (text: string, options: ItemOptions = {}): StreamEventOf<"thread.item.done"> => ({
    type: "thread.item.done",
    item: items.assistantMessage(text, options),
  }),
  /**
   * Asks the client to run a client tool (`onClientTool` / `registerClientTool` on our client): a pending
   * `client_tool_call` item as `thread.item.done`. The handler ends the response after it; the client's output
   * arrives as `threads.add_client_tool_output` and resumes through the handler's `clientToolOutput` option.
   */
  clientToolCall: (name: string, args: Record<string, unknown> = {}, options: ClientToolCallOptions = {}): StreamEventOf<"thread.item.done"> => ({
    type: "thread.item.done",
    item: items.clientToolCall(name, args, options),
  }),
  /** A complete widget as one `thread.item.done` (a static `streamWidget`). */
  widgetItem: (widget: WireWidget, options: WidgetItemOptions = {}): StreamEventOf<"thread.item.done"> => ({
    type: "thread.item.done",
    item: items.widget(widget, options),
  }),
};

/**
 * Streams an assistant message from text chunks: `added` → `content_part.added` → one `text_delta` per chunk →
 * `content_part.done` → `done` with the full text.
 */
export async function* streamAssistantMessage(chunks: AsyncIterable<string> | Iterable<string>, options: ItemOptions = {}): AsyncGenerator<ThreadStreamEvent> {
  const item = items.assistantMessage([], options);
  yield events.itemAdded(item);
  yield events.itemUpdated(item.id, updates.contentPartAdded(0));
  let text = "";
  for await (const chunk of chunks) {
    if (chunk === "") continue;
    text += chunk;
    yield events.itemUpdated(item.id, updates.textDelta(0, chunk));
  }
  const content = outputText(text);
  yield events.itemUpdated(item.id, updates.contentPartDone(0, content));
  yield events.itemDone({ ...item, content: [content] });
}

/**
 * Thrown inside `respond`/`action` to end the stream with an error event of a ChatKit error `code` and no
 * message (the client shows its own text for the code), as chatkit-python's `StreamError`. `allowRetry`
 * defaults to `true` for `stream.error` and `false` for other codes.
 */
export class StreamError extends Error {
  override readonly name = "StreamError";
  readonly code: ErrorCode;
  readonly allowRetry: boolean;
  constructor(code: ErrorCode = ERROR_CODES.STREAM_ERROR, options: { allowRetry?: boolean } = {}) {
    super(`Stream error: ${code}`);
    this.code = code;
    this.allowRetry = options.allowRetry ?? code === ERROR_CODES.STREAM_ERROR;
  }
}

/** Thrown inside `respond`/`action` to end the stream with a `custom` error event showing `message`. */
export class ChatKitStreamError extends Error {
  override readonly name = "ChatKitStreamError";
  readonly allowRetry: boolean;
  constructor(message: string, options: { allowRetry?: boolean } = {}) {
    super(message);
    this.allowRetry = options.allowRetry ?? false;
  }
}
