import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { startSite } from '../e2e/server.ts';
import { replicationFiles } from '../../src/lib/replication/config.ts';
import { pledgeFields, postForm, runLoad } from './load.ts';

/**
 * `npm run test:replication`: pledges pour in while Litestream replicates to a directory; the
 * server and its Litestream are killed at once with SIGKILL, as a lost machine stops, and the
 * database, its WAL and its shared memory file are deleted. `npm run db:restore --
 * --from-replica` must bring back every pledge acknowledged more than 1 s before the kill, whole
 * (integrity check ok), and the site must start on it. A restore to a moment during the load must
 * hold that moment's pledges and none made after it. Traffic goes only to 127.0.0.1.
 */
const WORKERS = 8;
const KILL_AFTER_MS = 3_000;
/** The loss the campaign accepts: pledges acknowledged earlier than this before the kill. */
const RPO_MS = 1_000;

const dir = mkdtempSync(join(tmpdir(), 'mrs-replication-'));
const databasePath = join(dir, 'campaign.db');
const pointInTimePath = join(dir, 'then', 'campaign.db');
const env = { PLEDGES_PER_IP_PER_HOUR: '1000000', LITESTREAM_REPLICA_URL: join(dir, 'replica') };
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};
/** `npm run db:restore` in its own process, as an operator runs it. */
const restore = async (database: string, ...args: string[]) => {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['scripts/db-restore.ts', '--from-replica', ...args],
    { env: { ...process.env, ...env, DATABASE_PATH: database }, encoding: 'utf8' },
  );
  return { report: stdout.trim(), ms: Math.round(performance.now() - started) };
};
const emailsIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return {
      integrity: String(db.pragma('integrity_check', { simple: true })),
      emails: new Set(db.prepare('SELECT email FROM supporters').pluck().all() as string[]),
    };
  } finally {
    db.close();
  }
};

const site = await startSite(env, { databasePath });
const litestreamPid = Number(readFileSync(replicationFiles(databasePath).pidfile, 'utf8'));
/** Each pledge: when its request began, and when the 303 came back (undefined if it never did). */
const pledges: { email: string; sent: number; acknowledged?: number }[] = [];
let killedAt = 0;
// Halfway through the load: the moment the point-in-time restore asks for.
const moment = new Promise<number>((resolve) => setTimeout(() => resolve(Date.now()), 1_500));
setTimeout(() => {
  // Both at once, as a machine that is lost stops both: the server cannot stop its child.
  site.crash();
  process.kill(litestreamPid, 'SIGKILL');
  killedAt = Date.now();
}, KILL_AFTER_MS);
await runLoad({ workers: WORKERS, ms: KILL_AFTER_MS + 300 }, async (n) => {
  if (killedAt) return void (await new Promise((resolve) => setTimeout(resolve, 50)));
  const pledge: (typeof pledges)[number] = { email: `replica-${n}@example.org`, sent: Date.now() };
  pledges.push(pledge);
  const status = await postForm(site, '/join?_action=pledge', pledgeFields(pledge.email));
  if (status === 303) pledge.acknowledged = Date.now();
  else if (!killedAt) problems.push(`pledge ${n} answered ${status}`);
});
for (const file of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`]) {
  rmSync(file, { force: true });
}
check(!existsSync(databasePath), 'the database could not be deleted');

const latest = await restore(databasePath);
const restored = emailsIn(databasePath);
check(restored.integrity === 'ok', `the restored database failed its check: ${restored.integrity}`);
const acknowledged = pledges.filter((pledge) => pledge.acknowledged !== undefined);
const mustHave = acknowledged.filter((pledge) => pledge.acknowledged! < killedAt - RPO_MS);
const missing = acknowledged.filter((pledge) => !restored.emails.has(pledge.email));
const newestRestored = Math.max(
  ...acknowledged.filter((p) => restored.emails.has(p.email)).map((p) => p.acknowledged!),
);
const oldestMissing = Math.min(...missing.map((pledge) => pledge.acknowledged!));
const lost = mustHave.filter((pledge) => !restored.emails.has(pledge.email));
check(
  lost.length === 0,
  `${lost.length} pledges acknowledged over 1 s before the kill are missing`,
);
check(mustHave.length > 0, 'no pledge was acknowledged over 1 s before the kill');

// A point in time: everything acknowledged a second before it, nothing sent after it.
const then = await moment;
const pointInTime = await restore(pointInTimePath, '--timestamp', new Date(then).toISOString());
const past = emailsIn(pointInTimePath);
const lostThen = acknowledged.filter(
  (p) => p.acknowledged! < then - RPO_MS && !past.emails.has(p.email),
);
const fromLater = pledges.filter((pledge) => pledge.sent > then && past.emails.has(pledge.email));
check(past.integrity === 'ok', `the point-in-time copy failed its check: ${past.integrity}`);
check(lostThen.length === 0, `the point-in-time copy lacks ${lostThen.length} earlier pledges`);
check(fromLater.length === 0, `the point-in-time copy holds ${fromLater.length} later pledges`);

// The site starts on the restored database, replicating again, and has lost nothing since.
const again = await startSite(env, { databasePath });
const health = (await (await fetch(`${again.url}/healthz`)).json()) as {
  status: string;
  replication: { on: boolean };
};
check(health.status === 'ok', `the site on the restored database says ${health.status}`);
check(health.replication.on, 'the site on the restored database is not replicating');
await again.stop();
const afterRestart = emailsIn(databasePath).emails.size;
check(
  afterRestart === restored.emails.size,
  `the restored database held ${restored.emails.size} pledges, the site then ${afterRestart}`,
);
rmSync(dir, { recursive: true, force: true });

const seconds = (ms: number) => (ms / 1000).toFixed(2);
console.log(latest.report);
console.log(
  `Replication test: ${acknowledged.length} pledges acknowledged in ${seconds(KILL_AFTER_MS)} s ` +
    `(${WORKERS} at a time), then the server and Litestream killed (SIGKILL) and the database deleted. ` +
    `Restored from the replica in ${latest.ms} ms: ${restored.emails.size} pledges, integrity ` +
    `${restored.integrity}; acknowledged and missing: ${missing.length}.`,
);
console.log(
  `Measured RPO: the newest acknowledged pledge restored was acknowledged ${seconds(killedAt - newestRestored)} s ` +
    `before the kill; the oldest missing one ${missing.length ? `${seconds(killedAt - oldestMissing)} s` : '(none missing)'} before it.`,
);
console.log(
  `Point in time (${seconds(then - (killedAt - KILL_AFTER_MS))} s into the load): ${past.emails.size} pledges, ` +
    `none sent after it, every one acknowledged a second before it; restored in ${pointInTime.ms} ms.`,
);
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Passed: the replica restores whole, within the 1 s the campaign accepts.');
