// Wire types of the ChatKit HTTP protocol (WIDGET-SPEC §6). Envelopes are checked here; widget roots inside
// items stay loose records because the renderer validates them with the widget schema.
// Objects are `looseObject`s: servers add fields over time and a client must keep what it does not know.
import * as z from "zod/mini";

const JsonRecord = z.record(z.string(), z.unknown());

/**
 * An optional field where `null` reads as absent (the parsed value is `undefined`). ChatKit's reference types
 * declare optional fields as `T | None = None`, and clients send `null` for them; the leniency rule applies to
 * every optional field of a request, so request schemas use this instead of `z.optional`.
 */
export function optionalNullable<T extends z.ZodMiniType>(schema: T) {
  return z.optional(z.pipe(z.nullable(schema), z.transform((value: z.output<T> | null) => (value === null ? undefined : value))));
}
const opt = optionalNullable;
/** A widget root or component as it travels on the wire; `src/schema` validates it when rendered. */
export const WireWidgetSchema = z.looseObject({ type: z.string() });
export type WireWidget = z.infer<typeof WireWidgetSchema>;

// ── User input (§6.6) ───────────────────────────────────────────────────────────────────────────────

export const UserMessageTextContentSchema = z.object({ type: z.literal("input_text"), text: z.string() });
export const UserMessageTagContentSchema = z.object({
  type: z.literal("input_tag"),
  id: z.string(),
  text: z.string(),
  data: opt(JsonRecord),
  group: opt(z.string()),
  interactive: opt(z.boolean()),
});
export const UserMessageContentSchema = z.discriminatedUnion("type", [
  UserMessageTextContentSchema,
  UserMessageTagContentSchema,
]);
export const InferenceOptionsSchema = z.object({
  tool_choice: opt(z.object({ id: z.string() })),
  model: opt(z.string()),
});
export const UserMessageInputSchema = z.object({
  content: z.array(UserMessageContentSchema),
  attachments: opt(z.array(z.string())),
  quoted_text: opt(z.string()),
  inference_options: opt(InferenceOptionsSchema),
});

export type UserMessageContent = z.infer<typeof UserMessageContentSchema>;
export type InferenceOptions = z.infer<typeof InferenceOptionsSchema>;
/** Inference options as a client may send them (`null` for "none"). */
export type InferenceOptionsInput = z.input<typeof InferenceOptionsSchema>;
export type UserMessageInput = z.infer<typeof UserMessageInputSchema>;

// ── Actions ────────────────────────────────────────────────────────────────────────────────────────

