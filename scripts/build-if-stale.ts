import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built server; its age is compared with the sources it was built from. */
export const SERVER_ENTRY = resolve('dist/server/entry.mjs');

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Settings baked into the build (canonical links, feeds), recorded beside it. */
const BUILD_SETTINGS = resolve('dist/build-settings.json');
const buildSettings = (siteUrl: string) => JSON.stringify({ SITE_URL: siteUrl });

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stat.mtimeMs,
  );
}

/**
 * True when there is no build, any source file changed after it was made, or it was made for a
 * different SITE_URL.
 */
export function isBuildStale(siteUrl: string): boolean {
  if (!existsSync(SERVER_ENTRY) || !existsSync(BUILD_SETTINGS)) return true;
  if (readFileSync(BUILD_SETTINGS, 'utf8') !== buildSettings(siteUrl)) return true;
  const built = statSync(SERVER_ENTRY).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestChange(source) > built);
}

/** Runs `astro build` when the build is missing or out of date; throws if the build fails. */
export function buildIfStale(siteUrl: string): void {
  if (!isBuildStale(siteUrl)) return;
  console.log('Building the site (sources changed since the last build)…');
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  // Always a production build: started from a test runner (NODE_ENV=test), Vite would compile the
  // email templates for React's development runtime, which a server run with NODE_ENV=production
  // lacks, and every email would fail to render there ("jsxDEV is not a function").
  const result = spawnSync(process.execPath, [astro, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
  writeFileSync(BUILD_SETTINGS, buildSettings(siteUrl));
}
