import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startFakeResend } from '../fakes/resend.ts';
import { startFakeStripe } from '../fakes/stripe.ts';
import { LETTER_CAP } from './letters.ts';
import { startSite } from './server.ts';

const STRIPE_KEY = 'sk_test_e2e';
const STRIPE_WEBHOOK_SECRET = 'whsec_e2e_stripe_secret';

/**
 * One production server for the whole run. Its address reaches the test workers through the
 * environment, which Playwright's workers inherit from this process.
 */
export default async function globalSetup() {
  const postcodes = await startFakePostcodesIo();
  const resend = await startFakeResend({ apiKey: 'e2e-key' });
  const stripe = await startFakeStripe({
    apiKey: STRIPE_KEY,
    webhookSecret: STRIPE_WEBHOOK_SECRET,
  });
  const site = await startSite({
    POSTCODES_API_URL: postcodes.url,
    RESEND_API_KEY: 'e2e-key',
    RESEND_API_URL: resend.url,
    STRIPE_SECRET_KEY: STRIPE_KEY,
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_URL: stripe.url,
    // The fake serves Checkout and the portal itself; the donate pages' policy must allow it.
    STRIPE_PAGE_ORIGINS: stripe.url,
    // Small enough that a test can reach it; other tests write to other councils.
    LETTERS_PER_COUNCIL_PER_DAY: String(LETTER_CAP),
    // Every test's letters come from 127.0.0.1.
    LETTERS_PER_IP_PER_HOUR: '200',
    COUNCIL_EMAILS_PER_IP_PER_HOUR: '200',
    DONATIONS_PER_IP_PER_HOUR: '200',
    // Every login comes from 127.0.0.1 too; the per-account limit stays as in production.
    LOGINS_PER_IP_PER_15_MIN: '200',
    // Two-step secrets are sealed, as in production.
    TWO_FACTOR_KEY: randomBytes(32).toString('base64'),
    // The tests play visitors at other addresses as a reverse proxy on 127.0.0.1 would forward
    // them (tests/e2e/proxy.ts); the browser's own requests carry no X-Forwarded-For.
    TRUSTED_PROXIES: '127.0.0.1',
  });
  process.env.E2E_BASE_URL = site.url;
  process.env.E2E_RESEND_URL = resend.url;
  process.env.E2E_STRIPE_URL = stripe.url;
  stripe.setWebhookUrl(`${site.url}/api/stripe/webhook`);
  // For tests that set up what an operator would (targets) and read what no page shows (tokens).
  process.env.E2E_DATABASE_PATH = site.databasePath;
  // Where tests' own fake Resends leave what they took (inbox.ts keepEmails), for the check of
  // every email the run sent, which runs after them.
  const emails = mkdtempSync(join(tmpdir(), 'mrs-e2e-emails-'));
  process.env.E2E_EMAILS_DIR = emails;
  return async () => {
    await site.stop();
    await Promise.all([postcodes.stop(), resend.stop(), stripe.stop()]);
    rmSync(emails, { recursive: true, force: true });
  };
}
