import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FAKE_POSTCODES, startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startFakeResend } from '../fakes/resend.ts';
import { checkoutCompleted, paidGift, signed } from '../fakes/stripe-events.ts';
import { startFakeStripe } from '../fakes/stripe.ts';
import { startSite, type RunningSite } from '../e2e/server.ts';
import { CHARTER_VERSION } from '../../src/lib/signing/charter-text.ts';
import { dailyCountDrift } from '../../src/lib/daily-counts.ts';
import { findLiveTokens } from '../../src/lib/database-scans.ts';
import { pledgeFields, postForm, runLoad } from './load.ts';

/**
 * `npm run test:crash`: every write a visitor makes (pledges, confirmations, letters, signing
 * requests, comments, and Stripe's webhook for donations) under load, the server killed with
 * SIGKILL in the middle, then restarted on the same database. Passes only if every write that was
 * acknowledged is stored, each email it causes was delivered exactly once (counted at a local fake
 * of Resend), the counters equal the rows, and no email that has gone holds a link that still
 * works. Traffic goes only to 127.0.0.1.
 */
const WORKERS = 16;
const LOAD_MS = 3_000;
const CRASH_AFTER_MS = 1_500;

const STRIPE_SECRET = 'whsec_crash_test';
const dir = mkdtempSync(join(tmpdir(), 'mrs-crash-'));
const databasePath = join(dir, 'campaign.db');
const resend = await startFakeResend({ apiKey: 'crash-key' });
const postcodes = await startFakePostcodesIo();
const stripe = await startFakeStripe({ apiKey: 'sk_test_crash', webhookSecret: STRIPE_SECRET });
const env = {
  POSTCODES_API_URL: postcodes.url,
  RESEND_API_KEY: 'crash-key',
  RESEND_API_URL: resend.url,
  STRIPE_SECRET_KEY: 'sk_test_crash',
  STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
  STRIPE_API_URL: stripe.url,
  PLEDGES_PER_IP_PER_HOUR: '1000000',
  LETTERS_PER_IP_PER_HOUR: '1000000',
  LETTERS_PER_COUNCIL_PER_DAY: '1000000',
  // Each letter on its own: a digest would wait for the next morning.
  LETTER_DIGEST_AFTER: '1000000',
  COUNCIL_EMAILS_PER_IP_PER_HOUR: '1000000',
  COMMENTS_PER_IP_PER_HOUR: '1000000',
  DONATIONS_PER_IP_PER_HOUR: '1000000',
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

/**
 * Posts each emailed link's token to `action` under load, the server killed part way; then, on
 * the restarted server, every link again, each of which must be taken (303): confirmed now, or
 * already.
 */
async function confirmAcrossACrash(links: readonly URL[], action: string, what: string) {
  const confirm = (link: URL) => postForm(site, action, { token: link.searchParams.get('token')! });
  await underLoad(site, CRASH_AFTER_MS, async (n) => {
    const link = links[n];
    if (link) await confirm(link);
    else await new Promise((resolve) => setTimeout(resolve, 50));
  });
  site = await startSite(env, { databasePath });
  for (const link of links) check((await confirm(link)) === 303, `${what} ${link.search} failed`);
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
// Letters go only to people a campaigner has checked: here, every council's lead member.
const setup = new Database(databasePath);
setup
  .prepare(
    `UPDATE council_targets SET state = 'verified', last_checked_on = '2026-11-20',
       source = 'https://www.example.gov.uk/councillors',
       email = 'lead.member@' || (SELECT slug FROM councils AS c WHERE c.id = council_id) || '.councillors.test'
     WHERE role = 'lead_member'`,
  )
  .run();
setup.close();
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
await confirmAcrossACrash(links, '/pledge/confirm?_action=confirmPledge', 'confirming');

const confirmedRows = db
  .prepare("SELECT count(*) FROM supporters WHERE state = 'confirmed'")
  .pluck()
  .get();
const counter = (await (await fetch(`${site.url}/api/pledges/count.json`)).json()) as {
  online: number;
  offline: number;
  total: number;
};
check(counter.online === confirmedRows, `count says ${counter.online}, rows say ${confirmedRows}`);
check(
  counter.total === counter.online + counter.offline,
  `total says ${counter.total}, online and offline ${counter.online} + ${counter.offline}`,
);
check(confirmedRows === stored.size, `${confirmedRows} of ${stored.size} pledges confirmed`);

db.close();

// 3. Every other write a visitor makes, each under load with a crash: every acknowledged write
// is stored after the restart, and each email it causes is delivered exactly once.
const WORDS =
  'children run away home care council charter listen safe return interview protocol police school health count think act prevent missing risk help young people local area support'.split(
    ' ',
  );
const words = (n: number) =>
  Array.from({ length: 24 }, (_, i) => WORDS[(n * 7 + i * 13 + n * i) % WORDS.length]).join(' ');
/** Councils letters go to, each with a postcode in it that the fake postcodes.io knows. */
const LETTER_COUNCILS = [
  ['kent', FAKE_POSTCODES.maidstone],
  ['cardiff', FAKE_POSTCODES.cardiff],
  ['barnet', FAKE_POSTCODES.barnet],
  ['barnsley', FAKE_POSTCODES.barnsley],
  ['bedford', FAKE_POSTCODES.bedford],
  ['rutland', FAKE_POSTCODES.rutland],
] as const;
const letterTo = (n: number) => LETTER_COUNCILS[n % LETTER_COUNCILS.length]!;
const NEWS_POST = readdirSync('src/content/news')[0]!.replace(/\.mdx?$/, '');

interface WritePhase {
  name: string;
  path: (n: number) => string;
  fields: (n: number, email: string) => Record<string, string>;
  /** The addresses of what is stored now. */
  stored: (db: Database.Database) => string[];
  /** The email each write sends its writer, if any, by subject. */
  emailSubject?: RegExp;
}

const PHASES: WritePhase[] = [
  {
    name: 'letters',
    path: (n) => `/lobby/${letterTo(n)[0]}?_action=sendLetter`,
    fields: (n, email) => ({
      council: letterTo(n)[0],
      writerName: 'Crash Writer',
      email,
      postcode: letterTo(n)[1],
      subject: `Letter ${n} about the Runaways Charter`,
      opening: '',
      ownWords: `${words(n)} ${n}`,
    }),
    stored: (db) => db.prepare('SELECT writer_email FROM letters').pluck().all() as string[],
    emailSubject: /^Confirm your letter to /,
  },
  {
    name: 'signing requests',
    path: () => '/sign?_action=signCharter',
    fields: (n, email) => ({
      // Councils that have not signed: a signed one refuses new requests.
      council: ['cardiff', 'leeds', 'essex', 'surrey', 'norfolk'][n % 5]!,
      name: 'Crash Officer',
      role: 'Director of Children’s Services',
      email,
      leadMember: 'Crash Member',
      intent: 'sign',
      commit: 'yes',
      charterVersion: CHARTER_VERSION,
    }),
    stored: (db) => db.prepare('SELECT email FROM signing_requests').pluck().all() as string[],
    emailSubject: /^Please confirm: /,
  },
  {
    name: 'comments',
    path: () => `/news/${NEWS_POST}?_action=postComment`,
    fields: (n, email) => ({
      post: NEWS_POST,
      name: 'Crash Reader',
      email,
      body: words(n),
      website: '',
    }),
    stored: (db) => db.prepare('SELECT email FROM news_comments').pluck().all() as string[],
  },
];

const phaseReports: string[] = [];
for (const phase of PHASES) {
  const phaseStarted = performance.now();
  const acknowledgedHere: string[] = [];
  const slug = phase.name.replace(/\W+/g, '-');
  await underLoad(site, CRASH_AFTER_MS, async (n) => {
    const email = `crash-${slug}-${n}@example.org`;
    const status = await postForm(site, phase.path(n), phase.fields(n, email));
    if (status === 303) acknowledgedHere.push(email);
    else if (status !== 0) problems.push(`${phase.name} ${n} answered ${status}`);
  });
  site = await startSite(env, { databasePath });
  await waitForOutbox(site);
  const live = new Database(databasePath, { readonly: true });
  const storedHere = new Set(phase.stored(live));
  live.close();
  const missing = acknowledgedHere.filter((email) => !storedHere.has(email));
  check(missing.length === 0, `${missing.length} acknowledged ${phase.name} are missing`);
  check(acknowledgedHere.length > 0, `no ${phase.name} were acknowledged`);
  let emailed = 0;
  if (phase.emailSubject) {
    const per = new Map<string, number>();
    for (const d of resend.deliveries) {
      if (phase.emailSubject.test(d.subject) && d.to[0]!.startsWith(`crash-${slug}-`)) {
        per.set(d.to[0]!, (per.get(d.to[0]!) ?? 0) + 1);
      }
    }
    emailed = per.size;
    const twice = [...per.values()].filter((n) => n > 1).length;
    check(twice === 0, `${twice} ${phase.name} had their email delivered more than once`);
    const unsent = [...storedHere].filter((email) => !per.has(email)).length;
    check(unsent === 0, `${unsent} stored ${phase.name} never got their email`);
  }
  phaseReports.push(
    `${phase.name}: ${acknowledgedHere.length} acknowledged, ${storedHere.size} stored` +
      (phase.emailSubject ? `, ${emailed} emailed once each` : '') +
      ` (${((performance.now() - phaseStarted) / 1000).toFixed(1)} s)`,
  );
}

// 3b. Confirming the letters under load with a crash: each councillor gets each letter exactly
// once (and the writer one copy), and the public tallies equal the letters sent.
const letterLinks = resend.deliveries
  .filter((d) => /^Confirm your letter to /.test(d.subject))
  .map((d) => new URL(/https?:\/\/\S+\/lobby\/confirm\?token=[\w-]+/.exec(d.text)![0]));
await confirmAcrossACrash(letterLinks, '/lobby/confirm?_action=confirmLetter', 'confirming letter');
const letterDb = new Database(databasePath, { readonly: true });
const sentLetters = letterDb
  .prepare(
    `SELECT l.subject, count(r.target_id) + 1 AS copies FROM letters AS l
     JOIN letter_recipients AS r ON r.letter_id = l.id AND r.sent_on IS NOT NULL
     WHERE l.state = 'sent' GROUP BY l.id`,
  )
  .all() as { subject: string; copies: number }[];
const tallied = letterDb.prepare('SELECT coalesce(sum(sent), 0) FROM letter_counts').pluck().get();
letterDb.close();
const expectedLetterEmails = sentLetters.reduce((sum, letter) => sum + letter.copies, 0);
const letterEmails = () => resend.deliveries.filter((d) => /^Letter \d+ about /.test(d.subject));
for (let wait = 0; wait < 120 && letterEmails().length < expectedLetterEmails; wait += 1) {
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const perRecipient = new Map<string, number>();
for (const d of letterEmails()) {
  const key = `${d.subject} → ${d.to[0]}`;
  perRecipient.set(key, (perRecipient.get(key) ?? 0) + 1);
}
const repeated = [...perRecipient.values()].filter((n) => n > 1).length;
check(
  sentLetters.length === letterLinks.length,
  `${sentLetters.length} of ${letterLinks.length} letters sent`,
);
check(repeated === 0, `${repeated} letters reached someone more than once`);
check(
  letterEmails().length === expectedLetterEmails,
  `${letterEmails().length} letter emails delivered, ${expectedLetterEmails} expected`,
);
check(
  tallied === sentLetters.length,
  `letter tallies say ${tallied}, rows say ${sentLetters.length}`,
);
phaseReports.push(
  `letters confirmed: ${sentLetters.length} sent around a SIGKILL, ${letterEmails().length} emails to councillors and writers, each once; tallies ${tallied}`,
);

// 4. Donations: Stripe's webhook under load with a crash. Stripe resends any event not answered
// 2xx, so each is sent until it is; each gift must be recorded once, with one receipt.
stripe.setWebhookUrl(`${site.url}/api/stripe/webhook`);
const gifts = [];
for (let n = 0; n < 40; n += 1) {
  const status = await postForm(site, '/donate?_action=startDonation', {
    frequency: 'one-off',
    amount: '10',
    email: `crash-gift-${n}@example.org`,
  });
  check(status === 303, `starting gift ${n} answered ${status}`);
}
for (const session of stripe.sessions) gifts.push(paidGift(session));
const events = gifts.map((gift) => signed(checkoutCompleted(gift), STRIPE_SECRET));
async function deliverEvent(event: { body: string; signature: string }) {
  for (;;) {
    try {
      const response = await fetch(`${site.url}/api/stripe/webhook`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': event.signature },
        body: event.body,
      });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // The server is down: wait, as Stripe does, then send it again.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
setTimeout(() => site.crash(), 300);
const delivering = Promise.all(
  [...events, ...events].map(async (event, i) => {
    await new Promise((resolve) => setTimeout(resolve, i * 15));
    await deliverEvent(event);
  }),
);
await new Promise((resolve) => setTimeout(resolve, 600));
site = await startSite(env, { databasePath });
await delivering;
await waitForOutbox(site);
const money = new Database(databasePath, { readonly: true });
const donations = money.prepare('SELECT count(*) FROM donations').pluck().get() as number;
const receipts = resend.deliveries.filter((d) => d.subject === 'Your receipt: £10 gift');
money.close();
check(donations === gifts.length, `${donations} donations recorded for ${gifts.length} gifts`);
check(receipts.length === gifts.length, `${receipts.length} receipts for ${gifts.length} gifts`);
phaseReports.push(
  `donations: ${gifts.length} gifts, each event sent twice around a SIGKILL; ${donations} recorded, ${receipts.length} receipts`,
);

await site.stop();
// 5. What a copy of the database would give away: no email sent or given up holds a working link.
const scanned = new Database(databasePath, { readonly: true });
const tokens = findLiveTokens(scanned);
// The dashboard's daily counters, moved in the same transactions as the rows, agree with them.
const drifts = await dailyCountDrift(scanned);
const dailyCounted = scanned.prepare('SELECT count(*) FROM daily_counts').pluck().get() as number;
scanned.close();
check(drifts.length === 0, `daily counters differ from the rows: ${JSON.stringify(drifts)}`);
phaseReports.push(
  `daily counters: ${dailyCounted} counters, ${drifts.length} differ from the rows`,
);
check(tokens.rows >= resend.deliveries.length, `only ${tokens.rows} sent emails to scan`);
check(
  tokens.live.length === 0,
  `${tokens.live.length} working tokens in sent emails: ${JSON.stringify(tokens.live.slice(0, 3))}`,
);
phaseReports.push(
  `tokens: ${tokens.rows} sent or dead emails scanned, ${tokens.candidates} token-shaped strings, ` +
    `${tokens.live.length} that work (checked against ${tokens.stores.join(', ')})`,
);
await Promise.all([resend.stop(), stripe.stop(), postcodes.stop()]);
rmSync(dir, { recursive: true, force: true });

console.log(
  `Crash test: ${acknowledged.length} pledges acknowledged before and around a SIGKILL, ` +
    `${stored.size} stored, ${confirmations.length} confirmation emails delivered ` +
    `(${resend.requests} requests to the provider), ${confirmedRows} confirmed after a second ` +
    `SIGKILL, public count ${counter.online} online and ${counter.offline} offline.`,
);
for (const report of phaseReports) console.log(`  ${report}`);
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  'Passed: nothing acknowledged was lost, no email went twice, the counts are true, for every write; no sent email keeps a working link.',
);
