import { expect, it } from 'vitest';
import { openSeededDatabase, pledgeForTest } from '../site/testing.ts';
import { now } from '../test-world.ts';
import { supporterCountJson } from './count-json.ts';
import { confirmPledge } from './pledge.ts';

it('names each count with an ETag that changes when, and only when, the count does', () => {
  const db = openSeededDatabase();
  const first = supporterCountJson(db, null);
  expect(first.etag).toMatch(/^"[\w-]+"$/);
  expect(supporterCountJson(db, null).etag).toBe(first.etag);
  expect(supporterCountJson(db, 'kent').etag).not.toBe(first.etag);

  confirmPledge(db, pledgeForTest(db, { email: 'ada@example.org', now }), now);
  expect(supporterCountJson(db, null).etag).not.toBe(first.etag);
  const missing = supporterCountJson(db, 'nowhere');
  expect(missing.status).toBe(404);
  expect(missing.etag).toBeUndefined();
});
