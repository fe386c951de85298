import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The reader thread: its own read-only connection to the database file, so a long read runs
 * beside the request thread instead of on it (in WAL mode a reader never blocks the writer nor
 * waits for it). Run by Node directly (type stripping), not bundled: see reader.ts.
 *
 * One job at a time. A stream sends a chunk of rows, then waits for the caller to ask for the
 * next, so a slow download holds one chunk here, not the table; `cancel` closes the statement's
 * iterator at once and the thread takes the next job.
 */
type Param = string | number | bigint | null;
export type ToReader =
  | { type: 'stream'; sql: string; params: Param[]; chunkRows: number }
  | { type: 'one'; sql: string; params: Param[] }
  | { type: 'more' }
  | { type: 'cancel' };
export type FromReader =
  | { type: 'rows'; rows: unknown[][]; columns?: string[] }
  | { type: 'done'; rows: number; cancelled: boolean }
  | { type: 'one'; row: unknown }
  | { type: 'error'; message: string };

const port = parentPort!;
const db = new Database(workerData.path as string, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

let open:
  { rows: Iterator<unknown[]>; sent: number; chunkRows: number; columns?: string[] } | undefined;

function finish(cancelled: boolean) {
  if (!open) return;
  const { rows, sent } = open;
  open = undefined;
  rows.return?.();
  port.postMessage({ type: 'done', rows: sent, cancelled } satisfies FromReader);
}

function sendChunk() {
  if (!open) return;
  const rows: unknown[][] = [];
  for (let next = open.rows.next(); ; next = open.rows.next()) {
    if (next.done) break;
    rows.push(next.value);
    if (rows.length === open.chunkRows) break;
  }
  open.sent += rows.length;
  // The first message carries the column names, even with no rows, so a CSV still gets its header.
  const { columns } = open;
  open.columns = undefined;
  if (rows.length > 0 || columns)
    port.postMessage({ type: 'rows', rows, columns } satisfies FromReader);
  if (rows.length < open.chunkRows) finish(false);
}

function handle(message: ToReader) {
  if (message.type === 'stream') {
    const query = db.prepare(message.sql).raw();
    open = {
      rows: query.iterate(...message.params) as Iterator<unknown[]>,
      sent: 0,
      chunkRows: message.chunkRows,
      columns: query.columns().map((column) => column.name),
    };
    sendChunk();
  } else if (message.type === 'more') sendChunk();
  else if (message.type === 'cancel') finish(true);
  else
    port.postMessage({
      type: 'one',
      row: db.prepare(message.sql).get(...message.params),
    } satisfies FromReader);
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
