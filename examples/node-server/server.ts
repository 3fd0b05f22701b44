// A ChatKit backend in plain Node: the server kit behind `chat-widgets/server/node`, threads kept in a SQLite
// file by `chat-widgets/server/sqlite`. Start it with `npm run example:server` (see README.md next to this file).
//
// Environment: PORT (default 8787; 0 picks a free port), HOST (default 127.0.0.1), CHATKIT_DB (default
// examples/node-server/chatkit.db). The user is read from an `x-user-id` header: a stand-in for real
// authentication, so that each user sees only their own threads.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createChatKitHandler, events, streamAssistantMessage } from "chat-widgets/server";
import { toNodeHandler } from "chat-widgets/server/node";
import { createSqliteStore } from "chat-widgets/server/sqlite";

type User = { userId: string };

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? "127.0.0.1";
const file = process.env.CHATKIT_DB ?? path.join(here, "chatkit.db");

const store = createSqliteStore<User>({ database: file, ownerKey: (user) => user.userId });

const handler = createChatKitHandler<User>({
  store,
  context(request) {
    const userId = request.headers.get("x-user-id");
    // Throwing a Response answers with it: no user, no threads.
    if (!userId) throw Response.json({ error: "Send an x-user-id header." }, { status: 401 });
    return { userId };
  },
  async *respond(thread, message) {
    const text = message.content.map((part) => ("text" in part ? part.text : "")).join(" ");
    yield events.progress("Thinking…");
    // A stand-in for a model: the reply streams word by word.
    yield* streamAssistantMessage(`You said: “${text}”. This thread is kept in ${path.basename(file)}.`.split(/(?<= )/));
    if (thread.title === null) thread.title = text.slice(0, 60);
  },
  async *action(_thread, action) {
    yield events.assistantMessage(`Action ${action.type} received.`);
  },
  onError: (error) => console.error(error),
});

const server = createServer((request, response) => {
  if (new URL(request.url ?? "/", "http://localhost").pathname !== "/chatkit") {
    response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "POST ChatKit requests to /chatkit." }));
    return;
  }
  void toNodeHandler(handler)(request, response);
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`ChatKit server listening on http://${host}:${actual}/chatkit (threads in ${file})`);
});

function shutDown() {
  server.close(() => {
    store.close();
    process.exit(0);
  });
  server.closeAllConnections();
}
process.once("SIGINT", shutDown);
process.once("SIGTERM", shutDown);
