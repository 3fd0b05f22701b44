export { Composer } from "./Composer";
export type { ComposerHandle, ComposerProps, ComposerValue } from "./Composer";
export type { ModelOption, ToolOption } from "./ToolPicker";
export {
  contentToPlainText,
  entityToTag,
  findTriggerQuery,
  groupEntities,
  isContentEmpty,
  normalizeContent,
  tagToEntity,
  toContent,
  trimContent,
} from "./content";
export type {
  Command,
  CommandSelection,
  CommandsOption,
  ComposerMessage,
  MenuTrigger,
  TriggerQuery,
  Entity,
  EntityGroup,
  EntityHandlers,
  EntityPreview,
  InferenceOptions,
  UserMessageContent,
  UserMessageContentInput,
  UserMessageTagContent,
  UserMessageTextContent,
} from "./content";
export {
  acceptAttribute,
  attachmentProblem,
  formatBytes,
  isAcceptedFile,
  isAllowedImageUrl,
  maxSizeFor,
  DEFAULT_MAX_ATTACHMENT_COUNT,
  DEFAULT_MAX_ATTACHMENT_SIZE,
} from "./attachments";
export type { ComposerAttachment, ComposerAttachmentsOption } from "./attachments";
export { createTagSearch } from "./tagSearch";
export type { TagSearch, TagSearchState, TagSearchStatus } from "./tagSearch";
export { UserMessage, TagChip } from "./UserMessage";
export type { UserMessageProps } from "./UserMessage";
export { ChatThread } from "./ChatThread";
export type { ChatThreadHandle, ChatThreadProps } from "./ChatThread";
export { StructuredInputView, WorkflowView, TaskView, GeneratedImageView, isShownItem, formatDuration } from "./ThreadItems";
export type { StructuredInputViewProps } from "./ThreadItems";
export { MessageActions, COPIED_FEEDBACK_MS } from "./MessageActions";
export type { MessageActionsProps } from "./MessageActions";
export { ThreadList, threadTitle } from "./ThreadList";
export type { ThreadListProps } from "./ThreadList";
