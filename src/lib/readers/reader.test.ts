import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { parseCsv } from '../csv.ts';
import { closeReaders, readOne, streamCsv, type CsvOptions } from './reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'readers-'));
const db: Db = new Database(join(dir, 'readers.db'));
db.pragma('journal_mode = WAL');
db.exec(`CREATE TABLE numbers (n INTEGER PRIMARY KEY, label TEXT);
  INSERT INTO numbers (n, label)
  WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 5000)
  SELECT n, 'row ' || n FROM s;`);

/** Ten million numbers, made as they are read: run to the end, this takes many seconds. */
const ENDLESS = `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 10000000)
  SELECT n FROM s`;

/** A stream's chunks, each parsed as CSV lines. */
async function readChunks(sql: string, params: (string | number)[] = [], options?: CsvOptions) {
  const chunks: string[][][] = [];
  for await (const chunk of streamCsv(db, sql, params, options)) {
    chunks.push(parseCsv(new TextDecoder().decode(chunk)));
  }
  return chunks;
}

afterAll(async () => {
  await closeReaders();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reads on a reader thread', () => {
  it('stream every row as CSV, in order, in chunks, under the column names', async () => {
    const chunks = await readChunks('SELECT n, label FROM numbers WHERE n > ? ORDER BY n', [0]);
    expect(chunks.map((lines) => lines.length)).toEqual([1001, 1000, 1000, 1000, 1000]);
    const [header, ...rows] = chunks.flat();
    expect(header).toEqual(['n', 'label']);
    expect(rows).toHaveLength(5000);
    expect(
      rows.every((row, index) => row[0] === `${index + 1}` && row[1] === `row ${index + 1}`),
    ).toBe(true);
  });

  it('give the header even when no row matches, or the one the caller names', async () => {
    expect(await readChunks('SELECT n FROM numbers WHERE n < 0')).toEqual([[['n']]]);
    expect(
      await readChunks('SELECT n FROM numbers WHERE n = 1', [], { header: ['Number'] }),
    ).toEqual([[['Number'], ['1']]]);
  });

  it('read no further than the caller asks, and stop at once when the caller stops', async () => {
    let end: { rows: number; cancelled: boolean } | undefined;
    let chunks = 0;
    for await (const chunk of streamCsv(db, ENDLESS, [], {
      chunkRows: 100,
      onEnd: (ended) => (end = ended),
    })) {
      chunks += 1;
      expect(parseCsv(new TextDecoder().decode(chunk))).toHaveLength(chunks === 1 ? 101 : 100);
      // A slow download: the thread waits rather than reading ahead.
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (chunks === 2) break;
    }
    expect(end).toEqual({ rows: 200, cancelled: true });
    // The thread is free for the next job.
    expect(await readOne(db, 'SELECT count(*) AS count FROM numbers')).toEqual({ count: 5000 });
  });

  it('stop when the signal aborts (a download cancelled part way)', async () => {
    const controller = new AbortController();
    let end: { rows: number; cancelled: boolean } | undefined;
    let chunks = 0;
    for await (const chunk of streamCsv(db, ENDLESS, [], {
      signal: controller.signal,
      onEnd: (ended) => (end = ended),
    })) {
      void chunk;
      chunks += 1;
      if (chunks === 3) controller.abort();
    }
    expect(chunks).toBe(3);
    expect(end).toEqual({ rows: 3000, cancelled: true });
    expect(await readOne(db, 'SELECT max(n) AS n FROM numbers')).toEqual({ n: 5000 });
  });

  it('reject with the SQL error, and keep serving', async () => {
    await expect(readOne(db, 'SELECT x FROM nowhere')).rejects.toThrow(/no such table/);
    const failing = async () => {
      for await (const chunk of streamCsv(db, 'SELECT n FROM numbers WHERE n = nope')) void chunk;
    };
    await expect(failing()).rejects.toThrow(/no such column/);
    await expect(readOne(db, 'INSERT INTO numbers (n) VALUES (0) RETURNING n')).rejects.toThrow(
      /readonly/,
    );
    expect(await readOne(db, 'SELECT count(*) AS count FROM numbers')).toEqual({ count: 5000 });
  });

  it('run three streams at once on two threads, the third waiting its turn', async () => {
    const count = async () => (await readChunks('SELECT n FROM numbers')).flat().length;
    expect(await Promise.all([count(), count(), count()])).toEqual([5001, 5001, 5001]);
  });
});
