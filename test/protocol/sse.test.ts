import { describe, expect, it } from "vitest";
import { ChatKitError } from "../../src/protocol/errors";
import { parseStreamEvent, readSseFrames, readThreadEvents } from "../../src/protocol/sse";

const encoder = new TextEncoder();

function streamOf(chunks: (string | Uint8Array)[], { error }: { error?: Error } = {}): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      if (error) controller.error(error);
      else controller.close();
    },
  });
}

async function frames(body: ReadableStream<Uint8Array>) {
  const out: string[] = [];
  for await (const frame of readSseFrames(body)) out.push(frame.data);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<ChatKitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ChatKitError);
  return error as ChatKitError;
}

const progress = '{"type":"progress_update","text":"Searching"}';
const effect = '{"type":"client_effect","name":"highlight","data":{"i":1}}';

describe("readSseFrames", () => {
  it("splits data frames on blank lines", async () => {
    expect(await frames(streamOf([`data: ${progress}\n\ndata: ${effect}\n\n`]))).toEqual([progress, effect]);
  });

  it("reassembles frames split at every possible byte", async () => {
    const text = `data: ${progress}\n\ndata: ${effect}\n\n`;
    const bytes = encoder.encode(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await frames(streamOf([bytes.slice(0, cut), bytes.slice(cut)]))).toEqual([progress, effect]);
    }
  });

  it("keeps multi-byte characters split across chunks intact", async () => {
    const payload = '{"type":"progress_update","text":"Café ☕"}';
    const bytes = encoder.encode(`data: ${payload}\n\n`);
    const coffee = bytes.indexOf(0xe2);
    expect(await frames(streamOf([bytes.slice(0, coffee + 1), bytes.slice(coffee + 1)]))).toEqual([payload]);
  });

  it("accepts CRLF and lone CR line ends, also with the CR and LF in different chunks", async () => {
    expect(await frames(streamOf([`data: ${progress}\r\n\r\ndata: ${effect}\r\r`]))).toEqual([progress, effect]);
    expect(await frames(streamOf([`data: ${progress}\r`, `\n\r`, `\n`]))).toEqual([progress]);
  });

  it("ignores comments, id/retry/unknown fields and a byte-order mark; joins multi-line data", async () => {
    const body = streamOf(["\uFEFF: keep-alive\n\n", "id: 7\nretry: 100\nfoo: bar\ndata:{\"a\":\ndata: 1}\n\n"]);
    expect(await frames(body)).toEqual(['{"a":\n1}']);
  });

  it("reports an event cut off by the end of the body as a stream error", async () => {
    const error = await failure(frames(streamOf([`data: ${progress}\n\ndata: {"type":"pro`])));
    expect(error.kind).toBe("stream");
    expect(error.message).toMatch(/ended in the middle of an event/);
  });

  it("reports a broken connection as a stream error carrying the cause", async () => {
    const cause = new TypeError("terminated");
    const error = await failure(frames(streamOf([`data: ${progress}\n\n`], { error: cause })));
    expect(error.kind).toBe("stream");
    expect(error.cause).toBe(cause);
  });
});

describe("parseStreamEvent", () => {
  it("parses known events", () => {
    expect(parseStreamEvent(effect)).toEqual({ type: "client_effect", name: "highlight", data: { i: 1 } });
  });

  it("skips event types this client does not know", () => {
    expect(parseStreamEvent('{"type":"thread.future_event","x":1}')).toBeNull();
  });

  it("throws a malformed error for invalid JSON, a missing type, or a known type with a bad shape", () => {
    const cases = ['{"type":"notice",', '{"level":"info"}', '{"type":"notice","level":"loud","message":"m"}'];
    const messages = cases.map((data) => {
      try {
        parseStreamEvent(data);
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(ChatKitError);
        expect((error as ChatKitError).kind).toBe("malformed");
        return (error as Error).message;
      }
    });
    expect(messages[0]).toMatch(/not valid JSON/);
    expect(messages[1]).toMatch(/no "type"/);
    expect(messages[2]).toBe('Malformed "notice" event: level: expected "info" | "warning" | "danger"');
  });
});

describe("readThreadEvents", () => {
  it("yields parsed events and stops at the first malformed one", async () => {
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const event of readThreadEvents(streamOf([`data: ${progress}\n\n`, "data: not json\n\n", `data: ${effect}\n\n`]))) {
          seen.push(event.type);
        }
      })(),
    );
    expect(seen).toEqual(["progress_update"]);
    expect(error.kind).toBe("malformed");
  });
});