/** What the server receives for a widget action: `{type, payload}` (§3.1 `Action`). */
export const WireActionSchema = z.object({ type: z.string(), payload: z.optional(z.unknown()) });
/** `items.feedback` `kind`. */
export const FEEDBACK_KINDS = ["positive", "negative"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type WireAction = { type: string; payload?: unknown };

// ── Thread items (§6.5) ────────────────────────────────────────────────────────────────────────────

const itemBase = { id: z.string(), thread_id: z.string(), created_at: z.string() };

/** Where and how a client uploads an attachment's bytes in a two-phase upload (chatkit-python `upload_descriptor`). */
export const UploadDescriptorSchema = z.looseObject({
  url: z.string(),
  method: z.enum(["POST", "PUT"]),
  headers: z.optional(z.nullable(z.record(z.string(), z.string()))),
});
export type UploadDescriptor = z.infer<typeof UploadDescriptorSchema>;

export const AttachmentSchema = z.looseObject({
  type: z.enum(["file", "image"]),
  id: z.string(),
  name: z.string(),
  mime_type: z.string(),
  preview_url: z.optional(z.nullable(z.string())),
  /** Set by `attachments.create` in a two-phase upload; absent once the bytes are uploaded (and in messages). */
  upload_descriptor: z.optional(z.nullable(UploadDescriptorSchema)),
  thread_id: z.optional(z.nullable(z.string())),
});
export const AnnotationSchema = z.looseObject({ type: z.literal("annotation"), source: JsonRecord, index: z.optional(z.nullable(z.number())) });
export const AssistantMessageContentSchema = z.looseObject({
  type: z.literal("output_text"),
  text: z.string(),
  annotations: z.optional(z.array(AnnotationSchema)),
});

export const UserMessageItemSchema = z.looseObject({
  ...itemBase,
  type: z.literal("user_message"),
  content: z.array(UserMessageContentSchema),
  attachments: z.optional(z.array(AttachmentSchema)),
  quoted_text: z.optional(z.nullable(z.string())),
  inference_options: z.optional(InferenceOptionsSchema),
});
export const AssistantMessageItemSchema = z.looseObject({
  ...itemBase,
  type: z.literal("assistant_message"),
  content: z.array(AssistantMessageContentSchema),
});
export const WidgetItemSchema = z.looseObject({
  ...itemBase,
  type: z.literal("widget"),
  widget: WireWidgetSchema,
  copy_text: z.optional(z.nullable(z.string())),
});
export const ClientToolCallItemSchema = z.looseObject({
  ...itemBase,
  type: z.literal("client_tool_call"),
  status: z.enum(["pending", "completed"]),
  call_id: z.string(),
  name: z.string(),
  arguments: z.unknown(),
  output: z.optional(z.unknown()),
});
export const GeneratedImageSchema = z.looseObject({ id: z.string(), url: z.string() });
export const GeneratedImageItemSchema = z.looseObject({
  ...itemBase,
  type: z.literal("generated_image"),
  image: z.optional(z.nullable(GeneratedImageSchema)),
  /** Not on the wire in chatkit-python's item: the last `generated_image.updated` progress (0–1), kept by the reducer. */
  progress: z.optional(z.nullable(z.number())),
});

// Workflow tasks (chatkit-python `Task`): kept loose (newer servers add task types; unknown ones render as titles).
/** `status_indicator` of a task shown inside a workflow. */
export const TASK_STATUS_INDICATORS = ["none", "loading", "complete"] as const;
export const TaskSchema = z.looseObject({
  type: z.string(),
  title: z.optional(z.nullable(z.string())),
  status_indicator: z.optional(z.enum(TASK_STATUS_INDICATORS)),
});
export const WorkflowSchema = z.looseObject({
  type: z.string(),
  tasks: z.array(TaskSchema),
  /** `{title, icon?}` (custom) or `{duration}` (seconds). */
  summary: z.optional(z.nullable(JsonRecord)),
  expanded: z.optional(z.boolean()),
});
export const WorkflowItemSchema = z.looseObject({ ...itemBase, type: z.literal("workflow"), workflow: WorkflowSchema });
export const TaskItemSchema = z.looseObject({ ...itemBase, type: z.literal("task"), task: TaskSchema });

// Structured input (chatkit-python 1.6 `StructuredInputItem`): questions the assistant asks, answered with
// `threads.add_structured_input`.
export const STRUCTURED_INPUT_STATUSES = ["pending", "answered", "skipped"] as const;
export const StructuredInputAnswerSchema = z.looseObject({
  values: z.optional(z.array(z.string())),
  skipped: z.optional(z.boolean()),
});
const questionBase = { id: z.string(), question: z.string(), answer: z.optional(z.nullable(StructuredInputAnswerSchema)) };
export const MultipleChoiceInputSchema = z.looseObject({
  ...questionBase,
  type: z.literal("multiple_choice"),
  options: z.array(z.looseObject({ value: z.string() })),
  /** More than one option may be chosen. Default false. */
  multiple: z.optional(z.boolean()),
});
export const FreeformInputSchema = z.looseObject({
  ...questionBase,
  type: z.literal("freeform"),
  description: z.optional(z.nullable(z.string())),
});
export const StructuredInputSchema = z.discriminatedUnion("type", [MultipleChoiceInputSchema, FreeformInputSchema]);
export const StructuredInputItemSchema = z.looseObject({
  ...itemBase,
  type: z.literal("structured_input"),
  status: z.optional(z.enum(STRUCTURED_INPUT_STATUSES)),
  inputs: z.array(StructuredInputSchema),
});
/** What `threads.add_structured_input` sends: the answers by question id, or `status: "skipped"`. */
export const StructuredInputSubmissionSchema = z.object({
  status: z.enum(["answered", "skipped"]),
  answers: z.record(z.string(), z.object({ values: optionalNullable(z.array(z.string())), skipped: optionalNullable(z.boolean()) })),
});

// Item kinds this client shows no special UI for are still typed by their envelope so they round-trip.
const otherItem = <T extends string>(type: T) => z.looseObject({ ...itemBase, type: z.literal(type) });
export const ThreadItemSchema = z.discriminatedUnion("type", [
  UserMessageItemSchema,
  AssistantMessageItemSchema,
  WidgetItemSchema,
  ClientToolCallItemSchema,
  GeneratedImageItemSchema,
  WorkflowItemSchema,
  TaskItemSchema,
  StructuredInputItemSchema,
  otherItem("end_of_turn"),
  otherItem("hidden_context_item"),
  otherItem("sdk_hidden_context"),
]);
/** Item types that are context for the model only: the server kit never sends them, clients never show them. */
export const HIDDEN_ITEM_TYPES: ReadonlySet<string> = new Set(["hidden_context_item", "sdk_hidden_context"]);

export type Attachment = z.infer<typeof AttachmentSchema>;
export type AssistantMessageContent = z.infer<typeof AssistantMessageContentSchema>;
export type UserMessageItem = z.infer<typeof UserMessageItemSchema>;
export type AssistantMessageItem = z.infer<typeof AssistantMessageItemSchema>;
export type WidgetItem = z.infer<typeof WidgetItemSchema>;
export type ClientToolCallItem = z.infer<typeof ClientToolCallItemSchema>;
export type GeneratedImageItem = z.infer<typeof GeneratedImageItemSchema>;
export type WorkflowItem = z.infer<typeof WorkflowItemSchema>;
export type Workflow = z.infer<typeof WorkflowSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type TaskItem = z.infer<typeof TaskItemSchema>;
export type GeneratedImage = z.infer<typeof GeneratedImageSchema>;
export type StructuredInput = z.infer<typeof StructuredInputSchema>;
export type StructuredInputAnswer = z.infer<typeof StructuredInputAnswerSchema>;
export type StructuredInputItem = z.infer<typeof StructuredInputItemSchema>;
export type StructuredInputStatus = (typeof STRUCTURED_INPUT_STATUSES)[number];
/** A structured input submission as a client may send it. */
export type StructuredInputSubmission = z.input<typeof StructuredInputSubmissionSchema>;
export type ThreadItem = z.infer<typeof ThreadItemSchema>;
export type ThreadItemType = ThreadItem["type"];

// ── Threads ────────────────────────────────────────────────────────────────────────────────────────

export const ThreadStatusSchema = z.looseObject({
  type: z.enum(["active", "locked", "closed"]),
  reason: z.optional(z.nullable(z.string())),
});
export const ThreadMetadataSchema = z.looseObject({
  id: z.string(),
  title: z.optional(z.nullable(z.string())),
  created_at: z.string(),
  status: z.optional(ThreadStatusSchema),
  metadata: z.optional(JsonRecord),
});
export const pageSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({ data: z.array(item), has_more: z.boolean(), after: z.optional(z.nullable(z.string())) });
export const ThreadSchema = z.looseObject({
  ...ThreadMetadataSchema.def.shape,
  items: z.optional(pageSchema(ThreadItemSchema)),
});

export type ThreadStatus = z.infer<typeof ThreadStatusSchema>;
/** A thread without its items. */
export type ThreadMetadata = z.infer<typeof ThreadMetadataSchema>;
export type Thread = z.infer<typeof ThreadSchema>;
export interface Page<T> {
  data: T[];
  has_more: boolean;
  after?: string | null;
}

// ── Item updates (§6.4) ────────────────────────────────────────────────────────────────────────────

export const ThreadItemUpdateSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assistant_message.content_part.added"), content_index: z.number(), content: AssistantMessageContentSchema }),
  z.object({ type: z.literal("assistant_message.content_part.text_delta"), content_index: z.number(), delta: z.string() }),
  z.object({
    type: z.literal("assistant_message.content_part.annotation_added"),
    content_index: z.number(),
    annotation_index: z.number(),
    annotation: AnnotationSchema,
  }),
  z.object({ type: z.literal("assistant_message.content_part.done"), content_index: z.number(), content: AssistantMessageContentSchema }),
  z.object({ type: z.literal("widget.streaming_text.value_delta"), component_id: z.string(), delta: z.string(), done: z.boolean() }),
  z.object({ type: z.literal("widget.root.updated"), widget: WireWidgetSchema }),
  z.object({ type: z.literal("widget.component.updated"), component_id: z.string(), component: WireWidgetSchema }),
  z.object({ type: z.literal("workflow.task.added"), task_index: z.number(), task: TaskSchema }),
  z.object({ type: z.literal("workflow.task.updated"), task_index: z.number(), task: TaskSchema }),
  z.object({
    type: z.literal("generated_image.updated"),
    image: GeneratedImageSchema,
    progress: z.optional(z.nullable(z.number())),
  }),
]);
export type ThreadItemUpdate = z.infer<typeof ThreadItemUpdateSchema>;

