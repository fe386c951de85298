import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startSite } from '../e2e/server.ts';
import { pledgeFields, postForm, runLoad } from './load.ts';

/**
 * `npm run test:backup`: `npm run db:backup` taken while pledges pour in, then `npm run
 * db:restore` into a fresh place and the site started on it. Passes only if the restored
 * database passes SQLite's integrity check and holds every pledge acknowledged before the backup
 * began. Traffic goes only to 127.0.0.1.
 */
const dir = mkdtempSync(join(tmpdir(), 'mrs-backup-'));
const databasePath = join(dir, 'campaign.db');
const backupPath = join(dir, 'backup.db');
const restoredPath = join(dir, 'restored', 'campaign.db');
const env = { PLEDGES_PER_IP_PER_HOUR: '1000000' };
const problems: string[] = [];
/** Runs an operator's script in its own process, without stopping the load in this one. */
const operator = async (script: string, database: string, ...args: string[]) =>
  (
    await promisify(execFile)(process.execPath, [`scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_PATH: database },
      encoding: 'utf8',
    })
  ).stdout.trim();

const site = await startSite(env, { databasePath });
const acknowledged: string[] = [];
let beforeBackup: string[] = [];
let backupMs = 0;
let backup: Promise<string> = Promise.resolve('');
setTimeout(() => {
  // Everything acknowledged by now must be in the copy.
  beforeBackup = [...acknowledged];
  const started = performance.now();
  backup = operator('db-backup', databasePath, backupPath).finally(() => {
    backupMs = performance.now() - started;
  });
}, 1_500);
await runLoad({ workers: 16, ms: 3_000 }, async (n) => {
  const email = `backup-${n}@example.org`;
  const status = await postForm(site, '/join?_action=pledge', pledgeFields(email));
  if (status === 303) acknowledged.push(email);
  else problems.push(`pledge ${n} answered ${status}`);
});
const backupReport = await backup;
await site.stop();

const restoreReport = await operator('db-restore', restoredPath, backupPath);
const restored = new Database(restoredPath, { readonly: true });
const integrity = String(restored.pragma('integrity_check', { simple: true }));
const stored = new Set(restored.prepare('SELECT email FROM supporters').pluck().all() as string[]);
restored.close();
if (integrity !== 'ok') problems.push(`the restored database failed its check: ${integrity}`);
const missing = beforeBackup.filter((email) => !stored.has(email));
if (missing.length)
  problems.push(`${missing.length} pledges acknowledged before the backup are missing`);
if (beforeBackup.length === 0) problems.push('no pledge was acknowledged before the backup began');

const again = await startSite(env, { databasePath: restoredPath });
const health = (await (await fetch(`${again.url}/healthz`)).json()) as { status: string };
if (health.status !== 'ok')
  problems.push(`the site on the restored database says ${health.status}`);
await again.stop();
rmSync(dir, { recursive: true, force: true });

console.log(backupReport);
console.log(restoreReport);
console.log(
  `Backup test: ${acknowledged.length} pledges acknowledged in 3 s; the backup began after ` +
    `${beforeBackup.length} and held ${stored.size} (${Math.round(backupMs)} ms, the site writing ` +
    `throughout); restored copy integrity ${integrity}; the site started on it: ${health.status}.`,
);
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Passed: the backup taken under load restores whole, with every acknowledged pledge.');
