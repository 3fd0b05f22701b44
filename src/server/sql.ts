// What the SQLite and PostgreSQL stores share: table naming, the JSON encoding of stored values, page sizes.
// Values always travel as query parameters; only table names (checked here) are written into SQL text.
import type { Page } from "../protocol/types";
import { nestsDeeperThan } from "../schema/limits";

/** Version of the tables the SQL stores create, kept in `<prefix>meta` (key `schema_version`). */
export const SQL_SCHEMA_VERSION = 1;

/** Largest page a SQL store returns, whatever `limit` asks for (`has_more` tells the caller to go on). */
export const SQL_MAX_PAGE_SIZE = 1000;

/**
 * Deepest JSON nesting a SQL store saves (a widget's limit of 1,000 levels plus its item and thread). Deeper
 * values are refused with a `RangeError` before anything is written.
 */
export const SQL_MAX_NESTING = 1_100;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

/**
 * Checks a table prefix or schema name: letters, digits and `_`, not starting with a digit, at most 40
 * characters (PostgreSQL cuts identifiers at 63 bytes, and the longest table suffix is added to it).
 * Throws a `TypeError` naming the option otherwise. The empty string is a valid prefix.
 */
export function checkIdentifier(option: string, value: string, allowEmpty: boolean): string {
  if (typeof value !== "string" || (value === "" ? !allowEmpty : !IDENTIFIER.test(value))) {
    throw new TypeError(`${option} must match /^[A-Za-z_][A-Za-z0-9_]{0,39}$/ (got ${JSON.stringify(value)}).`);
  }
  return value;
}

/** `"name"`: an identifier checked by `checkIdentifier`, quoted so that case is kept. */
export const quote = (identifier: string) => `"${identifier}"`;

/** JSON text of a stored value (nulls kept, so values read back equal what was saved). */
export function encode(value: unknown): string {
  if (nestsDeeperThan(value, SQL_MAX_NESTING)) throw new RangeError(`Cannot store a value nested deeper than ${SQL_MAX_NESTING} levels.`);
  return JSON.stringify(value);
}

export function decode<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** `limit` as the SQL stores apply it: an integer from 1 to `SQL_MAX_PAGE_SIZE` (non-numbers read as 1). */
export function pageSize(limit: number): number {
  if (typeof limit !== "number" || Number.isNaN(limit)) return 1;
  return Math.min(SQL_MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
}

/** A page from up to `size + 1` rows read in order: the extra row only says there is more. */
export function toPage<T extends { id: string }>(rows: readonly { data: string }[], size: number): Page<T> {
  const data = rows.slice(0, size).map((row) => decode<T>(row.data));
  return { data, has_more: rows.length > size, after: data.length > 0 ? data[data.length - 1].id : null };
}
