// The PostgreSQL store (chat-widgets/server/postgres) against a real server, with the shared store contract
// plus what several server instances need. Connection: CHAT_WIDGETS_PG_URL (`.ci/run` starts a server and sets
// it; `.ci/postgres` does that alone), else a local default. Without the variable and without a reachable
// server the tests are skipped with a message saying so; with the variable set, an unreachable server fails.
// Each run works in its own schema (dropped at the end) and each test in its own table prefix, so runs in
// parallel do not meet.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatKitHandler, events } from "../../src/server";
import { createPostgresStore, type PostgresStore } from "../../src/server/postgres";
import { describeOwnerKeyRules, describeStoreConformance, message, thread } from "./store-conformance";

type Context = { userId: string };
const ownerKey = (context: Context) => context.userId;
const alice = { userId: "alice" };

const configured = process.env.CHAT_WIDGETS_PG_URL;
const url = configured ?? "postgresql://chat_widgets:chat_widgets@127.0.0.1:5432/chat_widgets_test";
const schema = `cw_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
let prefixes = 0;
const nextPrefix = () => `t${prefixes++}_`;

async function unreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await unreachable();

if (problem !== null && configured === undefined) {
  const reason =
    `no PostgreSQL server at ${url.replace(/:[^:@/]*@/, ":***@")} (${problem}); ` +
    "set CHAT_WIDGETS_PG_URL, or run `export CHAT_WIDGETS_PG_URL=\"$(.ci/postgres)\"` (Debian) to start one";
  console.warn(`PostgreSQL store tests skipped: ${reason}`);
  describe.skip(`PostgreSQL store: skipped, ${reason}`, () => {
    it("runs the store conformance suite", () => undefined);
  });
} else if (problem !== null) {
  describe("PostgreSQL store", () => {
    it("reaches the server named by CHAT_WIDGETS_PG_URL", () => {
      throw new Error(`CHAT_WIDGETS_PG_URL is set but the server cannot be reached: ${problem}`);
    });
  });
} else {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  beforeAll(async () => {
    await pool.query(`CREATE SCHEMA "${schema}"`);
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  // One set of tables for the whole suite (creating tables is the slow part); each test gets owners of its
  // own, which the store keeps apart as it keeps users apart.
  const conformancePrefix = nextPrefix();
  let runs = 0;
  describeStoreConformance("PostgreSQL store (pg.Pool)", async () => {
    const store = await createPostgresStore<Context>({ pool, schema, tablePrefix: conformancePrefix, ownerKey });
    const run = runs++;
    return { store, contextFor: (userId) => ({ userId: `${userId}#${run}` }) };
  });

  describeOwnerKeyRules("PostgreSQL store", (key) => createPostgresStore({ pool, schema, tablePrefix: nextPrefix(), ownerKey: key }));

  describe("createPostgresStore", () => {
    it("serves several instances from one database: each sees what the others wrote, and one id is created once", async () => {
      const tablePrefix = nextPrefix();
      // Three instances starting at once, each with its own pool (as separate processes would).
      const instances = await Promise.all(
        [0, 1, 2].map(() => createPostgresStore<Context>({ connectionString: url, schema, tablePrefix, ownerKey })),
      );
      try {
        const [one, two, three] = instances;
        const shared = thread(undefined, "From one");
        await one.createThread(shared, alice);
        await two.saveItem(shared.id, message(shared.id, "from two"), alice);
        expect(await three.loadThread(shared.id, alice)).toEqual(shared);
        expect((await three.loadItems(shared.id, { limit: 5, order: "asc" }, alice)).data).toHaveLength(1);

        const contested = thread().id;
        const results = await Promise.allSettled(instances.map((store, index) => store.createThread(thread(contested, `by ${index}`), alice)));
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      } finally {
        await Promise.all(instances.map((store) => store.close()));
      }
    });

    it("treats an item saved into a thread deleted meanwhile as not found", async () => {
      const store = await createPostgresStore<Context>({ pool, schema, tablePrefix: nextPrefix(), ownerKey });
      const doomed = thread();
      await store.createThread(doomed, alice);
      const writes = Array.from({ length: 20 }, (_, index) => store.saveItem(doomed.id, message(doomed.id, `m${index}`), alice));
      await store.deleteThread(doomed.id, alice);
      for (const result of await Promise.allSettled(writes)) {
        if (result.status === "rejected") expect(result.reason?.name).toBe("StoreNotFoundError");
      }
      expect((await store.loadItems(doomed.id, { limit: 50, order: "asc" }, alice)).data).toEqual([]);
      const left = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."${"t" + (prefixes - 1)}_items"`);
      expect(left.rows[0].n).toBe(0);
    });

    it("finds no id holding U+0000 (text cannot store it) and refuses to save one; the handler answers 404", async () => {
      const store = await createPostgresStore<Context>({ pool, schema, tablePrefix: nextPrefix(), ownerKey });
      const nul = "thr_\u0000";
      expect(await store.loadThread(nul, alice)).toBeNull();
      expect(await store.loadItems(nul, { limit: 5, order: "asc", after: "x\u0000" }, alice)).toEqual({ data: [], has_more: false, after: null });
      expect(await store.loadItem(nul, "msg_\u0000", alice)).toBeNull();
      await store.deleteThread(nul, alice);
      await expect(store.createThread(thread(nul), alice)).rejects.toBeInstanceOf(RangeError);
      await expect(store.loadThread("thr_x", { userId: "al\u0000ice" })).rejects.toThrow(/U\+0000/);

      const handler = createChatKitHandler<Context>({
        store,
        context: () => alice,
        async *respond() {
          yield events.assistantMessage("Stored in PostgreSQL.");
        },
        async *action() {},
      });
      const post = (body: unknown) =>
        handler(new Request("http://localhost/chatkit", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
      const created = await post({ type: "threads.create", params: { input: { content: [{ type: "input_text", text: "Hi" }], attachments: [], inference_options: {} } } });
      const threadId = /"thread":\{[^}]*?"id":"(thr_[0-9a-f]+)"/.exec(await created.text())?.[1];
      expect(threadId).toBeDefined();
      const loaded = (await (await post({ type: "threads.get_by_id", params: { thread_id: threadId } })).json()) as { items: { data: { type: string }[] } };
      expect(loaded.items.data.map((item) => item.type)).toEqual(["user_message", "assistant_message"]);
      expect((await post({ type: "threads.get_by_id", params: { thread_id: nul } })).status).toBe(404);
    });

    it("creates its schema and prefixed tables, recording the schema version", async () => {
      const own = `${schema}_own`;
      const store: PostgresStore = await createPostgresStore({ pool, schema: own, tablePrefix: "app_" });
      try {
        const { rows } = await pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", [own]);
        expect(rows.map((row) => row.table_name)).toEqual(["app_attachments", "app_items", "app_meta", "app_threads"]);
        expect((await pool.query(`SELECT value FROM "${own}".app_meta WHERE key = 'schema_version'`)).rows).toEqual([{ value: "1" }]);
      } finally {
        await store.close();
        await pool.query(`DROP SCHEMA "${own}" CASCADE`);
      }
    });

    it("refuses tables written by a newer schema version instead of misreading them", async () => {
      const tablePrefix = nextPrefix();
      await createPostgresStore({ pool, schema, tablePrefix });
      await pool.query(`UPDATE "${schema}"."${tablePrefix}meta" SET value = '2' WHERE key = 'schema_version'`);
      await expect(createPostgresStore({ pool, schema, tablePrefix })).rejects.toThrow(/schema version 2, newer than/);
    });

    it("refuses bad options with a TypeError before connecting", async () => {
      await expect(createPostgresStore({})).rejects.toThrow(TypeError);
      await expect(createPostgresStore({ pool, connectionString: url })).rejects.toThrow(TypeError);
      await expect(createPostgresStore({ pool, tablePrefix: 'x"; DROP SCHEMA public; --' })).rejects.toThrow(TypeError);
      await expect(createPostgresStore({ pool, schema: "" })).rejects.toThrow(TypeError);
    });
  });
}
