import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startSite } from '../tests/e2e/server.ts';

/**
 * `npm run bench`: the hot reads and the pledge write against the production server and against
 * a bare node:http baseline doing the same work, in the same run on the same machine, so the
 * ratio means something wherever it runs. Traffic goes only to 127.0.0.1, for a fixed time per
 * route. It prints figures; it never fails on them.
 */
interface Route {
  name: string;
  /** The path on each server; a pledge posts to a different address on the baseline. */
  path: string;
  baselinePath?: string;
  /** What a successful answer is: 2xx, or for a form post the redirect it ends in. */
  expects?: '2xx' | '3xx';
  /** A body for each request (unique emails for pledges). */
  body?: (n: number) => string;
}

let pledges = 0;
const pledgeBody = () =>
  new URLSearchParams({
    firstName: 'Bench',
    lastName: 'Mark',
    email: `bench-${process.pid}-${pledges++}@example.org`,
    shownAt: '1',
    from: '/join',
  }).toString();

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

async function startBaseline(
  databasePath: string,
): Promise<{ url: string; pid: number; stop(): void }> {
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['scripts/bench/baseline-server.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

function options(origin: string, route: Route, path: string): autocannon.Options {
  const url = origin + path;
  if (!route.body) return { url };
  const body = route.body;
  return {
    url,
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    requests: [{ setupRequest: (request) => ({ ...request, body: body(0) }) }],
  };
}

async function measure(origin: string, route: Route, path: string) {
  const result = await autocannon({
    ...options(origin, route, path),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  const ok = result[route.expects ?? '2xx'];
  if (ok < result.requests.total || result.errors > 0) {
    throw new Error(
      `${origin}${path}: ${result.requests.total - ok} failed answers, ${result.errors} errors`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

// No outside services: emails stay in the outbox. One address makes every request, so the
// per-address pledge limit is lifted for the run.
// Run as in production (NODE_ENV=production makes React use its production build).
const site = await startSite({ PLEDGES_PER_IP_PER_HOUR: '100000000', NODE_ENV: 'production' });
const baseline = await startBaseline(site.databasePath);
try {
  const rows = [];
  for (const route of ROUTES) {
    const basePath = route.baselinePath ?? route.path;
    // A short warm-up so both servers have compiled their code paths.
    await autocannon({ ...options(site.url, route, route.path), connections: 4, amount: 200 });
    await autocannon({ ...options(baseline.url, route, basePath), connections: 4, amount: 200 });
    const ours = await measure(site.url, route, route.path);
    const base = await measure(baseline.url, route, basePath);
    rows.push({
      route: route.name,
      'req/s': Math.round(ours.rps),
      'p50 ms': ours.p50,
      'p99 ms': ours.p99,
      'baseline req/s': Math.round(base.rps),
      'baseline p99 ms': base.p99,
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
}
