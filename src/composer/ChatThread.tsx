import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode } from "react";
import { Markdown, type DeeplinkHandler } from "../components/Markdown";
import {
  createChatKitClient,
  type ChatKitClient,
  type ChatKitClientOptions,
  type ThreadItem,
  type ThreadMetadata,
} from "../protocol";
import { useChatKitThread } from "../protocol/react";
import { WidgetRenderer, type WidgetRendererProps } from "../renderer";
import { Composer, type ComposerHandle, type ComposerValue } from "./Composer";
import { toContent, type CommandsOption, type ComposerMessage, type Entity, type EntityHandlers, type UserMessageContentInput } from "./content";
import { ComposerIcon } from "./icons";
import { MessageActions } from "./MessageActions";
import { GeneratedImageView, isShownItem, StructuredInputView, TaskView, WorkflowView } from "./ThreadItems";
import { ThreadList } from "./ThreadList";
import type { ModelOption, ToolOption } from "./ToolPicker";
import type { ComposerAttachmentsOption } from "./attachments";
import { UserMessage } from "./UserMessage";
import { VISUALLY_HIDDEN_CLASS } from "../styling/utilities";

export interface ChatThreadProps {
  /** The ChatKit endpoint: `url`, and optionally a `fetch` (e.g. an in-process handler) and `headers`. */
  api: Pick<ChatKitClientOptions, "url" | "fetch" | "headers" | "metadata" | "uploadStrategy">;
  /**
   * `attachments` is ChatKit's `composer.attachments` (`enabled`, `maxSize`, `maxCount`, `accept`): files upload
   * through the client (`api.uploadStrategy`, default two-phase) and a removed one is deleted (`attachments.delete`).
   */
  composer?: {
    placeholder?: string;
    tools?: ToolOption[];
    models?: ModelOption[];
    attachments?: Omit<ComposerAttachmentsOption, "upload" | "remove">;
  };
  entities?: EntityHandlers & { onTagSearch?: (query: string) => Promise<Entity[]>; showComposerMenu?: boolean };
  /** ChatKit's `commands` (1.9): the composer's `/` menu. */
  commands?: CommandsOption;
  widgets?: { onAction?: WidgetRendererProps["onAction"] };
  /**
   * `chatkit-link://name?key=value` links clicked in assistant messages and widget Markdown, as `{ name, data }`
   * (ChatKit's `onDeeplink`). Without it, such links are inert text.
   */
  onDeeplink?: DeeplinkHandler;
  /** `client_effect` events from the server. */
  onEffect?: (effect: { name: string; data?: Record<string, unknown> }) => void;
  /** Failed requests and widget dispatch failures. */
  onError?: (event: { error: Error }) => void;
  /**
   * Actions under each assistant response (ChatKit's `threadItemActions`): copy is always there; `feedback`
   * adds thumbs up / down (`items.feedback` with the response's item ids), `retry` answers the user message
   * again (`threads.retry_after_item`). Both default to false, as in ChatKit.
   */
  threadItemActions?: { feedback?: boolean; retry?: boolean };
  /**
   * The thread history (ChatKit's `history`): with `enabled`, a History button opens the list of the user's
   * threads (`threads.list`), where one can be opened, renamed (`showRename`, default true) or deleted
   * (`showDelete`, default true); a New chat button starts over. Default: disabled.
   */
  history?: { enabled?: boolean; showRename?: boolean; showDelete?: boolean };
  /** The history view opened (ChatKit's `chatkit.history.open` event). */
  onHistoryOpen?: () => void;
  /** The history view closed (ChatKit's `chatkit.history.close` event). */
  onHistoryClose?: () => void;
  /** The shown thread changed: created, opened from history, deleted or cleared (`chatkit.thread.change`). */
  onThreadChange?: (event: { threadId: string | null }) => void;
  /** A thread started loading (`chatkit.thread.load.start`). */
  onThreadLoadStart?: (event: { threadId: string }) => void;
  /** A thread finished loading (`chatkit.thread.load.end`). */
  onThreadLoadEnd?: (event: { threadId: string }) => void;
  theme?: "light" | "dark";
  /** Shown while the thread is empty. */
  greeting?: string;
  className?: string;
}

