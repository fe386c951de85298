import Database from 'better-sqlite3';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { formatCsvLine } from '../csv.ts';

/**
 * The reader thread: its own read-only connection to the database file, so a long read runs
 * beside the request thread instead of on it (in WAL mode a reader never blocks the writer nor
 * waits for it). Run by Node directly (type stripping), not bundled: see reader.ts.
 *
 * One job at a time. A stream sends a chunk of rows as CSV, then waits for the caller to ask for the
 * next, so a slow download holds one chunk here, not the table; `cancel` closes the statement's
 * iterator at once and the thread takes the next job.
 */
type Param = string | number | bigint | null;
type Cell = string | number | null;
export type ToReader =
  | { type: 'stream'; sql: string; params: Param[]; chunkRows: number; header?: string[] }
  | { type: 'one' | 'all'; sql: string; params: Param[] }
  | { type: 'more' }
  | { type: 'cancel' };
export type FromReader =
  | { type: 'csv'; csv: Uint8Array }
  | { type: 'done'; rows: number; cancelled: boolean }
  | { type: 'one'; row: unknown }
  | { type: 'all'; rows: unknown[] }
  | { type: 'error'; message: string };

const port = parentPort!;

// On Linux a thread has its own nice value: this one yields the CPU to the request thread when
// both want it (the machine has two cores). /proc/thread-self names the thread's id.
try {
  const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (thread > 0) setPriority(thread, 10);
} catch {
  // Not Linux, or not allowed: the thread runs at the server's own priority.
}
const db = new Database(workerData.path as string, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

const encoder = new TextEncoder();
let open:
  { rows: Iterator<Cell[]>; sent: number; chunkRows: number; header?: string[] } | undefined;

function finish(cancelled: boolean) {
  if (!open) return;
  const { rows, sent } = open;
  open = undefined;
  rows.return?.();
  port.postMessage({ type: 'done', rows: sent, cancelled } satisfies FromReader);
}

/**
 * The next chunk of rows as CSV lines (the header first), formatted here rather than on the
 * request thread, and handed over without a copy.
 */
function sendChunk() {
  if (!open) return;
  let text = open.header ? formatCsvLine(open.header) : '';
  open.header = undefined;
  let rows = 0;
  for (let next = open.rows.next(); !next.done; next = open.rows.next()) {
    text += formatCsvLine(next.value);
    rows += 1;
    if (rows === open.chunkRows) break;
  }
  open.sent += rows;
  if (text) {
    const csv = encoder.encode(text);
    port.postMessage({ type: 'csv', csv } satisfies FromReader, [csv.buffer]);
  }
  if (rows < open.chunkRows) finish(false);
}

function handle(message: ToReader) {
  if (message.type === 'stream') {
    const query = db.prepare(message.sql).raw();
    open = {
      rows: query.iterate(...message.params) as Iterator<Cell[]>,
      sent: 0,
      chunkRows: message.chunkRows,
      header: message.header ?? query.columns().map((column) => column.name),
    };
    sendChunk();
  } else if (message.type === 'more') sendChunk();
  else if (message.type === 'cancel') finish(true);
  else if (message.type === 'all') {
    const rows = db.prepare(message.sql).all(...message.params);
    port.postMessage({ type: 'all', rows } satisfies FromReader);
  } else {
    const row = db.prepare(message.sql).get(...message.params);
    port.postMessage({ type: 'one', row } satisfies FromReader);
  }
}

port.on('message', (message: ToReader) => {
  try {
    handle(message);
  } catch (error) {
    if (open) {
      open.rows.return?.();
      open = undefined;
    }
    port.postMessage({ type: 'error', message: (error as Error).message } satisfies FromReader);
  }
});
