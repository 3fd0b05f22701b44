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
import { toContent, type ComposerMessage, type Entity, type EntityHandlers, type UserMessageContentInput } from "./content";
import type { ModelOption, ToolOption } from "./ToolPicker";
import { UserMessage } from "./UserMessage";

export interface ChatThreadProps {
  /** The ChatKit endpoint: `url`, and optionally a `fetch` (e.g. an in-process handler) and `headers`. */
  api: Pick<ChatKitClientOptions, "url" | "fetch" | "headers" | "metadata">;
  composer?: { placeholder?: string; tools?: ToolOption[]; models?: ModelOption[] };
  entities?: EntityHandlers & { onTagSearch?: (query: string) => Promise<Entity[]>; showComposerMenu?: boolean };
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
  { api, composer, entities, widgets, onEffect, onError, onDeeplink, theme, greeting = "What can I help with today?", className },
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
              <SpeakerLabel type={item.type} />
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
        showComposerMenu={entities?.showComposerMenu}
        busy={responding}
        disabled={state.thread?.status?.type === "locked" || state.thread?.status?.type === "closed"}
      />
    </section>
  );
});

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
  return speaker ? <span className="cw-thread__speaker">{speaker} </span> : null;
}
