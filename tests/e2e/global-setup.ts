import { startSite } from './server.ts';

/**
 * One production server for the whole run. Its address reaches the test workers through the
 * environment, which Playwright's workers inherit from this process.
 */
export default async function globalSetup() {
  const site = await startSite();
  process.env.E2E_BASE_URL = site.url;
  return () => site.stop();
}
