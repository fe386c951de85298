import { startFakePostcodesIo } from '../fakes/postcodes-io.ts';
import { startSite } from './server.ts';

/**
 * One production server for the whole run. Its address reaches the test workers through the
 * environment, which Playwright's workers inherit from this process.
 */
export default async function globalSetup() {
  const postcodes = await startFakePostcodesIo();
  const site = await startSite({ POSTCODES_API_URL: postcodes.url });
  process.env.E2E_BASE_URL = site.url;
  return async () => {
    await site.stop();
    await postcodes.stop();
  };
}
