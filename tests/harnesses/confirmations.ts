import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFakeResend, type Delivery } from '../fakes/resend.ts';
import { startSite, type RunningSite } from '../e2e/server.ts';
import { pledgeFields, postForm } from './load.ts';

/**
 * `npm run test:confirmations`: a national moment's confirmations. 5,000 pledges posted in 10
 * seconds through the real production server, against a fake Resend that, like a team's raised
 * limit, takes 5 requests a second (429 with retry-after beyond) and 100 emails a request:
 * 1. every confirmation arrives exactly once (counted by recipient at the fake), and the time from
 *    a pledge's acknowledgement (the 303) to its confirmation's arrival is printed at p50, p95,
 *    p99 and max; p95 must be under 10 seconds;
 * 2. more pledges, the server killed (SIGKILL) while a batch is with the provider and unanswered,
 *    and restarted on the same database: the batch goes again under its key, and every pledge
 *    stored has exactly one confirmation. Traffic goes only to 127.0.0.1.
 */
const PLEDGES = 5_000;
const LOAD_MS = 10_000;
const P95_BOUND_MS = 10_000;
const CRASH_PLEDGES = 1_000;
const CRASH_LOAD_MS = 2_000;
/** Parallel posting loops: enough that a slow answer never holds the schedule back. */
const WORKERS = 64;
/** Like Resend, the fake takes a moment to answer, so a kill can land while a batch is unanswered. */
const ANSWER_AFTER_MS = 150;

const dir = mkdtempSync(join(tmpdir(), 'mrs-confirmations-'));
const databasePath = join(dir, 'campaign.db');
const resend = await startFakeResend({
  apiKey: 'confirmations-key',
  requestsPerSecond: 5,
  answerAfterMs: ANSWER_AFTER_MS,
});
// As production runs: React's fast build renders the emails, and reserved domains are refused,
// so the pledges come from a registrable domain (only ever sent to the fake, on 127.0.0.1).
const env = {
  NODE_ENV: 'production',
  RESEND_API_KEY: 'confirmations-key',
  RESEND_API_URL: resend.url,
  RESEND_REQUESTS_PER_SECOND: '5',
  PLEDGES_PER_IP_PER_HOUR: '1000000',
};
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Confirmations that reached the fake, by recipient, read as they arrive. */
const arrived = new Map<string, Delivery[]>();
let read = 0;
function confirmationsTo(email: string): Delivery[] {
  for (; read < resend.deliveries.length; read += 1) {
    const delivery = resend.deliveries[read]!;
    if (!delivery.subject.startsWith('Please confirm')) continue;
    arrived.set(delivery.to[0]!, [...(arrived.get(delivery.to[0]!) ?? []), delivery]);
  }
  return arrived.get(email) ?? [];
}

/**
 * Posts `count` pledges spread evenly over `ms`, from parallel loops; returns when each was
 * acknowledged (ms since the epoch), and how long posting took.
 */
async function postPledges(site: RunningSite, prefix: string, count: number, ms: number) {
  const acknowledged = new Map<string, number>();
  const refused: number[] = [];
  const start = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let n = next++; n < count; n = next++) {
        const wait = start + (n * ms) / count - Date.now();
        if (wait > 0) await sleep(wait);
        const email = `${prefix}-${n}@example.org.uk`;
        const status = await postForm(site, '/join?_action=pledge', pledgeFields(email));
        if (status === 303) acknowledged.set(email, Date.now());
        else refused.push(status);
      }
    }),
  );
  return { acknowledged, refused, tookMs: Date.now() - start };
}

