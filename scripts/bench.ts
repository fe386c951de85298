import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CHARTER_VERSION } from '../src/lib/signing/charter-text.ts';
import autocannon from 'autocannon';
import { startSite } from '../tests/e2e/server.ts';
import { FAKE_POSTCODES, startFakePostcodesIo } from '../tests/fakes/postcodes-io.ts';
import { benchNearDuplicates, NEAR_DUPLICATE_NOTE } from './bench/near-duplicates.ts';

/**
 * `npm run bench`: every hot read and every public write (pledge, confirm, letter, signing,
 * comment) against the production server and against a bare node:http baseline doing the same
 * SQLite work, in the same run on the same machine, so the
 * ratio means something wherever it runs. Traffic goes only to 127.0.0.1, for a fixed time per
 * route. Then the near-duplicate check of letters, in this process, against the full scan it
 * replaced (bench/near-duplicates.ts). It prints figures; it never fails on them.
 */
interface Route {
  name: string;
  /** The path on each server; a pledge posts to a different address on the baseline. */
  path: string;
  baselinePath?: string;
  /** What a successful answer is: 2xx, or for a form post the redirect it ends in. */
  expects?: '2xx' | '3xx';
  /**
   * A fixed number of requests instead of a fixed time, when each needs something made earlier
   * (a token): both servers then get the same number, all of them fresh.
   */
  amount?: (server: 'site' | 'baseline') => number;
  /** A body for each request (unique emails, a fresh token), given a serial and which server. */
  body?: (n: number, server: 'site' | 'baseline') => string;
}

let serial = 0;
const unique = (name: string) => `bench-${process.pid}-${name}-${serial++}@example.org`;
const pledgeBody = () =>
  new URLSearchParams({
    firstName: 'Bench',
    lastName: 'Mark',
    email: unique('pledge'),
    shownAt: '1',
    from: '/join',
  }).toString();

const NEWS_POST = readdirSync('src/content/news')[0]!.replace(/\.mdx?$/, '');

/** Confirmation tokens from the pledges made earlier in the run, by which server made them. */
const tokens: Record<'site' | 'baseline', string[]> = { site: [], baseline: [] };
/** Numbers the requests, so each gets its own token. */
let requestNumber = 0;
function readTokens(databasePath: string) {
  const db = new Database(databasePath, { readonly: true });
  const texts = db
    .prepare(
      "SELECT template, text FROM email_outbox WHERE template IN ('confirm-pledge', 'confirm')",
    )
    .all() as { template: string; text: string }[];
  db.close();
  for (const { template, text } of texts) {
    const token = /token=([\w-]+)/.exec(text)?.[1];
    if (token) tokens[template === 'confirm' ? 'baseline' : 'site'].push(token);
  }
  // The same number for each, so neither is measured on easier work.
  const fewest = Math.min(tokens.site.length, tokens.baseline.length);
  tokens.site.length = fewest;
  tokens.baseline.length = fewest;
}

const ROUTES: Route[] = [
  { name: 'GET /councils', path: '/councils' },
  { name: 'GET /councils/kent', path: '/councils/kent' },
  { name: 'GET /data/councils.json', path: '/data/councils.json' },
  { name: 'GET /api/pledges/count.json', path: '/api/pledges/count.json' },
  {
    name: 'POST pledge',
    path: '/join?_action=pledge',
    baselinePath: '/pledge',
    expects: '3xx',
    body: pledgeBody,
  },
  {
    name: 'POST confirm pledge',
    path: '/pledge/confirm?_action=confirmPledge',
    baselinePath: '/confirm',
    expects: '3xx',
    amount: (server) => tokens[server].length,
    body: (_n, server) => new URLSearchParams({ token: tokens[server].pop() ?? '' }).toString(),
  },
  {
    name: 'POST letter',
    path: '/lobby/kent?_action=sendLetter',
    baselinePath: '/letter',
    expects: '3xx',
    body: () =>
      new URLSearchParams({
        council: 'kent',
        writerName: 'Bench Mark',
        email: unique('letter'),
        postcode: FAKE_POSTCODES.maidstone,
        subject: 'Please sign the Runaways Charter',
        opening: '',
        ownWords: `Children who run away need someone to listen. Letter ${serial} asks you to sign.`,
      }).toString(),
  },
  {
    name: 'POST signing',
    path: '/sign?_action=signCharter',
    baselinePath: '/sign',
    expects: '3xx',
    body: () =>
      new URLSearchParams({
        council: 'cardiff',
        name: 'Bench Officer',
        role: 'Director of Children’s Services',
        email: unique('signing'),
        leadMember: 'Bench Member',
        intent: 'sign',
        commit: 'yes',
        charterVersion: CHARTER_VERSION,
      }).toString(),
  },
  {
    name: 'POST comment',
    path: `/news/${NEWS_POST}?_action=postComment`,
    baselinePath: '/comment',
    expects: '3xx',
    body: () =>
      new URLSearchParams({
        post: NEWS_POST,
        name: 'Bench Reader',
        email: unique('comment'),
        body: 'Good to see councils signing. Ours should be next.',
        website: '',
      }).toString(),
  },
];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;

