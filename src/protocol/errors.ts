/**
 * Why a ChatKit request failed:
 * - `http`: the server answered with an error status (`status` is set);
 * - `stream`: the connection broke, the stream ended before its items were done, or it ended without the
 *   thread or user message a `threads.create` / `threads.add_user_message` response owes;
 * - `malformed`: a frame was not JSON or not a known event shape;
 * - `timeout`: no bytes arrived for `timeoutMs`;
 * - `server`: the server sent an `error` event (`code`, `allowRetry` set);
 * - `busy`: a streaming request was started while another stream was running;
 * - `no_thread`: the request needs a thread and none is loaded;
 * - `client_tool`: the server asked for a client tool that has no handler, or the handler threw.
 */
export type ChatKitErrorKind = "http" | "stream" | "malformed" | "timeout" | "server" | "busy" | "no_thread" | "client_tool";

export interface ChatKitErrorDetails {
  status?: number;
  code?: string;
  allowRetry?: boolean;
  cause?: unknown;
}

export class ChatKitError extends Error {
  override readonly name = "ChatKitError";
  readonly kind: ChatKitErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly allowRetry?: boolean;

  constructor(kind: ChatKitErrorKind, message: string, details: ChatKitErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.code !== undefined) this.code = details.code;
    if (details.allowRetry !== undefined) this.allowRetry = details.allowRetry;
  }
}

export function isChatKitError(value: unknown): value is ChatKitError {
  return value instanceof ChatKitError;
}
