// The SQLite store (chat-widgets/server/sqlite) against the shared store contract, plus what only a file
// database has: data that outlives the process's store, table prefixes, schema versions, limits.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "../../src/server/sqlite";
import { SQL_MAX_NESTING, SQL_MAX_PAGE_SIZE } from "../../src/server/sql";
import { describeOwnerKeyRules, describeStoreConformance, message, thread } from "./store-conformance";

type Context = { userId: string };
const ownerKey = (context: Context) => context.userId;
const dir = mkdtempSync(path.join(tmpdir(), "chat-widgets-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreConformance("SQLite store (better-sqlite3 Database)", () => {
  const db = new Database(":memory:");
  return { store: createSqliteStore<Context>({ database: db, ownerKey }), contextFor: (userId) => ({ userId }), dispose: () => void db.close() };
});

let files = 0;
describeStoreConformance("SQLite store (a file it opens)", () => {
  const store = createSqliteStore<Context>({ database: path.join(dir, `conformance-${files++}.db`), ownerKey });
  return { store, contextFor: (userId) => ({ userId }), dispose: () => store.close() };
});

describeOwnerKeyRules("SQLite store", async (key) => createSqliteStore({ database: ":memory:", ownerKey: key }));

describe("createSqliteStore", () => {
  const alice = { userId: "alice" };

  it("keeps threads and items in the file across stores (a restart)", async () => {
    const file = path.join(dir, "restart.db");
    const first = createSqliteStore<Context>({ database: file, ownerKey });
    const kept = thread(undefined, "Kept");
    await first.createThread(kept, alice);
    await first.saveItem(kept.id, message(kept.id, "still here"), alice);
    first.close();

    const second = createSqliteStore<Context>({ database: file, ownerKey });
    expect(await second.loadThread(kept.id, alice)).toEqual(kept);
    expect((await second.loadItems(kept.id, { limit: 10, order: "asc" }, alice)).data).toHaveLength(1);
    second.close();
  });

  it("creates its tables under tablePrefix, so stores with different prefixes share a file without sharing data", async () => {
    const db = new Database(":memory:");
    const one = createSqliteStore<Context>({ database: db, ownerKey, tablePrefix: "one_" });
    const two = createSqliteStore<Context>({ database: db, ownerKey, tablePrefix: "two_" });
    const saved = thread();
    await one.createThread(saved, alice);
    expect(await two.loadThread(saved.id, alice)).toBeNull();
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name,
    );
    expect(tables).toEqual(["one_attachments", "one_items", "one_meta", "one_threads", "two_attachments", "two_items", "two_meta", "two_threads"]);
    expect(db.prepare("SELECT value FROM one_meta WHERE key = 'schema_version'").get()).toEqual({ value: "1" });
    two.close(); // not its database: stays open
    expect(db.open).toBe(true);
    db.close();
  });

  it("refuses a table prefix that is not a plain identifier, before touching the database", () => {
    const db = new Database(":memory:");
    for (const tablePrefix of ['x"; DROP TABLE t; --', "1abc", "a-b", "a".repeat(41)]) {
      expect(() => createSqliteStore({ database: db, tablePrefix })).toThrow(TypeError);
    }
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master").get()).toEqual({ n: 0 });
    db.close();
  });

  it("refuses tables written by a newer schema version instead of misreading them", async () => {
    const db = new Database(":memory:");
    createSqliteStore({ database: db });
    db.prepare("UPDATE chatkit_meta SET value = '2' WHERE key = 'schema_version'").run();
    expect(() => createSqliteStore({ database: db })).toThrow(/schema version 2, newer than/);
    db.close();
  });

  it(`returns at most ${SQL_MAX_PAGE_SIZE} entries per page, whatever the limit`, async () => {
    const db = new Database(":memory:");
    const store = createSqliteStore<Context>({ database: db, ownerKey });
    const big = thread();
    await store.createThread(big, alice);
    db.transaction(() => {
      for (let index = 0; index <= SQL_MAX_PAGE_SIZE; index++) void store.saveItem(big.id, message(big.id, `m${index}`), alice);
    })();
    const page = await store.loadItems(big.id, { limit: 1_000_000, order: "asc" }, alice);
    expect(page.data).toHaveLength(SQL_MAX_PAGE_SIZE);
    expect(page.has_more).toBe(true);
    expect((await store.loadItems(big.id, { limit: 10, order: "asc", after: page.after }, alice)).data).toHaveLength(1);
    expect((await store.loadItems(big.id, { limit: 0, order: "asc" }, alice)).data).toHaveLength(1);
    db.close();
  });

  it(`refuses values nested deeper than ${SQL_MAX_NESTING} levels with a RangeError, writing nothing`, async () => {
    const store = createSqliteStore<Context>({ database: ":memory:", ownerKey });
    const deepThread = thread();
    let deep: unknown = null;
    for (let level = 0; level < SQL_MAX_NESTING + 1; level++) deep = [deep];
    await expect(store.createThread({ ...deepThread, metadata: { deep } }, alice)).rejects.toBeInstanceOf(RangeError);
    expect(await store.loadThread(deepThread.id, alice)).toBeNull();
    store.close();
  });
});
