import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures.ts';

/**
 * Posts the privacy-link form as a reverse proxy forwards it: to the site's public host name,
 * naming the visitor in X-Forwarded-For. Node's own client, since browsers may not set Host.
 */
function postThroughProxy(baseURL: string, visitor: string): Promise<number> {
  const target = new URL('/privacy/request?_action=requestPrivacyLink', baseURL);
  const body = new URLSearchParams({ email: 'someone@example.org' }).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'POST',
        headers: {
          // The public address the test server was built for (SITE_URL's default).
          Host: 'localhost:4321',
          Origin: 'http://localhost:4321',
          'X-Forwarded-For': visitor,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('behind a reverse proxy, limits count each visitor, not the proxy', async ({ baseURL }) => {
  // Documentation addresses (RFC 5737), which no other test uses.
  const first = [];
  for (let n = 0; n < 11; n += 1) first.push(await postThroughProxy(baseURL!, '203.0.113.7'));
  expect(first.slice(0, 10)).toEqual(Array(10).fill(303));
  expect(first[10]).toBe(429);
  // Another visitor behind the same proxy is not held back by the first.
  expect(await postThroughProxy(baseURL!, '203.0.113.8')).toBe(303);
});