// ── Stream events (§6.3) ───────────────────────────────────────────────────────────────────────────

export const NOTICE_LEVELS = ["info", "warning", "danger"] as const;

export const ThreadStreamEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("thread.created"), thread: ThreadSchema }),
  z.object({ type: z.literal("thread.updated"), thread: ThreadSchema }),
  z.object({ type: z.literal("thread.item.added"), item: ThreadItemSchema }),
  z.object({ type: z.literal("thread.item.updated"), item_id: z.string(), update: ThreadItemUpdateSchema }),
  z.object({ type: z.literal("thread.item.done"), item: ThreadItemSchema }),
  z.object({ type: z.literal("thread.item.replaced"), item: ThreadItemSchema }),
  z.object({ type: z.literal("thread.item.removed"), item_id: z.string() }),
  z.object({ type: z.literal("stream_options"), stream_options: z.looseObject({ allow_cancel: z.boolean() }) }),
  z.object({ type: z.literal("progress_update"), text: z.string(), icon: z.optional(z.nullable(z.string())) }),
  z.object({ type: z.literal("client_effect"), name: z.string(), data: z.optional(JsonRecord) }),
  z.object({
    type: z.literal("error"),
    code: z.string(),
    message: z.optional(z.nullable(z.string())),
    allow_retry: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal("notice"),
    level: z.enum(NOTICE_LEVELS),
    message: z.string(),
    title: z.optional(z.nullable(z.string())),
  }),
]);
export type ThreadStreamEvent = z.infer<typeof ThreadStreamEventSchema>;
export type ThreadStreamEventType = ThreadStreamEvent["type"];
export type StreamEventOf<T extends ThreadStreamEventType> = Extract<ThreadStreamEvent, { type: T }>;
export type ProgressUpdateEvent = StreamEventOf<"progress_update">;
export type ClientEffectEvent = StreamEventOf<"client_effect">;
export type ErrorEvent = StreamEventOf<"error">;
export type NoticeEvent = StreamEventOf<"notice">;
export type StreamOptions = StreamEventOf<"stream_options">["stream_options"];
export const THREAD_STREAM_EVENT_TYPES = [
  "thread.created",
  "thread.updated",
  "thread.item.added",
  "thread.item.updated",
  "thread.item.done",
  "thread.item.replaced",
  "thread.item.removed",
  "stream_options",
  "progress_update",
  "client_effect",
  "error",
  "notice",
] as const satisfies readonly ThreadStreamEventType[];

