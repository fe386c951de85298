import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Db } from '../db.ts';
import { litestreamBinary } from './binary.ts';
import { litestreamConfig, replicationFiles, type ReplicationSettings } from './config.ts';
import {
  databasePosition,
  LagMeter,
  replicaPosition,
  reportReplication,
  type WalPosition,
} from './lag.ts';

export interface ReplicationLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Restarts wait 1 s, then twice as long each time Litestream stops again, up to a minute. */
const FIRST_RESTART_MS = 1_000;
const LAST_RESTART_MS = 60_000;
/** A Litestream that ran this long before stopping starts the backoff again from 1 s. */
const HEALTHY_RUN_MS = 60_000;
/** SQLite's default, for the site's connection while Litestream is not there to checkpoint. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
/** How long Litestream gets for its last upload on shutdown before it is killed. */
const STOP_GRACE_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a Litestream that a previous server left running: a server killed with SIGKILL cannot stop
 * its child, and a second Litestream on the same database and replica would be two writers to one
 * replica. The pidfile beside the database names it; /proc confirms the process is Litestream
 * running our configuration, so a pid reused by something else is never signalled. Returns the
 * pid it stopped.
 */
export async function stopLeftoverLitestream(databasePath: string): Promise<number | undefined> {
  const { pidfile, config } = replicationFiles(databasePath);
  let pid: number;
  try {
    pid = Number(readFileSync(pidfile, 'utf8').trim());
  } catch {
    return undefined;
  }
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // Gone, or no /proc (macOS): nothing we can safely signal.
  }
  rmSync(pidfile, { force: true });
  if (!Number.isInteger(pid) || !command.includes('litestream') || !command.includes(config)) {
    return undefined;
  }
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < STOP_GRACE_MS && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return pid;
}

/** A port nobody is using on 127.0.0.1, for Litestream's metrics. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** Reads where the replica stands every second, into `meter`, for /healthz. */
function watchLag(meter: LagMeter, databasePath: string, metricsPort: () => number) {
  let lastReplica: WalPosition | null = null;
  const read = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${metricsPort()}/metrics`, {
        signal: AbortSignal.timeout(1_000),
      });
      // Litestream reports the replica's position only after an upload, so a Litestream just
      // started, with nothing new to upload, reports none: the replica then holds what the last
      // one reported, or, at first, what Litestream had taken when first read. Writes after that
      // which never reach the replica (wrong credentials, say) show as lag.
      const database = databasePosition(databasePath);
      const replica = replicaPosition(await response.text()) ?? lastReplica ?? database;
      lastReplica = replica;
      if (replica && database) meter.record({ database, replica }, Date.now());
    } catch {
      meter.missed(Date.now());
    }
  };
  const timer = setInterval(() => void read(), 1_000);
  timer.unref();
  return timer;
}

export interface Replication {
  /** Stops Litestream after its last upload. Call it after the site's last write. */
  stop(): Promise<void>;
}

/**
 * Runs `litestream replicate` beside the site, restarting it (with a log line and a growing wait)
 * whenever it stops unasked, and reads its metrics every second for /healthz. While Litestream
 * runs, the site's own connection does not checkpoint (wal_autocheckpoint = 0), as Litestream's
 * tips advise for busy sites: Litestream checkpoints itself, and a checkpoint racing it forces a
 * fresh snapshot. While it is down, the site checkpoints as SQLite does by default, so the WAL
 * cannot grow without bound.
 */
export async function startReplication(options: {
  settings: ReplicationSettings;
  db: () => Db;
  log: ReplicationLog;
}): Promise<Replication> {
  const { settings, db, log } = options;
  const binary = litestreamBinary();
  const files = replicationFiles(settings.databasePath);
  const leftover = await stopLeftoverLitestream(settings.databasePath);
  if (leftover) log.info({ pid: leftover }, 'stopped a Litestream a previous server left running');

  const meter = new LagMeter();
  let child: ChildProcess | undefined;
  let [metricsPort, restarts, wait, stopping] = [0, 0, FIRST_RESTART_MS, false];
  let restartTimer: NodeJS.Timeout | undefined;

  const launch = async () => {
    metricsPort = await freePort();
    writeFileSync(files.config, litestreamConfig(settings, metricsPort));
    const started = Date.now();
    const running = spawn(binary, ['replicate', '-config', files.config, '-no-expand-env'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group, so Ctrl-C in a terminal reaches only the server, which stops
      // Litestream after the last write instead of at the same moment.
      detached: true,
    });
    child = running;
    if (running.pid) writeFileSync(files.pidfile, `${running.pid}\n`);
    db().pragma('wal_autocheckpoint = 0');
    const stopped = (code: number | null, signal: string | null) => {
      child = undefined;
      rmSync(files.pidfile, { force: true });
      if (stopping) return;
      db().pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
      if (Date.now() - started >= HEALTHY_RUN_MS) wait = FIRST_RESTART_MS;
      restarts++;
      log.error({ code, signal, restartInMs: wait }, 'Litestream stopped; starting it again');
      restartTimer = setTimeout(() => void launch(), wait);
      wait = Math.min(wait * 2, LAST_RESTART_MS);
    };
    running.once('exit', stopped);
    running.once('error', (error) => {
      log.error({ error: error.message }, 'Litestream failed');
      // A process that never started sends no exit: try again all the same.
      if (running.pid === undefined) stopped(null, null);
    });
  };

  const readings = watchLag(meter, files.database, () => metricsPort);
  reportReplication(() => ({
    on: true,
    running: child !== undefined,
    lagSeconds: meter.lagSeconds(Date.now()),
    behindBytes: meter.behindBytes(),
    restarts,
  }));
  await launch();
  log.info(
    { replica: settings.replica.type, config: files.config, pid: child?.pid },
    'Litestream is replicating the database',
  );

  return {
    async stop() {
      stopping = true;
      clearInterval(readings);
      clearTimeout(restartTimer);
      reportReplication(undefined);
      const running = child;
      if (!running) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
