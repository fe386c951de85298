import { readFileSync } from 'node:fs';
import { runScriptOn } from '../e2e/database.ts';
import { addManySupporters } from '../e2e/many-supporters.ts';
import { startSite, type RunningSite } from '../e2e/server.ts';
import { startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startFakeResend } from '../fakes/resend.ts';
import { pledgeFields, postForm } from './load.ts';

/**
 * The supporters export at a million supporters (400,000 of them emailable), on the production
 * server: how long it takes, how much memory the server takes on during it, and what it costs a
 * person pledging at the same time, against pledges with no export running. Run with
 * `npx node tests/harnesses/big-export.ts`; traffic goes to 127.0.0.1 only, for about a minute.
 * The issue bounds the memory (under 200 MB above idle); that is checked, the times are printed.
 */
const SUPPORTERS = 1_000_000;
const EMAILABLE = 400_000;
const PLEDGE_LOOPS = 2;
const BASELINE_MS = 10_000;

const resend = await startFakeResend({ apiKey: 'export-key' });
const postcodes = await startFakePostcodesIo();
const site = await startSite({
  POSTCODES_API_URL: postcodes.url,
  RESEND_API_KEY: 'export-key',
  RESEND_API_URL: resend.url,
  PLEDGES_PER_IP_PER_HOUR: '1000000',
});

/** The server's resident memory now, in MB (Linux). */
function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? 0) / 1024;
}

/** A campaigner's session cookie, made as an operator and the campaigner would. */
async function campaignerCookie(site: RunningSite): Promise<string> {
  const printed = runScriptOn(
    site.databasePath,
    'admin-create',
    '--email',
    'big@campaign.example',
    '--role',
    'campaigner',
  );
  const token = /set-password\?token=([\w-]+)/.exec(printed)?.[1];
  if (!token) throw new Error(`admin:create printed no link:\n${printed}`);
  const password = 'a long password for the export harness';
  const response = await fetch(`${site.url}/admin/set-password?_action=setPassword`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: site.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, password, again: password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`No session after setting the password (${response.status})`);
  return cookie;
}

/** Pledges from parallel loops until `until` settles; each one's time in ms. */
async function pledgeWhile(until: Promise<unknown>, run: string): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: PLEDGE_LOOPS }, async () => {
      while (!done) {
        const started = performance.now();
        const status = await postForm(
          site,
          '/join?_action=pledge',
          pledgeFields(`${run}-${next++}@example.org`),
        );
        times.push(performance.now() - started);
        if (status !== 303) throw new Error(`A pledge answered ${status}`);
      }
    }),
  );
  return times;
}

const percentile = (times: number[], p: number) =>
  [...times].sort((a, b) => a - b)[
    Math.min(times.length - 1, Math.floor((times.length * p) / 100))
  ]!;
const describe = (times: number[]) =>
  `${times.length} pledges, p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;

try {
  let seeding = performance.now();
  addManySupporters(site.databasePath, SUPPORTERS, EMAILABLE);
  console.log(
    `Seeded ${SUPPORTERS} supporters (${EMAILABLE} emailable) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  const cookie = await campaignerCookie(site);

  const alone = await pledgeWhile(
    new Promise((resolve) => setTimeout(resolve, BASELINE_MS)),
    'alone',
  );
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idle = rssMb(site.pid);

  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(site.pid))), 20);
  const started = performance.now();
  const exported = (async () => {
    const response = await fetch(`${site.url}/admin/exports/supporters.csv`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: site.url,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: '',
    });
    if (response.status !== 200) throw new Error(`The export answered ${response.status}`);
    let lines = 0;
    for await (const chunk of response.body!) {
      const bytes = Buffer.from(chunk as Uint8Array);
      for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines += 1;
    }
    return { lines, seconds: (performance.now() - started) / 1000 };
  })();
  const during = await pledgeWhile(exported, 'during');
  const { lines, seconds } = await exported;
  clearInterval(sampler);

  console.log(`Pledges alone:          ${describe(alone)}`);
  console.log(`Pledges during export:  ${describe(during)}`);
  console.log(`Export: ${lines - 1} rows in ${seconds.toFixed(1)} s`);
  console.log(
    `Server memory: idle ${idle.toFixed(0)} MB, peak during export ${peak.toFixed(0)} MB (+${(peak - idle).toFixed(0)} MB)`,
  );
  const problems = [
    lines - 1 !== EMAILABLE && `the export had ${lines - 1} rows, not ${EMAILABLE}`,
    peak - idle >= 200 && `the server took ${(peak - idle).toFixed(0)} MB more during the export`,
  ].filter(Boolean);
  if (problems.length > 0) {
    console.error(`FAILED: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else console.log('OK');
} finally {
  await site.stop();
  await resend.stop();
  await postcodes.stop();
}
