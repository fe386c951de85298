import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replication as /healthz reports it. The supervisor (supervisor.ts) runs in the start script and
 * the health check in the built server, two copies of this module in one process, so the state
 * lives on globalThis, as the database connection does (src/lib/db.ts).
 */
export type ReplicationHealth =
  | { on: false }
  | {
      on: true;
      /** Whether Litestream is running now (it is restarted when it stops). */
      running: boolean;
      /**
       * The age in seconds of the oldest write not yet on the replica; 0 when it holds every
       * write. Null before the first reading. Alert when it stays above 60 (see the README).
       */
      lagSeconds: number | null;
      /** Bytes of WAL Litestream has seen and not yet uploaded, at the last reading. */
      behindBytes: number | null;
      /** Times Litestream stopped unasked and was started again since the site started. */
      restarts: number;
    };

const SHARED = Symbol.for('make-runaways-safe.replication');
type WithShared = typeof globalThis & { [SHARED]?: () => ReplicationHealth };

/** Registers where the running supervisor's state is read; `undefined` when it stops. */
export function reportReplication(source: (() => ReplicationHealth) | undefined): void {
  (globalThis as WithShared)[SHARED] = source;
}

/** Replication as it stands in this process: off unless `npm start` is replicating. */
export function replicationHealth(): ReplicationHealth {
  return (globalThis as WithShared)[SHARED]?.() ?? { on: false };
}

/** A position in Litestream's WAL stream: the WAL index (generation file) and a byte offset. */
export interface WalPosition {
  index: number;
  offset: number;
}

/**
 * What the replica holds, from Litestream 0.3's Prometheus metrics (replica.go):
 * `litestream_replica_wal_index` and `_offset`, set after each upload. Null before the first.
 */
export function replicaPosition(metrics: string): WalPosition | null {
  const figure = (name: string) => {
    const match = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(metrics);
    return match ? Number(match[1]) : NaN;
  };
  const index = figure('litestream_replica_wal_index');
  const offset = figure('litestream_replica_wal_offset');
  return isNaN(index) || isNaN(offset) ? null : { index, offset };
}

/**
 * What Litestream has taken from the database: the end of its newest shadow WAL file, in the
 * directory it keeps beside the database (db.go: `.<name>-litestream/generations/<generation>/
 * wal/<index as 8 hex digits>.wal`). Litestream's own `litestream_shadow_wal_size` metric is the
 * size of every shadow WAL file together, so it cannot be compared with the replica's offset in
 * one file. Null before Litestream has started a generation.
 */
export function databasePosition(databasePath: string): WalPosition | null {
  const meta = join(dirname(databasePath), `.${basename(databasePath)}-litestream`);
  try {
    const generation = readFileSync(join(meta, 'generation'), 'utf8').trim();
    const wal = join(meta, 'generations', generation, 'wal');
    const newest = readdirSync(wal)
      .filter((file) => /^[0-9a-f]{8}\.wal$/.test(file))
      .sort()
      .at(-1);
    if (!newest) return null;
    return { index: parseInt(newest, 16), offset: statSync(join(wal, newest)).size };
  } catch {
    return null;
  }
}

/** Negative, zero or positive as `a` stands before, at or after `b` in the WAL stream. */
const compare = (a: WalPosition, b: WalPosition) => a.index - b.index || a.offset - b.offset;

/** Bytes the replica is behind; a replica on an older WAL index counts the database's whole file. */
export function bytesBehind({
  database,
  replica,
}: {
  database: WalPosition;
  replica: WalPosition;
}) {
  if (replica.index > database.index) return 0;
  if (replica.index < database.index) return database.offset;
  return Math.max(0, database.offset - replica.offset);
}

/**
 * Replication lag from readings taken every second or so: the age of the oldest write seen in the
 * database and not yet on the replica (to within one reading), 0 when the replica holds all.
 * Comparing the two positions at one instant would not do: under steady writes the replica is
 * always a few hundred milliseconds behind, and a lag that never returns to 0 would grow forever.
 */
export class LagMeter {
  /** Database positions not yet on the replica, oldest first, with when each was first seen. */
  private waiting: { position: WalPosition; at: number }[] = [];
  private behind: number | null = null;
  private since: number | null = null;

  /** A reading of both positions at `now` (ms). */
  record(positions: { database: WalPosition; replica: WalPosition }, now: number): void {
    const { database, replica } = positions;
    const newest = this.waiting.at(-1);
    // A position behind the newest seen means a new generation (a fresh snapshot): start again.
    if (this.since !== null || (newest && compare(database, newest.position) < 0)) {
      this.waiting = [];
    }
    this.since = null;
    if (!newest || compare(database, newest.position) > 0) {
      this.waiting.push({ position: database, at: now });
    }
    this.waiting = this.waiting.filter((entry) => compare(entry.position, replica) > 0);
    this.behind = bytesBehind(positions);
  }

  /** No reading could be taken at `now`: the lag counts from the first such moment. */
  missed(now: number): void {
    this.since ??= now;
  }

  lagSeconds(now: number): number | null {
    const oldest = Math.min(this.waiting[0]?.at ?? Infinity, this.since ?? Infinity);
    if (oldest !== Infinity) return Math.round((now - oldest) / 100) / 10;
    return this.behind === null ? null : 0;
  }

  behindBytes(): number | null {
    return this.behind;
  }
}
