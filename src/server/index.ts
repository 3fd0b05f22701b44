// Server side of the ChatKit protocol on the Fetch API (Node adapter in ./node).
export {
  createChatKitHandler,
  type ChatKitHandler,
  type ChatKitHandlerOptions,
  type ChatKitContext,
  type EventStream,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_JSON_DEPTH,
  DEFAULT_MAX_TAG_DATA_BYTES,
} from "./handler";
export {
  events,
  items,
  updates,
  outputText,
  streamAssistantMessage,
  ChatKitStreamError,
  StreamError,
  ERROR_CODES,
  type ErrorCode,
  type ClientToolCallOptions,
  type ItemOptions,
  type WidgetItemOptions,
  type ErrorOptions,
} from "./events";
export {
  createAttachmentUploadHandler,
  checkAttachmentParams,
  isAcceptedType,
  AttachmentError,
  DEFAULT_ATTACHMENT_TYPES,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  DEFAULT_MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_ATTACHMENT_NAME_LENGTH,
  type AttachmentLimits,
  type AttachmentOptions,
  type AttachmentUploadHandlerOptions,
} from "./attachments";
export { diffWidget, streamingTextDeltas, streamWidget, WidgetDiffError, type WidgetUpdate } from "./diff";
export {
  createMemoryStore,
  StoreConflictError,
  StoreNotFoundError,
  type ChatKitStore,
  type ListOptions,
  type MemoryStoreOptions,
} from "./store";
export { generateId, ID_PREFIXES, ID_RANDOM_BITS, type IdKind } from "./ids";
export { encodeSseEvent, sseStream, SSE_HEADERS } from "./sse";
export type {
  ThreadStreamEvent,
  ThreadItem,
  ThreadItemUpdate,
  ThreadMetadata,
  Thread,
  WidgetItem,
  UserMessageItem,
  AssistantMessageItem,
  ClientToolCallItem,
  FeedbackKind,
  WireAction,
  WireWidget,
  UserMessageInput,
  Attachment,
  UploadDescriptor,
} from "../protocol/types";
