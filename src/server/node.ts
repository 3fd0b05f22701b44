// Adapter from a Fetch-API ChatKit handler to Node's `http.createServer` callback. SSE bodies are written
// chunk by chunk as the handler produces them (no buffering), and a client that disconnects cancels the stream.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatKitHandler } from "./handler";

export interface NodeHandlerOptions {
  /** Used to build absolute request URLs; defaults to `http://<Host header>`. */
  origin?: string;
}

export function toNodeHandler(handler: ChatKitHandler, options: NodeHandlerOptions = {}) {
  return async function nodeChatKitHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) abort.abort();
    });
    let response: Response;
    try {
      response = await handler(await toRequest(req, abort.signal, options.origin));
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "Internal server error" }));
      } else {
        res.destroy(error instanceof Error ? error : undefined);
      }
      return;
    }
    await writeResponse(response, res, abort.signal);
  };
}

async function toRequest(req: IncomingMessage, signal: AbortSignal, origin: string | undefined): Promise<Request> {
  const url = new URL(req.url ?? "/", origin ?? `http://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index], req.rawHeaders[index + 1]);
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers, signal });
  // ChatKit request bodies are small JSON documents: read them whole.
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  return new Request(url, { method, headers, body: concat(chunks), signal });
}

async function writeResponse(response: Response, res: ServerResponse, signal: AbortSignal): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
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

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
