import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startSite } from '../tests/e2e/server.ts';

/**
 * `npm run bench`: the hot reads against the production server and against a bare node:http
 * baseline doing the same work, in the same run on the same machine, so the ratio means
 * something wherever it runs. Traffic goes only to 127.0.0.1, for a fixed time per route.
 * It prints figures; it never fails on them.
 */
const ROUTES = ['/councils', '/councils/kent', '/data/councils.json'];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
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

async function measure(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const site = await startSite();
const baseline = await startBaseline(site.databasePath);
try {
  const rows = [];
  for (const route of ROUTES) {
    // A short warm-up so both servers have compiled their code paths.
    await autocannon({ url: site.url + route, connections: 4, amount: 200 });
    await autocannon({ url: baseline.url + route, connections: 4, amount: 200 });
    const ours = await measure(site.url + route);
    const base = await measure(baseline.url + route);
    rows.push({
      route,
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
