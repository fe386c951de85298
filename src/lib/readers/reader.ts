import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatCsvLine } from '../csv.ts';
import type { Db } from '../db.ts';
import type { FromReader, ToReader } from './worker.ts';

/**
 * Heavy reads for campaigners (exports, counts over every supporter) run here, on a reader
 * thread with its own read-only connection, so the request thread keeps serving the public
 * while a query scans a million rows.
 *
 * The worker's entry is a file resolved from the project root, where npm runs every script (as
 * migrations are), and run by Node's type stripping: the server's pages are bundled by Vite into
 * dist/, where a `new URL('./worker.ts', import.meta.url)` would name a file that is not there.
 *
 * Two threads at most: the machine the site runs on has two cores, and the request thread needs
 * one. A job waits for a free thread; a stream holds its thread until it ends or is cancelled.
 */
const WORKER_FILE = resolve('src/lib/readers/worker.ts');
const THREADS = 2;
/** Rows a message: big enough that messaging costs little, small enough to hold a few of. */
const CHUNK_ROWS = 1000;
/** A cancelled statement normally stops within one chunk; a thread silent this long is ended. */
const CANCEL_GRACE_MS = 2000;

export type SqlParam = string | number | bigint | null;
type Cell = string | number | null;

class ReaderThread {
  readonly worker: Worker;
  private waiting: ((message: FromReader) => void) | undefined;
  private inbox: FromReader[] = [];
  failure: Error | undefined;