// ── Requests (§6.1) ────────────────────────────────────────────────────────────────────────────────

// Every optional field here is `opt(…)`: `null` reads as absent (WIDGET-SPEC §6.1, chatkit-python's `T | None`).
const ListParams = {
  limit: opt(z.int().check(z.positive())),
  order: opt(z.enum(["asc", "desc"])),
  after: opt(z.string()),
};
const CustomActionParams = z.object({
  thread_id: z.string(),
  item_id: opt(z.string()),
  action: WireActionSchema,
});
const request = <T extends string, P extends z.ZodMiniType>(type: T, params: P) =>
  z.object({ type: z.literal(type), params, metadata: opt(JsonRecord) });

/** Requests by `type`; each value validates `{type, params, metadata?}`. */
export const CHATKIT_REQUEST_SCHEMAS = {
  "threads.create": request("threads.create", z.object({ input: UserMessageInputSchema })),
  "threads.add_user_message": request("threads.add_user_message", z.object({ thread_id: z.string(), input: UserMessageInputSchema })),
  "threads.add_client_tool_output": request(
    "threads.add_client_tool_output",
    // `result` is any JSON value (chatkit-python `result: Any`); absent reads as null.
    z.object({ thread_id: z.string(), result: z.optional(z.unknown()) }),
  ),
  "threads.retry_after_item": request("threads.retry_after_item", z.object({ thread_id: z.string(), item_id: z.string() })),
  "threads.add_structured_input": request(
    "threads.add_structured_input",
    z.object({ thread_id: z.string(), item_id: z.string(), input: StructuredInputSubmissionSchema }),
  ),
  "threads.custom_action": request("threads.custom_action", CustomActionParams),
  "threads.sync_custom_action": request("threads.sync_custom_action", CustomActionParams),
  "threads.get_by_id": request("threads.get_by_id", z.object({ thread_id: z.string() })),
  "threads.list": request("threads.list", z.object(ListParams)),
  "threads.update": request("threads.update", z.object({ thread_id: z.string(), title: z.string() })),
  "threads.delete": request("threads.delete", z.object({ thread_id: z.string() })),
  "items.list": request("items.list", z.object({ thread_id: z.string(), ...ListParams })),
  "items.feedback": request(
    "items.feedback",
    z.object({ thread_id: z.string(), item_ids: z.array(z.string()), kind: z.enum(FEEDBACK_KINDS) }),
  ),
  "attachments.create": request(
    "attachments.create",
    z.object({ name: z.string(), size: z.int().check(z.nonnegative()), mime_type: z.string() }),
  ),
  "attachments.delete": request("attachments.delete", z.object({ attachment_id: z.string() })),
} as const;
export type ChatKitRequestType = keyof typeof CHATKIT_REQUEST_SCHEMAS;
/** A request as the server reads it (after parsing: `null` optional fields are `undefined`). */
export type ChatKitRequestOf<T extends ChatKitRequestType> = z.output<(typeof CHATKIT_REQUEST_SCHEMAS)[T]>;
/** A request as a client may send it (`null` allowed wherever a field is optional). */
export type ChatKitRequestBody<T extends ChatKitRequestType = ChatKitRequestType> = { [K in T]: z.input<(typeof CHATKIT_REQUEST_SCHEMAS)[K]> }[T];
export type ChatKitRequest = ChatKitRequestBody;
/** Requests answered with an SSE stream; the rest are answered with JSON. */
export const STREAMING_REQUEST_TYPES = [
  "threads.create",
  "threads.add_user_message",
  "threads.add_client_tool_output",
  "threads.retry_after_item",
  "threads.add_structured_input",
  "threads.custom_action",
] as const;
/**
 * Request types of ChatKit's protocol this kit does not answer (400 "not supported", with the reason):
 * transcription needs a speech model.
 */
export const UNSUPPORTED_REQUEST_TYPES: Readonly<Record<string, string>> = {
  "input.transcribe": "this server does not transcribe audio",
};

export const SyncCustomActionResponseSchema = z.object({ updated_item: z.optional(z.nullable(ThreadItemSchema)) });
export type SyncCustomActionResponse = z.infer<typeof SyncCustomActionResponseSchema>;
export const ItemsPageSchema = pageSchema(ThreadItemSchema);

/** `params.input.content[0].type: expected one of …` — one line per zod issue, paths in JS notation. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
        "",
      );
      return `${path || "(body)"}: ${issueText(issue)}`;
    })
    .join("; ");
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" | ")}`;
    case "invalid_union":
      return "options" in issue && Array.isArray(issue.options)
        ? `expected one of ${issue.options.map((v) => JSON.stringify(v)).join(" | ")}`
        : "does not match any allowed shape";
    case "unrecognized_keys":
      return `unknown keys ${issue.keys.join(", ")}`;
    case "too_small":
      return `must be ${issue.inclusive === false ? ">" : "≥"} ${String(issue.minimum)}`;
    case "too_big":
      return `must be ${issue.inclusive === false ? "<" : "≤"} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}
