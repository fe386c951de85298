import type { Db } from './db.ts';
import { hashToken } from './tokens.ts';

// Searches of a whole database, for tests and the crash and mailing scripts (which run under
// plain Node, so nothing here may import an email template).

/** Every table in the database (not views), by name. */
function tableNames(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
}

function columnNames(db: Db, table: string): string[] {
  return (db.pragma(`table_info("${table}")`) as { name: string }[]).map(({ name }) => name);
}

/**
 * For tests: where any of these words appears in the whole database, in any letter case, as
 * `table.column`. Every table, every column holding text, every row: to show that what a
 * retention rule or an erasure removes is gone from everywhere, not only from its own table.
 */
export function whereFound(db: Db, words: readonly string[]): string[] {
  const lowered = words.map((word) => word.toLowerCase());
  return tableNames(db).flatMap((table) =>
    columnNames(db, table)
      .filter((column) =>
        db
          .prepare(
            `SELECT 1 FROM "${table}" WHERE typeof("${column}") = 'text'
             AND (${lowered.map(() => `instr(lower("${column}"), ?) > 0`).join(' OR ')})`,
          )
          .get(...lowered),
      )
      .map((column) => `${table}.${column}`),
  );
}

/** What `findLiveTokens` read, and the working tokens it found. */
export interface TokenScan {
  /** Rows read: emails sent or given up, and campaign email recipients no longer queued. */
  rows: number;
  /** Token-shaped strings in them. */
  candidates: number;
  /** The columns that accept a token: `table.column`, hashed or as it is. */
  stores: string[];
  /** Each token some store accepts, with the row it was found in. */
  live: { row: string; store: string }[];
}

/** A token-shaped run of characters, however long (newToken makes 43). */
const TOKEN_SHAPED = /[\w-]{20,}/g;

/**
 * For tests: every token-shaped string in the emails that have left the outbox (sent or dead) and
 * in the recipients of campaign emails no longer waiting, checked against every column a link's
 * token is looked up in: those holding a hash (`…_hash`, except passwords) and the keys kept as
 * they are (one-click unsubscribe, a gift's reference). A copy of the database should hold no
 * link that still works.
 */
export function findLiveTokens(db: Db): TokenScan {
  const stores = tableNames(db).flatMap((table) =>
    columnNames(db, table)
      .filter(
        (name) =>
          (name.endsWith('_hash') && name !== 'password_hash') ||
          ['unsubscribe_key', 'reference'].includes(name),
      )
      .map((name) => ({
        name: `${table}.${name}`,
        hashed: name.endsWith('_hash'),
        lookup: db.prepare(`SELECT 1 FROM ${table} WHERE ${name} = ?`),
      })),
  );
  const rows = [
    ...db
      .prepare("SELECT * FROM email_outbox WHERE state IN ('sent', 'dead')")
      .all()
      .map((row) => ({ row, name: `email_outbox ${(row as { id: number }).id}` })),
    ...db
      .prepare("SELECT * FROM mailing_recipients WHERE state <> 'queued'")
      .all()
      .map((row) => {
        const { mailing_id, supporter_id } = row as { mailing_id: number; supporter_id: number };
        return { row, name: `mailing_recipients ${mailing_id}/${supporter_id}` };
      }),
  ];
  let candidates = 0;
  const live: TokenScan['live'] = [];
  for (const { row, name } of rows) {
    for (const value of Object.values(row as Record<string, unknown>)) {
      if (typeof value !== 'string') continue;
      for (const [token] of value.matchAll(TOKEN_SHAPED)) {
        candidates += 1;
        for (const store of stores) {
          if (store.lookup.get(store.hashed ? hashToken(token) : token)) {
            live.push({ row: name, store: store.name });
          }
        }
      }
    }
  }
  return { rows: rows.length, candidates, stores: stores.map((store) => store.name), live };
}