/** Peak resident memory of a process, in MiB (Linux). */
function peakRssMiB(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The largest resident memory of a process (MiB) while `work` runs, sampled every 100 ms: the
 * kernel's own peak (VmHWM) cannot be reset between routes.
 */
async function withPeakRss<T>(pid: number, work: Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const sample = () => {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Math.round(Number(kb ?? 0) / 1024));
    } catch {
      // Not Linux, or the process has gone: the column stays 0.
    }
  };
  const timer = setInterval(sample, 100);
  try {
    return [await work, peak];
  } finally {
    clearInterval(timer);
  }
}

async function startBaseline(
  databasePath: string,
): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, ['scripts/bench/baseline-server.ts'], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (line: Buffer) =>
      resolve(Number(/ready (\d+)/.exec(String(line))?.[1])),
    );
    child.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

function options(
  origin: string,
  route: Route,
  path: string,
  server: 'site' | 'baseline',
): autocannon.Options {
  const url = origin + path;
  if (!route.body) return { url };
  const body = route.body;
  return {
    url,
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    requests: [
      { setupRequest: (request) => ({ ...request, body: body(requestNumber++, server) }) },
    ],
  };
}

async function measure(origin: string, route: Route, path: string, server: 'site' | 'baseline') {
  const result = await autocannon({
    ...options(origin, route, path, server),
    connections: CONNECTIONS,
    ...(route.amount ? { amount: route.amount(server) } : { duration: SECONDS }),
  });
  const ok = result[route.expects ?? '2xx'];
  if (ok < result.requests.total || result.errors > 0) {
    throw new Error(
      `${origin}${path}: ${result.requests.total - ok} failed answers, ${result.errors} errors`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Every route in `routes`, on the site and on the baseline, printed as one table. */
async function benchRoutes(routes: Route[]): Promise<void> {
  // No outside services: emails stay in the outbox. One address makes every request, so the
  // per-address pledge limit is lifted for the run.
  // Run as in production (NODE_ENV=production makes React use its production build).
  const UNLIMITED = '100000000';
  // A letter's postcode is checked against its council: by a local stand-in for postcodes.io.
  const postcodes = await startFakePostcodesIo();
  const site = await startSite({
    POSTCODES_API_URL: postcodes.url,
    PLEDGES_PER_IP_PER_HOUR: UNLIMITED,
    LETTERS_PER_IP_PER_HOUR: UNLIMITED,
    COUNCIL_EMAILS_PER_IP_PER_HOUR: UNLIMITED,
    COMMENTS_PER_IP_PER_HOUR: UNLIMITED,
    NODE_ENV: 'production',
  });
  const baseline = await startBaseline(site.databasePath);
  try {
    const rows = [];
    for (const route of routes) {
      const basePath = route.baselinePath ?? route.path;
      // A short warm-up so both servers have compiled their code paths.
      if (route.path.includes('confirmPledge')) readTokens(site.databasePath);
      await autocannon({
        ...options(site.url, route, route.path, 'site'),
        connections: 4,
        amount: 200,
      });
      await autocannon({
        ...options(baseline.url, route, basePath, 'baseline'),
        connections: 4,
        amount: 200,
      });
      const [ours, oursRss] = await withPeakRss(
        site.pid,
        measure(site.url, route, route.path, 'site'),
      );
      const [base, baseRss] = await withPeakRss(
        baseline.pid,
        measure(baseline.url, route, basePath, 'baseline'),
      );
      rows.push({
        route: route.name,
        'req/s': Math.round(ours.rps),
        'p50 ms': ours.p50,
        'p99 ms': ours.p99,
        'baseline req/s': Math.round(base.rps),
        'RSS MiB': oursRss,
        'baseline p50 ms': base.p50,
        'baseline p99 ms': base.p99,
        'baseline RSS MiB': baseRss,
        ratio: `${Math.round((ours.rps / base.rps) * 100)}%`,
      });
    }
    console.log(`\n${SECONDS} s per route, ${CONNECTIONS} connections, 127.0.0.1 only\n`);
    console.table(rows);
    console.log(
      'The site answers /councils and council pages from its 5-second route cache and open data ' +
        'from a 5-second copy (astro.config.mjs, open-data-files.ts); the baseline does every read ' +
        'and render on every request.',
    );
    console.log(
      `Peak RSS: site ${peakRssMiB(site.pid) ?? '?'} MiB, baseline ${peakRssMiB(baseline.pid) ?? '?'} MiB`,
    );
  } finally {
    baseline.stop();
    await site.stop();
    await postcodes.stop();
  }
}

// BENCH_ONLY=pledge measures the routes whose names contain it (and those they depend on);
// BENCH_ONLY=near-duplicate measures only the near-duplicate check, which needs no server.
const only = process.env.BENCH_ONLY;
const routes = ROUTES.filter((r) => !only || r.name.includes(only));
if (routes.length > 0) await benchRoutes(routes);
if (!only || 'near-duplicate check'.includes(only)) {
  console.log('\nNear-duplicate check, letters sent to one council in the last 30 days\n');
  console.table(benchNearDuplicates());
  console.log(NEAR_DUPLICATE_NOTE);
}
