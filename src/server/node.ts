// Adapter from a Fetch-API ChatKit handler to Node's `http.createServer` callback. SSE bodies are written
// chunk by chunk as the handler produces them (no buffering), and a client that disconnects cancels the stream.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatKitHandler } from "./handler";

export interface NodeHandlerOptions {
  /** Used to build absolute request URLs; defaults to `http://<Host header>`. */
  origin?: string;
}

/**
 * `(req, res)` for `http.createServer` (or Express/Connect) around a Fetch ChatKit handler. The request body
 * is handed over as a stream, never buffered here, so the handler's `maxBodyBytes` counts the bytes as they
 * arrive; when the handler stops reading early (413), the response closes the connection instead of
 * draining the rest of an oversized upload.
 */
export function toNodeHandler(handler: ChatKitHandler, options: NodeHandlerOptions = {}) {
  return async function nodeChatKitHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) abort.abort();
    });
    const body = { abandoned: false };
    let response: Response;
    try {
      response = await handler(toRequest(req, abort.signal, options.origin, body));
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json", ...(body.abandoned ? { connection: "close" } : {}) });
        res.end(JSON.stringify({ error: "Internal server error" }));
      } else {
        res.destroy(error instanceof Error ? error : undefined);
      }
      return;
    }
    await writeResponse(response, res, abort.signal, body.abandoned);
  };
}

function toRequest(req: IncomingMessage, signal: AbortSignal, origin: string | undefined, body: { abandoned: boolean }): Request {
  const url = new URL(req.url ?? "/", origin ?? `http://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index], req.rawHeaders[index + 1]);
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers, signal });
  return new Request(url, { method, headers, body: bodyStream(req, body), signal, duplex: "half" } as RequestInit);
}

/** `req` as a pull stream: reads only as fast as the handler consumes, and stops (without draining) on cancel. */
function bodyStream(req: IncomingMessage, body: { abandoned: boolean }): ReadableStream<Uint8Array> {
  const iterator = req[Symbol.asyncIterator]();
  let finished = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          finished = true;
          controller.close();
        } else controller.enqueue(typeof value === "string" ? new TextEncoder().encode(value) : new Uint8Array(value as Uint8Array));
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      // The handler has read enough (e.g. past its body limit): stop reading; the response then closes the
      // connection, so the rest of the upload is never read.
      if (!finished) body.abandoned = true;
      req.pause();
    },
  }, { highWaterMark: 0 });
}

async function writeResponse(response: Response, res: ServerResponse, signal: AbortSignal, closeConnection: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  if (closeConnection) headers.connection = "close";
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  res.writeHead(response.status, response.statusText, headers);
  if (!response.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once("drain", resolve).once("close", resolve));
      if (signal.aborted) return;
    }
    res.end();
  } catch {
    // The client left or the body failed: nothing more can be sent.
    res.destroy();
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
