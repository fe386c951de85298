import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { startSite, type RunningSite } from '../tests/e2e/server.ts';
import { EMAILABLE, seedMillion, SUPPORTERS, type MillionSeed } from './bench/seed-million.ts';

/**
 * `npm run bench:scale`: the public's latency at a million supporters, alone and while a
 * campaigner's heavy work runs. Seeds SUPPORTERS supporters with SQL into a temporary
 * database (bench/seed-million.ts), starts the production server on it as `npm run bench` does,
 * and keeps up a steady trickle of pledges and count.json reads (127.0.0.1 only) while, one after
 * another: the supporters export downloads, the dashboard loads, the invalidation preview counts,
 * and a mailing to everyone fixes its recipients. Prints each figure against its target;
 * it never fails on them (exit code 0).
 */
const BASELINE_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Closed-loop clients of each kind, each pausing this long between its requests. */
const CLIENTS = 2;
const PAUSE_MS = 25;

type Kind = 'pledge' | 'count';
type Samples = Record<Kind, number[]>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let serial = 0;

async function publicRequest(url: string, kind: Kind): Promise<void> {
  const response =
    kind === 'count'
      ? await fetch(`${url}/api/pledges/count.json`)
      : await fetch(`${url}/join?_action=pledge`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            firstName: 'Bench',
            lastName: 'Mark',
            email: `scale-${process.pid}-${serial++}@example.org`,
            shownAt: '1',
            from: '/join',
          }).toString(),
        });
  await response.arrayBuffer();
  const ok = kind === 'count' ? response.ok : response.status >= 300 && response.status < 400;
  if (!ok) throw new Error(`${kind}: answered ${response.status}`);
}

/** Pledges and count reads, CLIENTS of each, until stopped; each request's time in ms. */
function publicLoad(url: string): { stop(): Promise<Samples> } {
  let running = true;
  const samples: Samples = { pledge: [], count: [] };
  const client = async (kind: Kind) => {
    while (running) {
      const started = performance.now();
      await publicRequest(url, kind);
      samples[kind].push(performance.now() - started);
      await sleep(PAUSE_MS);
    }
  };
  const clients = (['pledge', 'count'] as const).flatMap((kind) =>
    Array.from({ length: CLIENTS }, () => client(kind)),
  );
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return samples;
    },
  };
}

function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** The largest resident memory of the server while `work` runs, sampled every 50 ms. */
async function peakRss<T>(pid: number, work: Promise<T>): Promise<[T, number]> {
  let peak = rssMiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 50);
  try {
    return [await work, peak];
  } finally {
    clearInterval(timer);
  }
}

const admin = (site: RunningSite, seed: MillionSeed) => ({
  Cookie: `mrs_admin=${seed.session}`,
  Origin: site.url,
  'Content-Type': 'application/x-www-form-urlencoded',
});

/** Downloads the supporters export as it streams, counting its rows (header aside). */
async function exportSupporters(site: RunningSite, seed: MillionSeed): Promise<number> {
  const response = await fetch(`${site.url}/admin/exports/supporters.csv`, {
    method: 'POST',
    headers: admin(site, seed),
    body: '',
  });
  if (!response.ok) throw new Error(`export: answered ${response.status}`);
  // Counted with the native search, not byte by byte: this process also times the public's
  // requests, and a JavaScript loop over 40 MB here would delay those timings, not the server.
  let lines = 0;
  for await (const chunk of response.body!) {
    const { buffer, byteOffset, byteLength } = chunk as Uint8Array;
    const bytes = Buffer.from(buffer, byteOffset, byteLength);
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines += 1;
  }
  return lines - 1;
}

async function adminGet(site: RunningSite, seed: MillionSeed, path: string): Promise<void> {
  const response = await fetch(site.url + path, { headers: admin(site, seed) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path}: answered ${response.status}`);
}

async function startMailing(site: RunningSite, seed: MillionSeed): Promise<number> {
  const response = await fetch(
    `${site.url}/admin/mailings/${seed.mailingId}?_action=startMailing`,
    {
      method: 'POST',
      redirect: 'manual',
      headers: admin(site, seed),
      body: new URLSearchParams({ id: String(seed.mailingId), checked: 'on' }).toString(),
    },
  );
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`start mailing: answered ${response.status}`);
  const db = new Database(seed.databasePath, { readonly: true });
  const recipients = db
    .prepare('SELECT count(*) FROM mailing_recipients WHERE mailing_id = ?')
    .pluck()
    .get(seed.mailingId) as number;
  db.close();
  return recipients;
}

const percentile = (values: number[], p: number) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mark = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/** One line of figures for a phase, each against its target. */
function report(phase: string, samples: Samples, took?: number) {
  const pledge99 = percentile(samples.pledge, 0.99);
  const count99 = percentile(samples.count, 0.99);
  const longest = Math.max(...samples.pledge, ...samples.count);
  console.log(
    `${phase.padEnd(30)} ${took === undefined ? '' : `(took ${ms(took)}) `}` +
      `pledge p50 ${ms(percentile(samples.pledge, 0.5))} p99 ${ms(pledge99)} ${mark(pledge99 < 100)}; ` +
      `count p50 ${ms(percentile(samples.count, 0.5))} p99 ${ms(count99)} ${mark(count99 < 20)}; ` +
      `longest ${ms(longest)} ${mark(longest < 250)} ` +
      `(${samples.pledge.length} pledges, ${samples.count.length} counts)`,
  );
}

/** Runs `job` under the public load, which goes on at least two seconds so p99 means something. */
async function during<T>(site: RunningSite, phase: string, job: () => Promise<T>): Promise<T> {
  const load = publicLoad(site.url);
  const started = performance.now();
  let took = 0;
  const timed = job().then((result) => ((took = performance.now() - started), result));
  const [result] = await Promise.all([timed, sleep(2_000)]);
  report(phase, await load.stop(), took);
  return result;
}

const seed = seedMillion();
console.log(
  `Seeded ${SUPPORTERS.toLocaleString('en-GB')} supporters (${EMAILABLE.toLocaleString('en-GB')} emailable) in ${seed.seconds} s`,
);
const UNLIMITED = '100000000';
const site = await startSite(
  { PLEDGES_PER_IP_PER_HOUR: UNLIMITED, NODE_ENV: 'production' },
  { databasePath: seed.databasePath },
);
try {
  // Warm-up: the first requests compile code paths and fill the page cache.
  const warm = publicLoad(site.url);
  await sleep(2_000);
  await warm.stop();
  const alone = publicLoad(site.url);
  await sleep(BASELINE_SECONDS * 1000);
  report('alone', await alone.stop());

  const idle = rssMiB(site.pid);
  const [rows, peak] = await peakRss(
    site.pid,
    during(site, 'during the supporters export', () => exportSupporters(site, seed)),
  );
  await during(site, 'during the dashboard', () => adminGet(site, seed, '/admin'));
  await during(site, 'during the invalidation count', () =>
    adminGet(site, seed, `/admin/invalidate?domain=${seed.floodDomain}`),
  );
  const recipients = await during(site, 'during the mailing fan-out', () =>
    startMailing(site, seed),
  );
  const above = peak - idle;
  console.log(
    `Export: peak RSS ${Math.round(peak)} MiB, ${Math.round(above)} MiB above idle ${mark(above < 200)}; ` +
      `${rows.toLocaleString('en-GB')} rows ${mark(rows === EMAILABLE)}`,
  );
  console.log(`Mailing: ${recipients.toLocaleString('en-GB')} recipients fixed`);
} finally {
  await site.stop();
  rmSync(dirname(seed.databasePath), { recursive: true });
}
