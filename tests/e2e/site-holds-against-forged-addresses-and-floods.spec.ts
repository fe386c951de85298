import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { expect, test } from '@playwright/test';
import { startSite, type RunningSite } from './server.ts';

/**
 * What an attacker on the open internet can send straight to the server: forwarding headers that
 * name whoever they like, and bodies without end. No page is opened, so these tests use
 * Playwright's runner alone. Each starts a server of its own, so that its limits and its memory
 * are its own; all traffic goes to 127.0.0.1.
 */

/** The public address the test build is made for (SITE_URL's default), which a proxy would send. */
const PUBLIC_HOST = 'localhost:4321';

interface Sent {
  status: number;
}

/** One request through Node's own client, which, unlike fetch, lets a test set Host. */
function send(
  site: RunningSite,
  path: string,
  headers: OutgoingHttpHeaders,
  body: string,
  agent?: Agent,
): Promise<Sent> {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, path, method: 'POST', headers, agent },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A form post as a browser on our site sends it, with extra headers. */
const postForm = (
  site: RunningSite,
  path: string,
  fields: Record<string, string>,
  headers: OutgoingHttpHeaders = {},
  agent?: Agent,
) => {
  const body = new URLSearchParams(fields).toString();
  return send(
    site,
    path,
    {
      Host: PUBLIC_HOST,
      Origin: `http://${PUBLIC_HOST}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body),
      ...headers,
    },
    body,
    agent,
  );
};

const login = (site: RunningSite, n: number, headers: OutgoingHttpHeaders) =>
  postForm(
    site,
    '/admin/login?_action=logIn',
    // A different account each time, so only the per-address limit can stop the eleventh.
    { email: `guess-${n}@example.org`, password: 'not the password', next: '/admin' },
    headers,
  );

/** The server's resident memory now, and at its highest since `resetPeak`, in MB (Linux). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Starts the peak (VmHWM) again from the present, so a later reading is the peak since now. */
const resetPeak = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');

test.describe('a server reached directly, with no trusted proxy', () => {
  let site: RunningSite;
  test.beforeAll(async () => {
    site = await startSite();
  });
  test.afterAll(async () => site.stop());

  test('a visitor who names a new address in every request still meets the login limit', async () => {
    const statuses = [];
    for (let n = 0; n < 11; n += 1) {
      const forged = { 'X-Forwarded-For': `203.0.113.${n}`, 'X-Forwarded-Host': PUBLIC_HOST };
      statuses.push((await login(site, n, forged)).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
  });

  test('20,000 requests with a different 15 KB X-Forwarded-For each leave memory flat', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const pledge = (headers: OutgoingHttpHeaders) =>
      postForm(
        site,
        '/join?_action=pledge',
        {
          firstName: 'Flood',
          lastName: 'Test',
          email: 'flood@example.org',
          shownAt: '1',
          from: '/join',
        },
        headers,
        agent,
      );
    /** `count` pledges from 16 parallel loops, counted by status. */
    const flood = async (count: number, headers: (n: number) => OutgoingHttpHeaders) => {
      const statuses: Record<number, number> = {};
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < count) {
            const n = next++;
            const { status } = await pledge(headers(n));
            statuses[status] = (statuses[status] ?? 0) + 1;
          }
        }),
      );
      return statuses;
    };
    const forged = (n: number) => ({ 'X-Forwarded-For': `${n}-${'f'.repeat(15_000)}` });
    // A new server's memory grows over its first few thousand requests whatever they carry (its
    // heap settles); the figure is what 20,000 more add after that. Kept keys would show in both.
    await flood(7_000, (n) => forged(20_000 + n));
    const before = memory(site.pid).rss;
    const statuses = await flood(20_000, forged);
    agent.destroy();
    const grown = memory(site.pid).rss - before;
    console.log(
      `20,000 requests with unique 15 KB headers: RSS ${before.toFixed(0)} MB before, +${grown.toFixed(1)} MB after; statuses ${JSON.stringify(statuses)}`,
    );
    // Every one of them came from one address, which the pledge limit holds to 30 an hour.
    expect(statuses).toEqual({ 429: 20_000 });
    expect(grown).toBeLessThan(50);
  });

  test('a 500 MB chunked post to any address is refused before half of it is sent, memory flat', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const total = 500 * 1024 * 1024;
    /**
     * Streams up to 500 MB as fast as the server takes it, until the server answers; gives the
     * answer's status and how much had gone by then.
     */
    const flood = (path: string) =>
      new Promise<{ status: number; sent: number }>((resolve, reject) => {
        const { hostname, port } = new URL(site.url);
        const req = httpRequest(
          {
            host: hostname,
            port,
            path,
            method: 'POST',
            headers: {
              Origin: site.url,
              'Content-Type': 'application/x-www-form-urlencoded',
              'Transfer-Encoding': 'chunked',
            },
          },
          (res) => {
            resolve({ status: res.statusCode ?? 0, sent });
            req.destroy();
          },
        );
        req.on('error', reject);
        let sent = 0;
        const write = () => {
          while (sent < total && !req.destroyed) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', write);
          }
          req.end();
        };
        write();
      });
    const idle = memory(site.pid).rss;
    resetPeak(site.pid);
    let most = 0;
    for (const path of [
      '/admin/login?_action=logIn',
      '/join?_action=pledge',
      '/privacy/download',
      '/api/stripe/webhook',
      '/api/resend/webhook',
      '/unsubscribe?key=abcdefghijkl',
      '/stories',
    ]) {
      const { status, sent } = await flood(path);
      expect(status, path).toBe(413);
      // Not timed: an answer that comes while the body is still going shows it was not read.
      // What has gone by then is what the client wrote while the answer was on its way: 4 to
      // 6 MB alone, 25 to 65 MB in CI runs.
      expect(sent, path).toBeLessThan(total / 2);
      most = Math.max(most, sent);
    }
    const peak = memory(site.pid).peak - idle;
    console.log(
      `500 MB chunked posts to 7 addresses: each refused after at most ` +
        `${(most / 1024 / 1024).toFixed(1)} MB had gone, peak RSS ${peak.toFixed(1)} MB above idle`,
    );
    expect(peak).toBeLessThan(150);
  });
});

test('behind a trusted proxy, two visitors keep separate limits', async () => {
  const site = await startSite({ TRUSTED_PROXIES: '127.0.0.1' });
  try {
    /** The privacy-link form, as a reverse proxy forwards it for `visitor`. */
    const ask = async (visitor: string) =>
      (
        await postForm(
          site,
          '/privacy/request?_action=requestPrivacyLink',
          { email: 'someone@example.org' },
          // What nginx sends with `proxy_add_x_forwarded_for`: the visitor's own claim, then theirs.
          { 'X-Forwarded-For': `198.51.100.1, ${visitor}` },
        )
      ).status;
    const first = [];
    for (let n = 0; n < 11; n += 1) first.push(await ask('203.0.113.7'));
    expect(first.slice(0, 10)).toEqual(Array(10).fill(303));
    expect(first[10]).toBe(429);
    // Another visitor behind the same proxy is not held back by the first.
    expect(await ask('203.0.113.8')).toBe(303);
  } finally {
    await site.stop();
  }
});
