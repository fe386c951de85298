import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFakeResend } from '../fakes/resend.ts';
import { startSite } from '../e2e/server.ts';
import { findLiveTokens } from '../../src/lib/database-scans.ts';

/**
 * `npm run test:mailing`: a campaign email to 10,000 supporters, sent through the real pages and
 * the real worker to a local fake of Resend's batch API, twice:
 * 1. undisturbed, timed from the Send button's answer to the last email's arrival, against the
 *    time the configured rate allows (10,000 / MAILING_EMAILS_PER_SECOND): it must be within 5%;
 * 2. with the server killed (SIGKILL) while a batch is with the provider, and restarted: the
 *    batch is sent again under its idempotency key, and every supporter gets exactly one copy.
 * Then no email that has gone (the campaigner's test goes through the outbox) and no recipient sent
 * to may hold a link that still works.
 * Traffic goes only to 127.0.0.1.
 */
const SUPPORTERS = 10_000;
const RATE = 500;
/** Like Resend, the fake takes a moment to answer: a kill can land while a batch is unanswered. */
const ANSWER_AFTER_MS = 120;
const allowedMs = (SUPPORTERS / RATE) * 1000;

const dir = mkdtempSync(join(tmpdir(), 'mrs-mailing-'));
const databasePath = join(dir, 'campaign.db');
const resend = await startFakeResend({ apiKey: 'mailing-key', answerAfterMs: ANSWER_AFTER_MS });
const env = {
  RESEND_API_KEY: 'mailing-key',
  RESEND_API_URL: resend.url,
  MAILING_EMAILS_PER_SECOND: String(RATE),
};
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

let site = await startSite(env, { databasePath });
const db = new Database(databasePath);
db.pragma('busy_timeout = 5000');

// 10,000 confirmed supporters who asked for campaign emails, spread over the councils not signed.
db.transaction(() => {
  const councils = db
    .prepare("SELECT council_id FROM council_status WHERE status = 'not_signed'")
    .pluck()
    .all() as number[];
  const insert = db.prepare(
    `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
       wants_campaign_emails, unsubscribe_key, confirmed_at)
     VALUES (?, ?, 'Sam', 'Lee', ?, 'confirmed', 1, ?, ?)`,
  );
  for (let i = 0; i < SUPPORTERS; i += 1) {
    const email = `supporter-${i}@example.org`;
    insert.run(email, email, councils[i % councils.length], `key-${i}`, new Date().toISOString());
  }
})();

/** A campaigner's browser: a cookie jar of one, and forms posted from the site's own pages. */
let cookie = '';
async function post(path: string, fields: Record<string, string>) {
  const response = await fetch(site.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Origin: site.url,
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(cookie && { Cookie: cookie }),
    },
    body: new URLSearchParams(fields),
  });
  await response.arrayBuffer();
  const set = response.headers.get('Set-Cookie');
  if (set) cookie = set.split(';')[0]!;
  if (response.status !== 303) throw new Error(`${path} answered ${response.status}`);
  return response.headers.get('Location')!;
}