async function waitForConfirmations(emails: Iterable<string>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  const waiting = new Set(emails);
  while (waiting.size > 0 && Date.now() < deadline) {
    for (const email of waiting) if (confirmationsTo(email).length > 0) waiting.delete(email);
    if (waiting.size > 0) await sleep(50);
  }
  return waiting.size;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// 1. 5,000 pledges in 10 seconds, timed from each acknowledgement to its confirmation's arrival.
let site = await startSite(env, { databasePath });
const load = await postPledges(site, 'moment', PLEDGES, LOAD_MS);
check(
  load.refused.length === 0,
  `${load.refused.length} pledges were not acknowledged: ${[...new Set(load.refused)].join(', ')}`,
);
const missing = await waitForConfirmations(load.acknowledged.keys(), 60_000);
check(missing === 0, `${missing} confirmations had not arrived a minute after the last pledge`);
const waits = [...load.acknowledged]
  .flatMap(([email, at]) => confirmationsTo(email).map((d) => d.receivedAt - at))
  .sort((a, b) => a - b);
const p50 = percentile(waits, 50);
const p95 = percentile(waits, 95);
const p99 = percentile(waits, 99);
const max = waits.at(-1)!;
/** Requests that delivered (refused ones, answered 429, deliver nothing). */
const delivering = new Set(resend.deliveries.map((d) => d.idempotencyKey)).size;
check(p95 < P95_BOUND_MS, `p95 ${p95} ms is not under ${P95_BOUND_MS} ms`);
const requestsBefore = resend.requests;

// 2. More pledges; the server killed while a batch is with the provider, unanswered.
const crashLoad = postPledges(site, 'crash', CRASH_PLEDGES, CRASH_LOAD_MS);
const inBatch = (d: Delivery) =>
  d.to[0]!.startsWith('crash-') && d.idempotencyKey?.startsWith('outbox-batch/');
let seen = resend.deliveries.length;
let unanswered: string | null | undefined;
const crashDeadline = Date.now() + CRASH_LOAD_MS * 2;
while (!unanswered && Date.now() < crashDeadline) {
  unanswered = resend.deliveries.slice(seen).find(inBatch)?.idempotencyKey;
  seen = resend.deliveries.length;
  if (!unanswered) await new Promise((resolve) => setImmediate(resolve));
}
site.crash();
const batchSize = resend.deliveries.filter((d) => d.idempotencyKey === unanswered).length;
check(unanswered !== undefined, 'no batch was in flight to kill the server under');
const crashed = await crashLoad;
site = await startSite(env, { databasePath });
const db = new Database(databasePath, { readonly: true });
const stored = db
  .prepare("SELECT email FROM supporters WHERE email GLOB '*@example.org.uk'")
  .pluck()
  .all() as string[];
await waitForConfirmations(stored, 60_000);
// Settle: the server records the last request just after the provider answers it.
await sleep(500);
const storedSet = new Set(stored);
const lost = [...load.acknowledged.keys(), ...crashed.acknowledged.keys()].filter(
  (email) => !storedSet.has(email),
);
check(lost.length === 0, `${lost.length} acknowledged pledges are missing`);
const copies = stored.map((email) => confirmationsTo(email).length);
const never = copies.filter((n) => n === 0).length;
const twice = copies.filter((n) => n > 1).length;
check(never === 0, `${never} stored pledges never got their confirmation`);
check(twice === 0, `${twice} supporters got their confirmation more than once`);
check(resend.repeats > 0, 'the batch in flight at the kill was not sent again under its key');
const queued = db.prepare("SELECT count(*) FROM email_outbox WHERE state <> 'sent'").pluck().get();
check(queued === 0, `${String(queued)} emails are not marked sent`);
db.close();
await site.stop();
await resend.stop();
rmSync(dir, { recursive: true, force: true });

const rate = Math.round((PLEDGES * 1000) / load.tookMs);
console.log(
  `Confirmations test: ${load.acknowledged.size} of ${PLEDGES} pledges acknowledged in ` +
    `${load.tookMs} ms (${rate} a second); their confirmations went in ${delivering} requests to a ` +
    `fake Resend taking 5 a second and 100 emails each. Acknowledgement to arrival: p50 ${p50} ms, ` +
    `p95 ${p95} ms, p99 ${p99} ms, max ${max} ms (bound: p95 under ${P95_BOUND_MS} ms). ` +
    `Killed mid-batch (a batch of ${batchSize} unanswered) with ${crashed.acknowledged.size} of ` +
    `${CRASH_PLEDGES} more pledges acknowledged; restarted: ${stored.length} pledges stored, each ` +
    `confirmed once, ${resend.repeats} request(s) answered from the key, ` +
    `${resend.requests - requestsBefore} requests after the first part.`,
);
if (rate < PLEDGES / (LOAD_MS / 1000)) {
  // Said every run, not failed on: the bound asked of this test is the confirmations' p95.
  console.log(
    `Note: the server took ${rate} pledges a second here, not the ${PLEDGES / (LOAD_MS / 1000)} ` +
      'posted for: on a machine shared with other work it is CPU-bound (see the README).',
  );
}
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Passed: every confirmation exactly once, p95 within bound, nothing lost at a kill.');
