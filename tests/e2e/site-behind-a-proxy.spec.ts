import { expect, test } from './fixtures.ts';
import { postThroughProxy } from './proxy.ts';

/** The privacy-link form, posted by a visitor behind the proxy. */
const askForPrivacyLink = (baseURL: string, visitor: string) =>
  postThroughProxy(
    baseURL,
    '/privacy/request?_action=requestPrivacyLink',
    { email: 'someone@example.org' },
    visitor,
  );

test('behind a reverse proxy, limits count each visitor, not the proxy', async ({ baseURL }) => {
  // Documentation addresses (RFC 5737), which no other test uses.
  const first = [];
  for (let n = 0; n < 11; n += 1) first.push(await askForPrivacyLink(baseURL!, '203.0.113.7'));
  expect(first.slice(0, 10)).toEqual(Array(10).fill(303));
  expect(first[10]).toBe(429);
  // Another visitor behind the same proxy is not held back by the first.
  expect(await askForPrivacyLink(baseURL!, '203.0.113.8')).toBe(303);
});