// An account made as an operator would, its password set by the printed link.
const printed = execFileSync(
  process.execPath,
  ['scripts/admin-create.ts', '--email', 'campaigner@example.org', '--role', 'campaigner'],
  { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' },
);
const token = /token=([\w-]+)/.exec(printed)![1]!;
const password = 'a long password for the mailing test';
await post('/admin/set-password?_action=setPassword', { token, password, again: password });

/** Writes a mailing to every council not signed; returns its id. */
async function writeMailing(subject: string): Promise<string> {
  const draft = await post('/admin/mailings/new?_action=createMailing', {
    subject,
    body: 'Your council has not signed the Runaways’ Charter. [Write to them](https://example.org/lobby).',
    'segment.kind': 'not-signed',
  });
  return /\/admin\/mailings\/(\d+)/.exec(draft)![1]!;
}

/** Sends a mailing; returns when Send was answered. */
async function sendMailing(id: string): Promise<number> {
  const started = await post(`/admin/mailings/${id}?_action=startMailing`, { id, checked: 'on' });
  check(started.endsWith(`started=${SUPPORTERS}`), `sending answered ${started}`);
  return Date.now();
}

const copies = (subject: string) => resend.deliveries.filter((d) => d.subject === subject);

async function waitForAll(subject: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (copies(subject).length < SUPPORTERS && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function duplicates(subject: string): number {
  const recipients = copies(subject).map((d) => d.to[0]);
  return recipients.length - new Set(recipients).size;
}

// 1. Undisturbed, timed.
const timed = 'Timed: your council has not signed';
const timedId = await writeMailing(timed);
// A test to the campaigner first, through the outbox, as the page offers.
await post(`/admin/mailings/${timedId}?_action=sendTestMailing`, { id: timedId });
const sentAt = await sendMailing(timedId);
await waitForAll(timed, allowedMs * 3);
const arrived = copies(timed);
const tookMs = Math.max(...arrived.map((d) => d.receivedAt)) - sentAt;
const off = (tookMs - allowedMs) / allowedMs;
check(arrived.length === SUPPORTERS, `${arrived.length} of ${SUPPORTERS} arrived`);
check(duplicates(timed) === 0, `${duplicates(timed)} supporters got the timed email twice`);
check(Math.abs(off) <= 0.05, `took ${tookMs} ms, ${(off * 100).toFixed(1)}% from ${allowedMs} ms`);
const requestsBefore = resend.requests;

// 2. Killed part-way, restarted on the same database.
const killed = 'Restarted: your council has not signed';
const killedSentAt = await sendMailing(await writeMailing(killed));
// Kill it the moment a batch past 40% has reached the provider, before its answer is back: the
// server restarts not knowing that batch went, and must send it again under the same key.
while (copies(killed).length < SUPPORTERS * 0.4) {
  await new Promise((resolve) => setImmediate(resolve));
}
site.crash();
const killedAfterMs = Date.now() - killedSentAt;
const beforeKill = copies(killed).length;
site = await startSite(env, { databasePath });
await waitForAll(killed, allowedMs * 3);
const restartedTookMs = Math.max(...copies(killed).map((d) => d.receivedAt)) - killedSentAt;
check(copies(killed).length === SUPPORTERS, `${copies(killed).length} of ${SUPPORTERS} arrived`);
check(duplicates(killed) === 0, `${duplicates(killed)} supporters got the email twice`);
check(resend.requests - requestsBefore > 100, 'no batch was sent again after the crash');
// Settle: the server records the last batch just after the provider answers it.
await new Promise((resolve) => setTimeout(resolve, 500));
const states = db
  .prepare('SELECT state, count(*) AS n FROM mailing_recipients GROUP BY state')
  .all() as { state: string; n: number }[];
check(
  states.length === 1 && states[0]!.state === 'sent' && states[0]!.n === 2 * SUPPORTERS,
  `recipients by state: ${JSON.stringify(states)}`,
);

const batchRequests = resend.requests - requestsBefore;
const tokens = findLiveTokens(db);
check(tokens.rows === 2 * SUPPORTERS + 1, `${tokens.rows} sent rows to scan for tokens`);
check(
  tokens.live.length === 0,
  `${tokens.live.length} working tokens in sent rows: ${JSON.stringify(tokens.live.slice(0, 3))}`,
);
db.close();
await site.stop();
await resend.stop();
rmSync(dir, { recursive: true, force: true });

console.log(
  `Mailing test: ${SUPPORTERS} emails at ${RATE} a second (batches of 100) arrived in ${tookMs} ms ` +
    `against ${allowedMs} ms allowed (${off >= 0 ? '+' : ''}${(off * 100).toFixed(1)}%). ` +
    `Killed ${killedAfterMs} ms in, with ${beforeKill} delivered and the last batch unanswered; restarted: ` +
    `${copies(killed).length} delivered to ${new Set(copies(killed).map((d) => d.to[0])).size} ` +
    `people in ${restartedTookMs} ms, ${batchRequests} batch requests for 100 batches ` +
    `(${batchRequests - 100} resent under their keys). Tokens: ${tokens.rows} sent rows scanned, ` +
    `${tokens.candidates} token-shaped strings, ${tokens.live.length} that work ` +
    `(checked against ${tokens.stores.join(', ')}).`,
);
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Passed: on time, exactly one copy each after a crash, and no working link kept.');
