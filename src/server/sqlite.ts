// `chat-widgets/server/sqlite`: a ChatKitStore in a SQLite file through better-sqlite3 (an optional peer
// dependency: only this entry point needs it, and it is loaded only when the store opens a file by name).
import { createRequire } from "node:module";
import type { Attachment, Page, ThreadItem, ThreadMetadata } from "../protocol/types";
import { ownerResolver, type OwnerKey } from "./owner";
import { checkIdentifier, decode, encode, pageSize, quote, SQL_SCHEMA_VERSION, toPage } from "./sql";
import { StoreConflictError, StoreNotFoundError, type ChatKitStore, type ListOptions } from "./store";

/** The part of a better-sqlite3 prepared statement the store uses. */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** The part of a better-sqlite3 (^12) `Database` the store uses; pass `new Database(file)`. */
export interface SqliteDatabase {
  prepare(source: string): SqliteStatement;
  exec(source: string): unknown;
  transaction<T>(fn: () => T): () => T;
  close(): unknown;
}

export interface SqliteStoreOptions<Context = unknown> {
  /**
   * A better-sqlite3 `Database` the app opened (the store never closes it), or a file path that the store
   * opens with better-sqlite3 (WAL journal, 5 s busy timeout) and closes in `close()`. `":memory:"` is a
   * private database that lives as long as the store.
   */
  database: SqliteDatabase | string;
  /**
   * Names the owner of a request's data from the app context (e.g. `(ctx) => ctx.userId`); see
   * `MemoryStoreOptions.ownerKey` for the default without it.
   */
  ownerKey?: OwnerKey<Context>;
  /**
   * Prefix of the store's table names; default `"chatkit_"`. Letters, digits and `_`, at most 40
   * characters; a `TypeError` otherwise. Several stores (e.g. apps or test runs) can share one file with
   * different prefixes.
   */
  tablePrefix?: string;
}

/** A `ChatKitStore` whose data is kept in SQLite. */
export interface SqliteStore<Context = unknown> extends ChatKitStore<Context> {
  /** Closes the database if the store opened it (from a path); does nothing for a `Database` the app passed. */
  close(): void;
}

/**
 * A `ChatKitStore` in a SQLite database (better-sqlite3 ^12; version 13 crashes on Node 20). For one server
 * process, or several processes on one machine sharing a file; for several machines use the PostgreSQL store.
 *
 * Schema and migration: on creation the store creates, if missing, four tables (`<prefix>` = `tablePrefix`):
 * - `<prefix>threads (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE, owner TEXT, data TEXT)`,
 *   indexed by `(owner, seq)`;
 * - `<prefix>items (seq INTEGER PRIMARY KEY AUTOINCREMENT, thread_id TEXT, id TEXT, data TEXT,
 *   UNIQUE (thread_id, id))`, indexed by `(thread_id, seq)`;
 * - `<prefix>attachments (id TEXT PRIMARY KEY, owner TEXT, data TEXT)`;
 * - `<prefix>meta (key TEXT PRIMARY KEY, value TEXT)` holding `schema_version` (`SQL_SCHEMA_VERSION`, 1).
 * `data` is the value's JSON. `seq` gives the insertion order that lists follow. `owner` is
 * `ownerKey(context)`. Opening a database whose `schema_version` is newer than this store knows throws an
 * `Error` (a downgrade would misread it); later versions migrate older tables in place.
 *
 * Limits: pages hold at most `SQL_MAX_PAGE_SIZE` (1,000) entries, whatever `limit` asks; values nested deeper
 * than `SQL_MAX_NESTING` (1,100) levels are refused with a `RangeError`; a SQLite value holds at most 1 GB.
 *
 * Errors: as the `ChatKitStore` contract says (`StoreConflictError`, `StoreNotFoundError`, ownerKey errors);
 * SQLite's own errors (`SQLITE_BUSY` when another process holds the file past the busy timeout, a full disk,
 * a read-only file) reach the caller unchanged, and the handler answers 500. Opening a path without
 * better-sqlite3 installed throws an `Error` saying how to install it.
 *
 * Every value is bound as a query parameter; only the checked table prefix is written into SQL text.
 */
