// `chat-widgets/server/postgres`: a ChatKitStore in PostgreSQL through node-postgres (`pg`, an optional peer
// dependency: only this entry point needs it, and it is loaded only when the store opens its own pool).
import type { Attachment, Page, ThreadItem, ThreadMetadata } from "../protocol/types";
import { ownerResolver, type OwnerKey } from "./owner";
import { checkIdentifier, decode, encode, pageSize, quote, SQL_SCHEMA_VERSION, toPage } from "./sql";
import { StoreConflictError, StoreNotFoundError, type ChatKitStore, type ListOptions } from "./store";

/** What a node-postgres query resolves to, as far as the store reads it. */
export interface PostgresQueryResult {
  rows: unknown[];
  rowCount: number | null;
}

/** The part of a node-postgres `PoolClient` the store uses. */
export interface PostgresClient {
  query(text: string, values?: unknown[]): Promise<PostgresQueryResult>;
  release(error?: Error | boolean): void;
}

/** The part of a node-postgres (^8) `Pool` the store uses; pass `new pg.Pool(…)`. */
export interface PostgresPool {
  query(text: string, values?: unknown[]): Promise<PostgresQueryResult>;
  connect(): Promise<PostgresClient>;
  end(): Promise<void>;
}

export interface PostgresStoreOptions<Context = unknown> {
  /** A `pg.Pool` the app made (the store never ends it). Give this or `connectionString`. */
  pool?: PostgresPool;
  /**
   * `postgresql://user:password@host:port/database`: the store makes its own `pg.Pool` (pg's defaults: at
   * most 10 connections) and ends it in `close()`.
   */
  connectionString?: string;
  /**
   * Schema of the tables, created if missing (the role then needs CREATE on the database). Default: none, so
   * the tables go where the connection's `search_path` puts them (usually `public`). Same rules as `tablePrefix`.
   */
  schema?: string;
  /** Prefix of the table names; default `"chatkit_"`. Letters, digits and `_`, at most 40 characters; a `TypeError` otherwise. */
  tablePrefix?: string;
  /**
   * Names the owner of a request's data from the app context (e.g. `(ctx) => ctx.userId`); see
   * `MemoryStoreOptions.ownerKey` for the default without it.
   */
  ownerKey?: OwnerKey<Context>;
}

/** A `ChatKitStore` whose data is kept in PostgreSQL. */
export interface PostgresStore<Context = unknown> extends ChatKitStore<Context> {
  /** Ends the pool if the store made it (from `connectionString`); does nothing for a pool the app passed. */
  close(): Promise<void>;
}

/**
 * A `ChatKitStore` in PostgreSQL (node-postgres ^8), for apps that run several server instances: every
 * instance opens the store on the same database and they share threads (no state is kept in the process).
 * Resolves once the tables exist.
 *
 * Schema and migration: creation takes a transaction-scoped advisory lock (so instances starting together
 * do not race), then creates, if missing (`<prefix>` = `tablePrefix`, in `schema` if given):
 * - `<prefix>threads (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT UNIQUE, owner TEXT,
 *   data TEXT)`, indexed by `(owner, seq)`;
 * - `<prefix>items (seq BIGINT … IDENTITY PRIMARY KEY, thread_id TEXT REFERENCES <prefix>threads (id) ON
 *   DELETE CASCADE, id TEXT, data TEXT, UNIQUE (thread_id, id))`, indexed by `(thread_id, seq)`;
 * - `<prefix>attachments (id TEXT PRIMARY KEY, owner TEXT, data TEXT)`;
 * - `<prefix>meta (key TEXT PRIMARY KEY, value TEXT)` holding `schema_version` (`SQL_SCHEMA_VERSION`, 1).
 * `data` is the value's JSON as `TEXT` (not `jsonb`, which refuses `\u0000` and reorders keys). `seq` gives the
 * insertion order that lists follow. A `schema_version` newer than this store knows rejects with an `Error`;
 * later versions migrate older tables in place under the same lock.
 *
 * Limits: pages hold at most `SQL_MAX_PAGE_SIZE` (1,000) entries, whatever `limit` asks; values nested deeper
 * than `SQL_MAX_NESTING` (1,100) levels are refused with a `RangeError`; a `TEXT` value holds at most 1 GB.
 *
 * Ids and owners are PostgreSQL `TEXT`, which cannot hold U+0000: an id with it is never found (reads give
 * null or an empty page, deletes do nothing) and saving one rejects with a `RangeError`; an `ownerKey` result
 * with it fails the request like any invalid owner. (Inside `data`, JSON escapes it, so values keep it.)
 *
 * Errors: `TypeError` for bad options (neither or both of `pool`/`connectionString`, a bad name); an `Error`
 * saying how to install `pg` when `connectionString` is given without it; otherwise as the `ChatKitStore`
 * contract says (`StoreConflictError`, `StoreNotFoundError`, ownerKey errors; a thread deleted by another
 * instance while an item is saved is `StoreNotFoundError` too). Connection and server errors (pg's
 * `DatabaseError` with its SQLSTATE `code`) reach the caller unchanged, and the handler answers 500.
 *
 * Every value is bound as a query parameter (`$1`, `$2`, …); only the checked schema and table names are
 * written into SQL text.
 */
