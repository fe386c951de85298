import { randomBytes } from 'node:crypto';
import { startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startFakeResend, type FakeResend } from '../fakes/resend.ts';
import { test as shared } from './fixtures.ts';
import { keepEmails } from './inbox.ts';
import { startSite, type RunningSite } from './server.ts';

/** The secret the own server's Resend webhook is signed with. */
export const WEBHOOK_SECRET = `whsec_${Buffer.from('the e2e webhook secret, 32 bytes').toString('base64')}`;

async function ownResend({}, use: (resend: FakeResend) => Promise<void>) {
  const resend = await startFakeResend({ apiKey: 'e2e-key' });
  await use(resend);
  // For nothing-unfinished-reaches-the-public.spec.ts, which reads every email of the run.
  keepEmails(resend.deliveries);
  await resend.stop();
}

async function ownSite(
  { resend }: { resend: FakeResend },
  use: (site: RunningSite) => Promise<void>,
) {
  const postcodes = await startFakePostcodesIo();
  const site = await startSite({
    POSTCODES_API_URL: postcodes.url,
    RESEND_API_KEY: 'e2e-key',
    RESEND_API_URL: resend.url,
    RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
    TWO_FACTOR_KEY: randomBytes(32).toString('base64'),
  });
  await use(site);
  await site.stop();
  await postcodes.stop();
}

/**
 * Tests that change the whole site (pausing pledges) or need to know every supporter (a mailing
 * to all of them) run against a server of their own, with its own fakes, one per worker: the
 * tests running beside them on the shared server neither disturb them nor are disturbed.
 */
export const test = shared.extend<object, { site: RunningSite; resend: FakeResend }>({
  resend: [ownResend, { scope: 'worker' }],
  site: [ownSite, { scope: 'worker' }],
  baseURL: async ({ site }, use) => use(site.url),
});

/**
 * A server for each test, as the site starts: for a story that needs what no other test may have
 * done first on its worker's server (Kent with nobody checked to write to, say).
 */
export const testOnANewSite = shared.extend<{ site: RunningSite; resend: FakeResend }>({
  resend: ownResend,
  site: ownSite,
  baseURL: async ({ site }, use) => use(site.url),
});
