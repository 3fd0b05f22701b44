// SSE framing of ChatKit streams (WIDGET-SPEC §6.2): `data: <compact JSON>\n\n`, no `event:`/`id:` lines.
import type { ThreadStreamEvent } from "../protocol/types";
import { nestsDeeperThan } from "../schema/limits";

/**
 * Deepest JSON nesting `toWireJson` serialises (a widget within its event and item adds a few levels to the
 * widget limit of 1,000). Deeper values throw a `RangeError` naming the limit instead of overflowing the stack.
 */
export const WIRE_MAX_NESTING = 1_100;

const encoder = new TextEncoder();

/** One event as its SSE frame. JSON never contains a raw newline, so one `data:` line always suffices. */
export function encodeSseEvent(event: ThreadStreamEvent): string {
  return `data: ${toWireJson(event)}\n\n`;
}

/**
 * Compact JSON without null fields: chatkit-python serialises with exclude_none, so null and absent agree.
 * Throws a `RangeError` for values nested deeper than `WIRE_MAX_NESTING` levels.
 */
export function toWireJson(value: unknown): string {
  if (nestsDeeperThan(value, WIRE_MAX_NESTING)) {
    throw new RangeError(`Cannot send a value nested deeper than ${WIRE_MAX_NESTING} levels.`);
  }
  return JSON.stringify(value, dropNull);
}

function dropNull(_key: string, value: unknown): unknown {
  return value === null ? undefined : value;
}

export const SSE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  // Asks reverse proxies (nginx) not to buffer the stream.
  "x-accel-buffering": "no",
};

/**
 * A byte stream of SSE frames pulled from `events` one at a time (so a slow reader slows the producer);
 * cancelling the stream (client gone) returns the iterator, which runs the producer's `finally` blocks.
 */
export function sseStream(events: AsyncIterable<ThreadStreamEvent>): ReadableStream<Uint8Array> {
  const iterator = events[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(encodeSseEvent(value)));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