export interface ChatThreadHandle {
  sendUserMessage(input: { text?: string; content?: UserMessageContentInput[]; toolChoice?: { id: string }; model?: string }): Promise<void>;
  setComposerValue(value: ComposerValue): void;
  focusComposer(): void;
  sendCustomAction(action: { type: string; payload?: Record<string, unknown> }, itemId?: string): Promise<void>;
  /** Opens the history view (ChatKit's `showHistory()`); needs `history.enabled`. */
  showHistory(): void;
  /** Closes the history view (ChatKit's `hideHistory()`). */
  hideHistory(): void;
  /** Opens a stored thread (ChatKit's `setThreadId`); `null` starts a new one. */
  setThreadId(threadId: string | null): Promise<void>;
}

/**
 * A self-hosted ChatKit chat: the thread (user messages with tags, assistant Markdown, widgets, structured input,
 * workflows and tasks, generated images), response actions, progress, notices and errors, the composer and an
 * optional thread history, talking to a ChatKit-protocol server through `createChatKitClient`.
 */
export const ChatThread = forwardRef<ChatThreadHandle, ChatThreadProps>(function ChatThread(
  {
    api,
    composer,
    entities,
    commands,
    widgets,
    onEffect,
    onError,
    onDeeplink,
    theme,
    greeting = "What can I help with today?",
    className,
    threadItemActions,
    history,
    onHistoryOpen,
    onHistoryClose,
    onThreadChange,
    onThreadLoadStart,
    onThreadLoadEnd,
  },
  ref,
) {
  // Callbacks are read through a ref so that the client is created once per endpoint.
  const callbacks = useRef({ onEffect, onError });
  callbacks.current = { onEffect, onError };
  const client: ChatKitClient = useMemo(
    () =>
      createChatKitClient({
        ...api,
        onEffect: (effect) => callbacks.current.onEffect?.(effect),
        onError: (error) => callbacks.current.onError?.({ error }),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new endpoint is a new client; other fields are read once
    [api.url, api.fetch],
  );
  const state = useChatKitThread(client);
  const composerRef = useRef<ComposerHandle>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const historyButtonRef = useRef<HTMLButtonElement>(null);
  const responding = state.status === "streaming";
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyEnabled = history?.enabled === true;
  const events = useRef({ onHistoryOpen, onHistoryClose, onThreadChange, onThreadLoadStart, onThreadLoadEnd });
  events.current = { onHistoryOpen, onHistoryClose, onThreadChange, onThreadLoadStart, onThreadLoadEnd };

  // chatkit.thread.change: whenever the shown thread's id changes (not on the first render).
  const threadId = state.thread?.id ?? null;
  const shownThread = useRef(threadId);
  useEffect(() => {
    if (shownThread.current === threadId) return;
    shownThread.current = threadId;
    events.current.onThreadChange?.({ threadId });
  }, [threadId]);

  /** Opens or closes the history; on closing, focus goes to the History button or (`focus: "composer"`) the message field. */
  const openHistory = (open: boolean, focus: "toggle" | "composer" = "toggle") => {
    if (!historyEnabled || open === historyOpen) return;
    setHistoryOpen(open);
    if (open) events.current.onHistoryOpen?.();
    else {
      events.current.onHistoryClose?.();
      // Closed with its button (or hideHistory()): focus returns to that button. A thread chosen in it: focus goes
      // to the thread's message field (once shown again), or the button when the field cannot take it (locked).
      requestAnimationFrame(() => {
        if (focus === "composer") composerRef.current?.focus();
        const active = document.activeElement;
        if (focus === "toggle" || !active || active === document.body) historyButtonRef.current?.focus();
      });
    }
  };

  const openThread = async (id: string | null) => {
    if (id === null) {
      if (state.status === "streaming") client.cancelStream();
      if (client.getState().status === "idle") client.clearThread();
      return;
    }
    if (state.status !== "idle") client.cancelStream();
    events.current.onThreadLoadStart?.({ threadId: id });
    try {
      await client.loadThread(id);
    } catch {
      // Reported through onError.
    } finally {
      events.current.onThreadLoadEnd?.({ threadId: id });
    }
  };

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: "end" });
  }, [state.items.length, state.progress]);

  const send = (message: ComposerMessage) => client.sendUserMessage(message);

  useImperativeHandle(ref, () => ({
    sendUserMessage: ({ text, content, toolChoice, model }) =>
      client.sendUserMessage({
        content: toContent(content ?? text ?? ""),
        inference_options: { tool_choice: toolChoice ?? null, model: model ?? null },
      }),
    setComposerValue: (value) => composerRef.current?.setComposerValue(value),
    focusComposer: () => composerRef.current?.focus(),
    sendCustomAction: (action, itemId) => client.sendCustomAction(action, itemId ?? null),
    showHistory: () => openHistory(true),
    hideHistory: () => openHistory(false),
    setThreadId: (id) => openThread(id),
  }));

  const turns = responseTurns(state.items);
  const streamingIds = state.pendingItemIds;

  const renderItem = (item: ThreadItem): ReactNode => {
    switch (item.type) {
      case "user_message":
        return (
          <UserMessage
            content={toContent(item.content)}
            attachments={item.attachments}
            allowedImageDomains={allowedImageDomains}
            onClick={entities?.onClick}
            onRequestPreview={entities?.onRequestPreview}
          />
        );
      case "assistant_message":
        return (
          <div className="cw-message cw-message--assistant">
            <Markdown
              value={item.content.map((part) => part.text).join("\n\n")}
              onDeeplink={onDeeplink}
              streaming={state.pendingItemIds.includes(item.id)}
            />
          </div>
        );
      case "widget":
        return (
          <div className="cw-message cw-message--widget">
            <WidgetRenderer
              widget={item.widget}
              item={{ id: item.id }}
              theme={theme}
              onAction={widgets?.onAction}
              onDeeplink={onDeeplink}
              onServerAction={(action, widgetItem, options) =>
                client.sendCustomAction(action, widgetItem.id, { streaming: options?.streaming })
              }
              onError={(error) => callbacks.current.onError?.({ error: error instanceof Error ? error : new Error(String(error)) })}
            />
          </div>
        );
      case "structured_input":
        return (
          <div className="cw-message cw-message--assistant">
            <StructuredInputView
              item={item}
              disabled={responding}
              onSubmit={(submission) => client.addStructuredInput(item.id, submission).catch(() => undefined)}
            />
          </div>
        );
      case "workflow":
        return <WorkflowView item={item} streaming={streamingIds.includes(item.id)} onDeeplink={onDeeplink} />;
      case "task":
        return <TaskView task={item.task} onDeeplink={onDeeplink} />;
      case "generated_image":
        return <GeneratedImageView item={item} streaming={streamingIds.includes(item.id)} />;
      default:
        // Client tool calls run in the background; end_of_turn and hidden context are never shown.
        return null;
    }
  };

  const renderActions = (turn: ResponseTurn): ReactNode => {
    const busy = responding && turn.last === state.items.at(-1)?.id;
    if (busy || !turn.copyText) return null;
    return (
      <MessageActions
        copyText={turn.copyText}
        disabled={responding}
        onFeedback={threadItemActions?.feedback ? (kind) => client.sendFeedback(turn.itemIds, kind) : undefined}
        onRetry={
          threadItemActions?.retry && turn.userMessageId
            ? () => {
                // The response with the Retry button goes away: focus moves to the message field, not to the page.
                composerRef.current?.focus();
                return client.retryAfterItem(turn.userMessageId!).catch(() => undefined);
              }
            : undefined
        }
      />
    );
  };

  const selectThread = (thread: ThreadMetadata) => {
    openHistory(false, "composer");
    if (thread.id !== state.thread?.id) void openThread(thread.id);
  };

  // The thread's `allowed_image_domains` (chatkit-python's thread field) limits where attachment images load from.
  const allowedImageDomains = stringList((state.thread as { allowed_image_domains?: unknown } | null)?.allowed_image_domains);
  const attachmentsOption = composer?.attachments;
  const composerAttachments: ComposerAttachmentsOption | undefined = useMemo(
    () =>
      attachmentsOption && attachmentsOption.enabled !== false
        ? {
            ...attachmentsOption,
            upload: (file, { onProgress, signal }) => client.createAttachment(file, { onProgress, signal }),
            remove: (attachment) => client.deleteAttachment(attachment.id),
          }
        : undefined,
    [attachmentsOption, client],
  );
  const serverError = state.serverError;
  const failure = state.error;
  return (
    <section
      className={["cw-root", "cw-thread", className].filter(Boolean).join(" ")}
      data-cw-theme={theme}
      aria-label="Chat"
    >
      {historyEnabled && (
        <header className="cw-thread__header">
          <button
            ref={historyButtonRef}
            type="button"
            className="cw-thread__header-button"
            aria-expanded={historyOpen}
            onClick={() => openHistory(!historyOpen)}
          >
            <ComposerIcon glyph="history" />
            <span>History</span>
          </button>
          <span className="cw-thread__title">{historyOpen ? "Chats" : state.thread ? threadTitleOf(state.thread) : ""}</span>
          <button
            type="button"
            className="cw-thread__header-button"
            onClick={() => {
              openHistory(false);
              void openThread(null);
              composerRef.current?.focus();
            }}
          >
            <ComposerIcon glyph="new-chat" />
            <span>New chat</span>
          </button>
        </header>
      )}
      {historyOpen && (
        <ThreadList
          client={client}
          currentThreadId={state.thread?.id ?? null}
          onSelect={selectThread}
          showRename={history?.showRename ?? true}
          showDelete={history?.showDelete ?? true}
        />
      )}
      {/* The thread stays mounted under the history (its scroll position and the composer's draft survive). */}
      <div className="cw-thread__body" hidden={historyOpen}>
      <div className="cw-thread__scroll">
        {state.items.length === 0 && !responding && <p className="cw-thread__greeting">{greeting}</p>}
        <div className="cw-thread__items" role="log" aria-label="Messages" aria-busy={responding}>
          {state.items.filter(isShownItem).map((item) => (
            <div key={item.id} className="cw-thread__item" data-item-type={item.type}>
              <SpeakerLabel type={item.type} />
              {renderItem(item as ThreadItem)}
              {turns.get(item.id) && renderActions(turns.get(item.id)!)}
            </div>
          ))}
        </div>
        {state.progress && (
          <div className="cw-thread__progress" role="status">
            {state.progress.text}
          </div>
        )}
        {state.notices.map((notice, index) => (
          <div key={index} className="cw-thread__notice" data-level={notice.level} role={notice.level === "danger" ? "alert" : "status"}>
            {notice.title && <strong>{notice.title}</strong>}
            <Markdown value={notice.message} />
          </div>
        ))}
        {(serverError || failure) && (
          <div className="cw-thread__error" role="alert">
            {serverError?.message ?? (serverError ? "Something went wrong." : (failure?.message ?? "Request failed."))}
          </div>
        )}
        <div ref={endRef} />
      </div>
      <Composer
        ref={composerRef}
        onSend={send}
        placeholder={composer?.placeholder}
        tools={composer?.tools}
        models={composer?.models}
        onTagSearch={entities?.onTagSearch}
        commands={commands}
        attachments={composerAttachments}
        showComposerMenu={entities?.showComposerMenu}
        busy={responding}
        disabled={state.thread?.status?.type === "locked" || state.thread?.status?.type === "closed"}
      />
      </div>
    </section>
  );
});