export function createSqliteStore<Context = unknown>(options: SqliteStoreOptions<Context>): SqliteStore<Context> {
  const prefix = checkIdentifier("createSqliteStore: tablePrefix", options.tablePrefix ?? "chatkit_", true);
  const ownerOf = ownerResolver("createSqliteStore", options.ownerKey);
  const owned = typeof options.database === "string";
  const db = typeof options.database === "string" ? openDatabase(options.database) : options.database;
  const threads = quote(`${prefix}threads`);
  const items = quote(`${prefix}items`);
  const attachments = quote(`${prefix}attachments`);
  const meta = quote(`${prefix}meta`);

  try {
    migrate(db, prefix);
  } catch (error) {
    if (owned) db.close();
    throw error;
  }

  const statements = new Map<string, SqliteStatement>();
  const sql = (source: string) => {
    let statement = statements.get(source);
    if (!statement) statements.set(source, (statement = db.prepare(source)));
    return statement;
  };
  const ownsThread = `EXISTS (SELECT 1 FROM ${threads} WHERE id = ? AND owner = ?)`;

  function list<T extends { id: string }>(table: string, scope: string, scopeParams: unknown[], cursorScope: string, cursorParams: unknown[], options: ListOptions): Page<T> {
    const size = pageSize(options.limit);
    const direction = options.order === "desc" ? "DESC" : "ASC";
    const after = options.after
      ? ` AND seq ${direction === "DESC" ? "<" : ">"} (SELECT seq FROM ${table} WHERE ${cursorScope} AND id = ?)`
      : "";
    const rows = sql(`SELECT data FROM ${table} WHERE ${scope}${after} ORDER BY seq ${direction} LIMIT ?`).all(
      ...scopeParams,
      ...(options.after ? [...cursorParams, options.after] : []),
      size + 1,
    ) as { data: string }[];
    return toPage<T>(rows, size);
  }

  return {
    close() {
      if (owned) db.close();
    },
    async loadThread(threadId, context) {
      const row = sql(`SELECT data FROM ${threads} WHERE id = ? AND owner = ?`).get(threadId, ownerOf(context)) as { data: string } | undefined;
      return row ? decode<ThreadMetadata>(row.data) : null;
    },
    async createThread(thread, context) {
      const { changes } = sql(`INSERT INTO ${threads} (id, owner, data) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`).run(
        thread.id,
        ownerOf(context),
        encode(thread),
      );
      if (changes === 0) throw new StoreConflictError(`Thread ${thread.id} already exists.`);
    },
    async saveThread(thread, context) {
      const { changes } = sql(
        `INSERT INTO ${threads} (id, owner, data) VALUES (?, ?, ?) ` +
          `ON CONFLICT (id) DO UPDATE SET data = excluded.data WHERE ${threads}.owner = excluded.owner`,
      ).run(thread.id, ownerOf(context), encode(thread));
      if (changes === 0) throw new StoreNotFoundError(`Thread ${thread.id} not found.`);
    },
    async listThreads(options, context) {
      const owner = ownerOf(context);
      return list<ThreadMetadata>(threads, "owner = ?", [owner], "owner = ?", [owner], options);
    },
    async deleteThread(threadId, context) {
      const owner = ownerOf(context);
      db.transaction(() => {
        sql(`DELETE FROM ${items} WHERE thread_id = ? AND ${ownsThread}`).run(threadId, threadId, owner);
        sql(`DELETE FROM ${threads} WHERE id = ? AND owner = ?`).run(threadId, owner);
      })();
    },
    async loadItems(threadId, options, context) {
      const owner = ownerOf(context);
      return list<ThreadItem>(items, `thread_id = ? AND ${ownsThread}`, [threadId, threadId, owner], "thread_id = ?", [threadId], options);
    },
    async loadItem(threadId, itemId, context) {
      const row = sql(`SELECT data FROM ${items} WHERE thread_id = ? AND id = ? AND ${ownsThread}`).get(
        threadId,
        itemId,
        threadId,
        ownerOf(context),
      ) as { data: string } | undefined;
      return row ? decode<ThreadItem>(row.data) : null;
    },
    async saveItem(threadId, item, context) {
      const { changes } = sql(
        `INSERT INTO ${items} (thread_id, id, data) SELECT ?, ?, ? WHERE ${ownsThread} ` +
          "ON CONFLICT (thread_id, id) DO UPDATE SET data = excluded.data",
      ).run(threadId, item.id, encode(item), threadId, ownerOf(context));
      if (changes === 0) throw new StoreNotFoundError(`Thread ${threadId} not found.`);
    },
    async deleteItem(threadId, itemId, context) {
      sql(`DELETE FROM ${items} WHERE thread_id = ? AND id = ? AND ${ownsThread}`).run(threadId, itemId, threadId, ownerOf(context));
    },
    async saveAttachment(attachment, context) {
      const { changes } = sql(
        `INSERT INTO ${attachments} (id, owner, data) VALUES (?, ?, ?) ` +
          `ON CONFLICT (id) DO UPDATE SET data = excluded.data WHERE ${attachments}.owner = excluded.owner`,
      ).run(attachment.id, ownerOf(context), encode(attachment));
      if (changes === 0) throw new StoreNotFoundError(`Attachment ${attachment.id} not found.`);
    },
    async loadAttachment(attachmentId, context) {
      const row = sql(`SELECT data FROM ${attachments} WHERE id = ? AND owner = ?`).get(attachmentId, ownerOf(context)) as
        | { data: string }
        | undefined;
      return row ? decode<Attachment>(row.data) : null;
    },
    async deleteAttachment(attachmentId, context) {
      sql(`DELETE FROM ${attachments} WHERE id = ? AND owner = ?`).run(attachmentId, ownerOf(context));
    },
  };

  function migrate(database: SqliteDatabase, tablePrefix: string) {
    database.transaction(() => {
      database.exec(
        `CREATE TABLE IF NOT EXISTS ${meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL);` +
          `CREATE TABLE IF NOT EXISTS ${threads} (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL, data TEXT NOT NULL);` +
          `CREATE INDEX IF NOT EXISTS ${quote(`${tablePrefix}threads_owner_seq`)} ON ${threads} (owner, seq);` +
          `CREATE TABLE IF NOT EXISTS ${items} (seq INTEGER PRIMARY KEY AUTOINCREMENT, thread_id TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (thread_id, id));` +
          `CREATE INDEX IF NOT EXISTS ${quote(`${tablePrefix}items_thread_seq`)} ON ${items} (thread_id, seq);` +
          `CREATE TABLE IF NOT EXISTS ${attachments} (id TEXT PRIMARY KEY, owner TEXT NOT NULL, data TEXT NOT NULL);`,
      );
      const row = database.prepare(`SELECT value FROM ${meta} WHERE key = 'schema_version'`).get() as { value: string } | undefined;
      if (!row) {
        database.prepare(`INSERT INTO ${meta} (key, value) VALUES ('schema_version', ?)`).run(String(SQL_SCHEMA_VERSION));
      } else if (Number(row.value) > SQL_SCHEMA_VERSION) {
        throw new Error(
          `createSqliteStore: the tables with prefix "${tablePrefix}" have schema version ${row.value}, newer than this ` +
            `version of chat-widgets understands (${SQL_SCHEMA_VERSION}). Upgrade chat-widgets or use another tablePrefix.`,
        );
      }
    })();
  }
}

function openDatabase(file: string): SqliteDatabase {
  let Database: new (file: string) => SqliteDatabase & { pragma(source: string): unknown };
  try {
    const require = createRequire(import.meta.url);
    Database = require("better-sqlite3");
  } catch (error) {
    throw new Error("createSqliteStore: opening a database file needs the better-sqlite3 package: npm install better-sqlite3@^12", {
      cause: error,
    });
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  return db;
}