export async function createPostgresStore<Context = unknown>(options: PostgresStoreOptions<Context>): Promise<PostgresStore<Context>> {
  if ((options.pool === undefined) === (options.connectionString === undefined)) {
    throw new TypeError("createPostgresStore: pass exactly one of pool (a pg.Pool) and connectionString.");
  }
  const prefix = checkIdentifier("createPostgresStore: tablePrefix", options.tablePrefix ?? "chatkit_", true);
  const schema = options.schema === undefined ? null : checkIdentifier("createPostgresStore: schema", options.schema, false);
  const resolveOwner = ownerResolver("createPostgresStore", options.ownerKey);
  const ownerOf = (context: Context) => {
    const owner = resolveOwner(context);
    if (owner.includes("\u0000")) throw new Error("createPostgresStore: ownerKey(context) must not contain U+0000 (PostgreSQL text cannot hold it).");
    return owner;
  };
  const table = (name: string) => (schema ? `${quote(schema)}.${quote(prefix + name)}` : quote(prefix + name));
  const threads = table("threads");
  const items = table("items");
  const attachments = table("attachments");
  const meta = table("meta");

  const owned = options.pool === undefined;
  const pool = options.pool ?? (await openPool(options.connectionString!));
  try {
    await migrate();
  } catch (error) {
    if (owned) await pool.end();
    throw error;
  }

  const ownsThread = `EXISTS (SELECT 1 FROM ${threads} WHERE id = ? AND owner = ?)`;
  const query = (source: string, values: unknown[]) => pool.query(numbered(source), values);

  async function list<T extends { id: string }>(from: string, scope: string, scopeParams: unknown[], cursorScope: string, cursorParams: unknown[], options: ListOptions): Promise<Page<T>> {
    const size = pageSize(options.limit);
    if (scopeParams.some(holdsNul) || (options.after && holdsNul(options.after))) return { data: [], has_more: false, after: null };
    const direction = options.order === "desc" ? "DESC" : "ASC";
    const after = options.after
      ? ` AND seq ${direction === "DESC" ? "<" : ">"} (SELECT seq FROM ${from} WHERE ${cursorScope} AND id = ?)`
      : "";
    const { rows } = await query(`SELECT data FROM ${from} WHERE ${scope}${after} ORDER BY seq ${direction} LIMIT ?`, [
      ...scopeParams,
      ...(options.after ? [...cursorParams, options.after] : []),
      size + 1,
    ]);
    return toPage<T>(rows as { data: string }[], size);
  }

  async function one<T>(source: string, values: unknown[]): Promise<T | null> {
    if (values.some(holdsNul)) return null;
    const { rows } = await query(source, values);
    return rows.length > 0 ? decode<T>((rows[0] as { data: string }).data) : null;
  }

  return {
    async close() {
      if (owned) await pool.end();
    },
    async loadThread(threadId, context) {
      return one<ThreadMetadata>(`SELECT data FROM ${threads} WHERE id = ? AND owner = ?`, [threadId, ownerOf(context)]);
    },
    async createThread(thread, context) {
      refuseNul("thread", thread.id);
      const { rowCount } = await query(`INSERT INTO ${threads} (id, owner, data) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`, [
        thread.id,
        ownerOf(context),
        encode(thread),
      ]);
      if (rowCount === 0) throw new StoreConflictError(`Thread ${thread.id} already exists.`);
    },
    async saveThread(thread, context) {
      refuseNul("thread", thread.id);
      const { rowCount } = await query(
        `INSERT INTO ${threads} AS t (id, owner, data) VALUES (?, ?, ?) ` +
          "ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data WHERE t.owner = EXCLUDED.owner",
        [thread.id, ownerOf(context), encode(thread)],
      );
      if (rowCount === 0) throw new StoreNotFoundError(`Thread ${thread.id} not found.`);
    },
    async listThreads(options, context) {
      const owner = ownerOf(context);
      return list<ThreadMetadata>(threads, "owner = ?", [owner], "owner = ?", [owner], options);
    },
    async deleteThread(threadId, context) {
      if (holdsNul(threadId)) return;
      // Its items go with it (ON DELETE CASCADE), in the same statement.
      await query(`DELETE FROM ${threads} WHERE id = ? AND owner = ?`, [threadId, ownerOf(context)]);
    },
    async loadItems(threadId, options, context) {
      const owner = ownerOf(context);
      return list<ThreadItem>(items, `thread_id = ? AND ${ownsThread}`, [threadId, threadId, owner], "thread_id = ?", [threadId], options);
    },
    async loadItem(threadId, itemId, context) {
      return one<ThreadItem>(`SELECT data FROM ${items} WHERE thread_id = ? AND id = ? AND ${ownsThread}`, [
        threadId,
        itemId,
        threadId,
        ownerOf(context),
      ]);
    },
    async saveItem(threadId, item, context) {
      refuseNul("thread", threadId);
      refuseNul("item", item.id);
      let rowCount: number | null;
      try {
        ({ rowCount } = await query(
          `INSERT INTO ${items} (thread_id, id, data) SELECT ?::text, ?::text, ?::text WHERE ${ownsThread} ` +
            "ON CONFLICT (thread_id, id) DO UPDATE SET data = EXCLUDED.data",
          [threadId, item.id, encode(item), threadId, ownerOf(context)],
        ));
      } catch (error) {
        // foreign_key_violation: the thread was deleted (by another request) between the check and the insert.
        if ((error as { code?: unknown }).code === "23503") rowCount = 0;
        else throw error;
      }
      if (rowCount === 0) throw new StoreNotFoundError(`Thread ${threadId} not found.`);
    },
    async deleteItem(threadId, itemId, context) {
      if (holdsNul(threadId) || holdsNul(itemId)) return;
      await query(`DELETE FROM ${items} WHERE thread_id = ? AND id = ? AND ${ownsThread}`, [threadId, itemId, threadId, ownerOf(context)]);
    },
    async saveAttachment(attachment, context) {
      refuseNul("attachment", attachment.id);
      const { rowCount } = await query(
        `INSERT INTO ${attachments} AS a (id, owner, data) VALUES (?, ?, ?) ` +
          "ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data WHERE a.owner = EXCLUDED.owner",
        [attachment.id, ownerOf(context), encode(attachment)],
      );
      if (rowCount === 0) throw new StoreNotFoundError(`Attachment ${attachment.id} not found.`);
    },
    async loadAttachment(attachmentId, context) {
      return one<Attachment>(`SELECT data FROM ${attachments} WHERE id = ? AND owner = ?`, [attachmentId, ownerOf(context)]);
    },
    async deleteAttachment(attachmentId, context) {
      if (holdsNul(attachmentId)) return;
      await query(`DELETE FROM ${attachments} WHERE id = ? AND owner = ?`, [attachmentId, ownerOf(context)]);
    },
  };

  async function migrate() {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`chat-widgets:${schema ?? ""}.${prefix}`]);
      if (schema) {
        const { rowCount } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
        if (rowCount === 0) await client.query(`CREATE SCHEMA ${quote(schema)}`);
      }
      const index = (name: string) => quote(`${prefix}${name}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL);` +
          `CREATE TABLE IF NOT EXISTS ${threads} (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL, data TEXT NOT NULL);` +
          `CREATE INDEX IF NOT EXISTS ${index("threads_owner_seq")} ON ${threads} (owner, seq);` +
          `CREATE TABLE IF NOT EXISTS ${items} (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ` +
          `thread_id TEXT NOT NULL REFERENCES ${threads} (id) ON DELETE CASCADE, id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (thread_id, id));` +
          `CREATE INDEX IF NOT EXISTS ${index("items_thread_seq")} ON ${items} (thread_id, seq);` +
          `CREATE TABLE IF NOT EXISTS ${attachments} (id TEXT PRIMARY KEY, owner TEXT NOT NULL, data TEXT NOT NULL);`,
      );
      const { rows } = await client.query(`SELECT value FROM ${meta} WHERE key = 'schema_version'`);
      const version = rows.length > 0 ? Number((rows[0] as { value: string }).value) : null;
      if (version === null) {
        await client.query(`INSERT INTO ${meta} (key, value) VALUES ('schema_version', $1)`, [String(SQL_SCHEMA_VERSION)]);
      } else if (version > SQL_SCHEMA_VERSION) {
        throw new Error(
          `createPostgresStore: the tables with prefix "${prefix}" have schema version ${version}, newer than this ` +
            `version of chat-widgets understands (${SQL_SCHEMA_VERSION}). Upgrade chat-widgets or use another tablePrefix.`,
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * PostgreSQL text cannot hold U+0000. No stored id can contain it, so reads and deletes with such an id find
 * nothing (a request naming `"thr_\u0000"` is a 404, not a server error); saving one is refused.
 */
const holdsNul = (value: unknown) => typeof value === "string" && value.includes("\u0000");

function refuseNul(kind: string, id: string) {
  if (holdsNul(id)) throw new RangeError(`createPostgresStore: a ${kind} id cannot contain U+0000 (PostgreSQL text cannot hold it).`);
}

/** `?` placeholders → `$1`, `$2`, … (the SQL here has no `?` inside literals). */
function numbered(source: string): string {
  let index = 0;
  return source.replace(/\?/g, () => `$${++index}`);
}

async function openPool(connectionString: string): Promise<PostgresPool> {
  let pg: { Pool: new (config: { connectionString: string }) => PostgresPool };
  try {
    const module = (await import("pg")) as unknown as { default?: typeof pg } & typeof pg;
    pg = module.default ?? module;
  } catch (error) {
    throw new Error("createPostgresStore: connectionString needs the pg package: npm install pg@^8", { cause: error });
  }
  return new pg.Pool({ connectionString });
}
