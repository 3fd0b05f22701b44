// Server-sent events reader for ChatKit streams (WIDGET-SPEC §6.2). ChatKit only sends `data:` frames, but the
// reader follows the SSE line rules so proxies that add comments, CRLF line ends or re-chunk the body still work.
import { ChatKitError } from "./errors";
import { THREAD_STREAM_EVENT_TYPES, ThreadStreamEventSchema, describeIssues, type ThreadStreamEvent } from "./types";

export interface SseFrame {
  /** The `data:` lines of one event joined with "\n". */
  data: string;
  /** The `event:` field when a server sends one (ChatKit does not). */
  event?: string;
}

export interface ReadSseOptions {
  /** Called for every chunk received, e.g. to reset an inactivity timer. */
  onChunk?: () => void;
  /**
   * Stops reading and throws `signal.reason`. Needed when the body does not come from the network
   * (an in-process `fetch`), where aborting the request would not end a pending read.
   */
  signal?: AbortSignal;
}

/**
 * Yields one frame per blank-line-terminated event. Bytes after the last blank line when the body ends are an
 * unfinished event: that means the stream was cut, so it throws a `ChatKitError` of kind `stream`.
 */
export async function* readSseFrames(body: ReadableStream<Uint8Array>, options: ReadSseOptions = {}): AsyncGenerator<SseFrame> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  let event: string | undefined;
  let sawField = false;
  let first = true;
  let finished = false;
  const onAbort = () => void reader.cancel(options.signal?.reason).catch(() => undefined);
  options.signal?.addEventListener("abort", onAbort, { once: true });

  // Dispatches complete lines from `buffer`; a trailing "\r" waits for the next chunk since "\n" may follow it.
  function* takeLines(final: boolean): Generator<SseFrame> {
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      if (!match) return;
      if (match[0] === "\r" && match.index === buffer.length - 1 && !final) return;
      const line = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      if (line === "") {
        if (data.length > 0) yield event === undefined ? { data: data.join("\n") } : { data: data.join("\n"), event };
        data = [];
        event = undefined;
        sawField = false;
        continue;
      }
      if (line.startsWith(":")) continue; // comment / keep-alive
      sawField = true;
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "data") data.push(value);
      else if (field === "event") event = value;
      // `id:` and `retry:` have no meaning for ChatKit; ignored like unknown fields.
    }
  }

  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (options.signal?.aborted) throw options.signal.reason;
      if (done) break;
      options.onChunk?.();
      let text = decoder.decode(value, { stream: true });
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      buffer += text;
      yield* takeLines(false);
    }
    buffer += decoder.decode();
    yield* takeLines(true);
    finished = true;
    if (buffer.length > 0 || sawField) {
      throw new ChatKitError("stream", "The event stream ended in the middle of an event.");
    }
  } catch (error) {
    if (error instanceof ChatKitError || (options.signal?.aborted && error === options.signal.reason)) throw error;
    throw new ChatKitError("stream", `The event stream broke: ${errorMessage(error)}`, { cause: error });
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    // Stops the download when the consumer leaves early (malformed event, timeout, abort).
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Parses one frame's data into a `ThreadStreamEvent`, or `null` for event types this client does not know. */
export function parseStreamEvent(data: string): ThreadStreamEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch (error) {
    throw new ChatKitError("malformed", `An event is not valid JSON: ${truncate(data)}`, { cause: error });
  }
  if (typeof json !== "object" || json === null || typeof (json as { type?: unknown }).type !== "string") {
    throw new ChatKitError("malformed", `An event has no "type": ${truncate(data)}`);
  }
  const type = (json as { type: string }).type;
  // Newer servers may send event types this client predates; skipping them keeps the stream usable.
  if (!KNOWN_EVENT_TYPES.has(type)) return null;
  const result = ThreadStreamEventSchema.safeParse(json);
  if (!result.success) {
    throw new ChatKitError("malformed", `Malformed "${type}" event: ${describeIssues(result.error.issues)}`);
  }
  return result.data;
}

/** The ChatKit events of an SSE body, in order; unknown event types are skipped. */
export async function* readThreadEvents(body: ReadableStream<Uint8Array>, options: ReadSseOptions = {}): AsyncGenerator<ThreadStreamEvent> {
  for await (const frame of readSseFrames(body, options)) {
    const event = parseStreamEvent(frame.data);
    if (event) yield event;
  }
}

const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set(THREAD_STREAM_EVENT_TYPES);

function truncate(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