function threadTitleOf(thread: ThreadMetadata): string {
  return thread.title?.trim() || "New chat";
}

/** An assistant response: the items after a user message, up to the next one. */
interface ResponseTurn {
  /** The user message it answers (retry target); null for a response with no user message before it. */
  userMessageId: string | null;
  /** Assistant messages and widgets of the response (the `items.feedback` ids). */
  itemIds: string[];
  /** Text of its assistant messages and widgets' `copy_text`, blank-line separated. */
  copyText: string;
  /** The id of its last shown item, under which the actions go. */
  last: string;
}

/** The responses of a thread, keyed by the id of each one's last shown item (where its actions are drawn). */
function responseTurns(items: readonly ThreadItem[]): Map<string, ResponseTurn> {
  const turns = new Map<string, ResponseTurn>();
  let turn: ResponseTurn | null = null;
  const close = () => {
    if (turn && turn.itemIds.length > 0) turns.set(turn.last, turn);
    turn = null;
  };
  let userMessageId: string | null = null;
  for (const item of items) {
    if (item.type === "user_message") {
      close();
      userMessageId = item.id;
      continue;
    }
    if (!isShownItem(item) || item.type === "client_tool_call") continue;
    turn ??= { userMessageId, itemIds: [], copyText: "", last: item.id };
    turn.last = item.id;
    const text =
      item.type === "assistant_message" ? item.content.map((part) => part.text).join("\n\n") : item.type === "widget" ? (item.copy_text ?? "") : null;
    if (text !== null) {
      turn.itemIds.push(item.id);
      if (text) turn.copyText = turn.copyText ? `${turn.copyText}\n\n${text}` : text;
    }
  }
  close();
  return turns;
}

/**
 * Who said an item, read before it in the log ("You said:", "Assistant said:") and not shown: the thread tells
 * speakers apart by layout alone. Items this surface does not draw get no label.
 */
export function speakerOf(type: string): string | undefined {
  if (type === "user_message") return "You said:";
  if (type === "assistant_message" || type === "widget") return "Assistant said:";
  return undefined;
}

function SpeakerLabel({ type }: { type: string }) {
  const speaker = speakerOf(type);
  return speaker ? <span className={`cw-thread__speaker ${VISUALLY_HIDDEN_CLASS}`}>{speaker} </span> : null;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : undefined;
}
