import { startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startFakeResend } from '../fakes/resend.ts';
import { startSite } from './server.ts';

/**
 * One production server for the whole run. Its address reaches the test workers through the
 * environment, which Playwright's workers inherit from this process.
 */
export default async function globalSetup() {
  const postcodes = await startFakePostcodesIo();
  const resend = await startFakeResend({ apiKey: 'e2e-key' });
  const site = await startSite({
    POSTCODES_API_URL: postcodes.url,
    RESEND_API_KEY: 'e2e-key',
    RESEND_API_URL: resend.url,
  });
  process.env.E2E_BASE_URL = site.url;
  process.env.E2E_RESEND_URL = resend.url;
  return async () => {
    await site.stop();
    await Promise.all([postcodes.stop(), resend.stop()]);
  };
}
