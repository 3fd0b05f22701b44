import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, type ReactNode } from "react";
import { Markdown, type DeeplinkHandler } from "../components/Markdown";
import {
  createChatKitClient,
  type ChatKitClient,
  type ChatKitClientOptions,
  type ThreadItem,
} from "../protocol";
import { useChatKitThread } from "../protocol/react";
import { WidgetRenderer, type WidgetRendererProps } from "../renderer";
import { Composer, type ComposerHandle, type ComposerValue } from "./Composer";
import { toContent, type CommandsOption, type ComposerMessage, type Entity, type EntityHandlers, type UserMessageContentInput } from "./content";
import type { ModelOption, ToolOption } from "./ToolPicker";
import type { ComposerAttachmentsOption } from "./attachments";
import { UserMessage } from "./UserMessage";

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
}

/**
 * A self-hosted ChatKit chat: the thread (user messages with tags, assistant Markdown, widgets), progress, notices
 * and errors, and the composer, talking to a ChatKit-protocol server through `createChatKitClient`.
 */
export const ChatThread = forwardRef<ChatThreadHandle, ChatThreadProps>(function ChatThread(
  { api, composer, entities, commands, widgets, onEffect, onError, onDeeplink, theme, greeting = "What can I help with today?", className },
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
  const responding = state.status === "streaming";

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
  }));

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
      default:
        // Workflow, client tool calls, images and structured input are not shown by this surface yet.
        return null;
    }
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
      <div className="cw-thread__scroll">
        {state.items.length === 0 && !responding && <p className="cw-thread__greeting">{greeting}</p>}
        <div className="cw-thread__items" role="log" aria-label="Messages" aria-busy={responding}>
          {state.items.map((item) => (
            <div key={item.id} className="cw-thread__item" data-item-type={item.type}>
              {renderItem(item as ThreadItem)}
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
    </section>
  );
});

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : undefined;
}
