// Shared by the server security tests: one way to send a request through the Fetch handler and the same
// request through Node's http server with the Node adapter (port 0), answering status and body text.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatKitHandler } from "../../src/server";
import { toNodeHandler } from "../../src/server/node";

export interface Sent {
  status: number;
  text: string;
  headers: Record<string, string>;
}

export interface Transport {
  name: string;
  send(body: unknown, headers?: Record<string, string>): Promise<Sent>;
  close(): Promise<void>;
}

const bodyText = (body: unknown) => (typeof body === "string" ? body : JSON.stringify(body));

export function fetchTransport(handler: ChatKitHandler): Transport {
  return {
    name: "Fetch handler",
    async send(body, headers = {}) {
      const response = await handler(
        new Request("http://localhost/chatkit", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: bodyText(body),
        }),
      );
      return { status: response.status, text: await response.text(), headers: Object.fromEntries(response.headers) };
    },
    async close() {},
  };
}

export async function nodeTransport(handler: ChatKitHandler): Promise<Transport & { server: Server; port: number }> {
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    name: "Node adapter",
    server,
    port,
    send(body, headers = {}) {
      return sendRaw(port, bodyText(body), { "content-type": "application/json", ...headers });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * POSTs `body` with node:http (so headers such as content-length are exactly as given). `chunks` sends the
 * body in pieces with chunked transfer encoding (no content-length at all).
 */
export function sendRaw(port: number, body: string | Buffer | Buffer[], headers: Record<string, string>): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/chatkit", method: "POST", headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(parts).toString("utf8"),
          headers: Object.fromEntries(Object.entries(res.headers).map(([key, value]) => [key, String(value)])),
        }),
      );
      res.on("error", reject);
    });
    // The server may close the connection after refusing an oversized upload: that is expected.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    if (Array.isArray(body)) {
      let index = 0;
      const writeNext = () => {
        while (index < body.length) {
          if (!req.write(body[index++])) return void req.once("drain", writeNext);
        }
        req.end();
      };
      writeNext();
    } else req.end(body);
  });
}
