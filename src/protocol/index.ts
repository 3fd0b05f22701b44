// Client side of the ChatKit protocol: wire types, SSE reader, thread reducer and ChatKitClient.
// The React hook lives in `./react` so this entry stays free of React.
export * from "./types";
export { ChatKitError, isChatKitError, type ChatKitErrorKind, type ChatKitErrorDetails } from "./errors";
export { readSseFrames, readThreadEvents, parseStreamEvent, type SseFrame, type ReadSseOptions } from "./sse";
export { applyThreadEvent, applyItemUpdate, updateNodeById, INITIAL_THREAD_STATE, type ThreadState } from "./reducer";
export {
  createChatKitClient,
  type ChatKitClient,
  type ChatKitClientOptions,
  type ChatKitClientState,
  type ChatKitClientStatus,
  type ClientToolHandler,
  type SendCustomActionOptions,
  type LoadThreadOptions,
  type ListThreadsOptions,
  type SendUserMessageInput,
  type CreateAttachmentOptions,
  type UploadProgress,
} from "./client";