  constructor(path: string) {
    this.worker = new Worker(WORKER_FILE, { workerData: { path } });
    this.worker.on('message', (message: FromReader) => this.deliver(message));
    const fail = (error: Error) => {
      this.failure ??= error;
      this.deliver({ type: 'error', message: error.message });
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`The reader thread stopped (code ${code})`)));
  }

  private deliver(message: FromReader) {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(message);
    else this.inbox.push(message);
  }

  send(message: ToReader) {
    this.worker.postMessage(message);
  }

  next(): Promise<FromReader> {
    const queued = this.inbox.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.resolve({ type: 'error', message: this.failure.message });
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

/** The threads for one database file, and the jobs waiting for one to be free. */
class ReaderPool {
  private idle: ReaderThread[] = [];
  private started = 0;
  private queue: ((thread: ReaderThread) => void)[] = [];

  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  acquire(): Promise<ReaderThread> {
    const thread = this.idle.pop();
    if (thread) return Promise.resolve(thread);
    if (this.started < THREADS) {
      this.started += 1;
      const fresh = new ReaderThread(this.path);
      fresh.worker.unref();
      return Promise.resolve(fresh);
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  release(thread: ReaderThread) {
    if (thread.failure) {
      this.started -= 1;
      void thread.worker.terminate();
      const waiting = this.queue.shift();
      if (waiting) void this.acquire().then(waiting);
      return;
    }
    const waiting = this.queue.shift();
    if (waiting) waiting(thread);
    else this.idle.push(thread);
  }

  /** Ends a thread that did not stop when asked; the pool starts a new one for the next job. */
  discard(thread: ReaderThread) {
    thread.failure ??= new Error('The reader thread did not stop when its read was cancelled');
    this.release(thread);
  }

  async close() {
    this.queue = [];
    await Promise.all(this.idle.map((thread) => thread.worker.terminate()));
    this.idle = [];
    this.started = 0;
  }
}

const pools = new Map<string, ReaderPool>();
function poolFor(db: Db): ReaderPool {
  let pool = pools.get(db.name);
  if (!pool) pools.set(db.name, (pool = new ReaderPool(db.name)));
  return pool;
}

/** Ends the idle reader threads (tests, and a server shutting down). */
export async function closeReaders(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
}

/**
 * A database in memory (the unit tests') cannot be opened by another thread, so its reads run
 * on the caller's own connection, here. A file database, as the site always has, never does.
 */
function* inlineForMemoryDatabase(
  db: Db,
  sql: string,
  params: SqlParam[],
  { chunkRows = CHUNK_ROWS, header, onEnd }: CsvOptions,
) {
  const query = db.prepare(sql).raw();
  const rows = query.all(...params) as Cell[][];
  const encoder = new TextEncoder();
  let text = formatCsvLine(header ?? query.columns().map((column) => column.name));
  for (let start = 0; start < rows.length; start += chunkRows) {
    for (const row of rows.slice(start, start + chunkRows)) text += formatCsvLine(row);
    yield encoder.encode(text);
    text = '';
  }
  if (text) yield encoder.encode(text);
  onEnd?.({ rows: rows.length, cancelled: false });
}

export interface CsvOptions {
  signal?: AbortSignal;
  /** The CSV's first line; the SQL's column names (its aliases) when not given. */
  header?: readonly string[];
  chunkRows?: number;
  /** Told how many rows the thread read, and whether the read was cancelled, as it ends. */
  onEnd?: (end: { rows: number; cancelled: boolean }) => void;
}

/**
 * Runs a read-only query on a reader thread and gives its rows as CSV (src/lib/csv.ts's
 * `formatCsvLine`, header first), a chunk of lines at a time, in order: formatted on that thread
 * too, so the request thread only passes the bytes on. The thread reads the next chunk only when
 * the caller asks for it (a slow download holds one chunk, not the table). When `signal` aborts,
 * or the caller stops iterating, the thread stops the statement at once and takes the next job;
 * iteration then simply ends. An SQL error rejects the iteration.
 */
export async function* streamCsv(
  db: Db,
  sql: string,
  params: SqlParam[] = [],
  { signal, header, chunkRows = CHUNK_ROWS, onEnd }: CsvOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  if (db.memory) {
    yield* inlineForMemoryDatabase(db, sql, params, { chunkRows, header, onEnd });
    return;
  }
  if (signal?.aborted) return;
  const pool = poolFor(db);
  const thread = await pool.acquire();
  let open = true;
  let cancelled = false;
  const cancel = () => {
    if (!open || cancelled) return;
    cancelled = true;
    thread.send({ type: 'cancel' });
    setTimeout(() => open && thread.worker.terminate(), CANCEL_GRACE_MS).unref();
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    thread.send({ type: 'stream', sql, params, chunkRows, header: header && [...header] });
    for (;;) {
      const message = await thread.next();
      if (message.type === 'error') {
        open = false;
        // A thread ended for not stopping has done what was asked of it.
        if (cancelled) return;
        throw new Error(message.message);
      }
      if (message.type === 'done') {
        open = false;
        onEnd?.({ rows: message.rows, cancelled: message.cancelled });
        return;
      }
      if (message.type !== 'csv' || cancelled) continue;
      yield message.csv;
      if (signal?.aborted) cancel();
      else if (!cancelled) thread.send({ type: 'more' });
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    if (open) {
      // The caller stopped early: stop the statement and wait for the thread to say so.
      cancel();
      while (open) {
        const message = await thread.next();
        if (message.type === 'done') onEnd?.({ rows: message.rows, cancelled: message.cancelled });
        if (message.type === 'done' || message.type === 'error') open = false;
      }
    }
    if (thread.failure) pool.discard(thread);
    else pool.release(thread);
  }
}

/** Runs a read-only query to its end on a reader thread, and returns the thread's answer. */
async function runQuery(db: Db, job: Extract<ToReader, { type: 'one' | 'all' }>) {
  const pool = poolFor(db);
  const thread = await pool.acquire();
  try {
    thread.send(job);
    const message = await thread.next();
    if (message.type === 'error') throw new Error(message.message);
    return message;
  } finally {
    pool.release(thread);
  }
}

/** The first row of a read-only query (a count, say), run on a reader thread. */
export async function readOne<T = unknown>(
  db: Db,
  sql: string,
  params: SqlParam[] = [],
): Promise<T | undefined> {
  if (db.memory) return db.prepare(sql).get(...params) as T | undefined;
  const message = await runQuery(db, { type: 'one', sql, params });
  return message.type === 'one' ? (message.row as T | undefined) : undefined;
}

/**
 * Every row of a read-only query that scans much and returns little (a dashboard's tally by
 * source, say), run on a reader thread. For many rows, stream them (streamCsv).
 */
export async function readAll<T = unknown>(
  db: Db,
  sql: string,
  params: SqlParam[] = [],
): Promise<T[]> {
  if (db.memory) return db.prepare(sql).all(...params) as T[];
  const message = await runQuery(db, { type: 'all', sql, params });
  return message.type === 'all' ? (message.rows as T[]) : [];
}
