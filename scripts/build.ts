import { readEnv } from '../src/lib/env.ts';
import { build } from './build-if-stale.ts';
import { fail } from './fail.ts';

/**
 * `npm run build`: build the site with the settings read at build time (SITE_URL, CHARITY_NAME,
 * CHARITY_NUMBER) and record them beside it, so the next `npm start` serves this build instead of
 * building again. The container image is built this way too (Dockerfile).
 */
try {
  build(readEnv());
} catch (error) {
  fail(error);
}
