import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFakeResend } from '../tests/fakes/resend.ts';
import { startSite, type RunningSite } from '../tests/e2e/server.ts';
import { pledgeFields, postForm, runLoad } from './load.ts';

/**
 * `npm run test:crash`: pledges and confirmations under load, the server killed with SIGKILL in the
 * middle, then restarted on the same database. Passes only if every pledge that was acknowledged
 * is stored, each confirmation email was delivered exactly once (counted at a local fake of
 * Resend), and the public count equals the confirmed rows. Traffic goes only to 127.0.0.1.
 */
const WORKERS = 16;
const LOAD_MS = 3_000;
const CRASH_AFTER_MS = 1_500;

const dir = mkdtempSync(join(tmpdir(), 'mrs-crash-'));
const databasePath = join(dir, 'campaign.db');
const resend = await startFakeResend({ apiKey: 'crash-key' });
const env = {
  RESEND_API_KEY: 'crash-key',
  RESEND_API_URL: resend.url,
  PLEDGES_PER_IP_PER_HOUR: '1000000',
};
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

/** Runs `action` under load until LOAD_MS pass, killing the server after `crashAfter` ms. */
async function underLoad(
  site: RunningSite,
  crashAfter: number,
  action: (n: number) => Promise<void>,
) {
  setTimeout(() => site.crash(), crashAfter);
  await runLoad({ workers: WORKERS, ms: LOAD_MS }, action);
}

async function waitForOutbox(site: RunningSite) {
  for (let i = 0; i < 120; i += 1) {
    const health = (await (await fetch(`${site.url}/healthz`)).json()) as {
      outbox: { queued: number };
    };
    if (health.outbox.queued === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  problems.push('the outbox did not empty within a minute of restarting');
}

// 1. Pledges under load, crash, restart.
let site = await startSite(env, { databasePath });
const acknowledged: string[] = [];
await underLoad(site, CRASH_AFTER_MS, async (n) => {
  const email = `crash-${n}@example.org`;
  const status = await postForm(site, '/join?_action=pledge', pledgeFields(email));
  if (status === 303) acknowledged.push(email);
  else if (status !== 0) problems.push(`pledge ${n} answered ${status}`);
});
site = await startSite(env, { databasePath });
await waitForOutbox(site);

const db = new Database(databasePath, { readonly: true });
const stored = new Set(db.prepare('SELECT email FROM supporters').pluck().all() as string[]);
const lost = acknowledged.filter((email) => !stored.has(email));
check(
  lost.length === 0,
  `${lost.length} acknowledged pledges are missing: ${lost.slice(0, 3).join(', ')}`,
);

const confirmations = resend.deliveries.filter((d) => d.subject.startsWith('Please confirm'));
const perAddress = new Map<string, number>();
for (const d of confirmations) perAddress.set(d.to[0]!, (perAddress.get(d.to[0]!) ?? 0) + 1);
const twice = [...perAddress].filter(([, n]) => n > 1);
check(twice.length === 0, `${twice.length} supporters got their confirmation more than once`);
const unsent = [...stored].filter((email) => !perAddress.has(email));
check(unsent.length === 0, `${unsent.length} stored pledges never got their confirmation email`);

// 2. Confirmations under load, crash, restart, and confirm the rest.
const links = confirmations.map(
  (d) => new URL(/https?:\/\/\S+\/pledge\/confirm\?token=[\w-]+/.exec(d.text)![0]),
);
const confirm = (link: URL) =>
  postForm(site, '/pledge/confirm?_action=confirmPledge', {
    token: link.searchParams.get('token')!,
  });
await underLoad(site, CRASH_AFTER_MS, async (n) => {
  const link = links[n];
  if (link) await confirm(link);
  else await new Promise((resolve) => setTimeout(resolve, 50));
});
site = await startSite(env, { databasePath });
for (const link of links) check((await confirm(link)) === 303, `confirming ${link.search} failed`);

const confirmedRows = db
  .prepare("SELECT count(*) FROM supporters WHERE state = 'confirmed'")
  .pluck()
  .get();
const counter = (await (await fetch(`${site.url}/api/pledges/count.json`)).json()) as {
  confirmed: number;
};
check(
  counter.confirmed === confirmedRows,
  `count says ${counter.confirmed}, rows say ${confirmedRows}`,
);
check(confirmedRows === stored.size, `${confirmedRows} of ${stored.size} pledges confirmed`);

db.close();
await site.stop();
await resend.stop();
rmSync(dir, { recursive: true, force: true });

console.log(
  `Crash test: ${acknowledged.length} pledges acknowledged before and around a SIGKILL, ` +
    `${stored.size} stored, ${confirmations.length} confirmation emails delivered ` +
    `(${resend.requests} requests to the provider), ${confirmedRows} confirmed after a second ` +
    `SIGKILL, public count ${counter.confirmed}.`,
);
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Passed: nothing acknowledged was lost, no email went twice, the count is true.');
