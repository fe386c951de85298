import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Env } from '../src/lib/env.ts';

/** The built server; its age is compared with the sources it was built from. */
export const SERVER_ENTRY = resolve('dist/server/entry.mjs');

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Settings baked into the build (canonical links, feeds, the charity named in every footer),
 * recorded beside it.
 */
export type BuildSettings = Pick<Env, 'SITE_URL' | 'CHARITY_NAME' | 'CHARITY_NUMBER'>;
const BUILD_SETTINGS = resolve('dist/build-settings.json');
const buildSettings = ({ SITE_URL, CHARITY_NAME, CHARITY_NUMBER }: BuildSettings) =>
  JSON.stringify({ SITE_URL, CHARITY_NAME, CHARITY_NUMBER });

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stat.mtimeMs,
  );
}

/**
 * True when there is no build, any source file changed after it was made, or it was made with
 * different build settings.
 */
export function isBuildStale(settings: BuildSettings): boolean {
  if (!existsSync(SERVER_ENTRY) || !existsSync(BUILD_SETTINGS)) return true;
  if (readFileSync(BUILD_SETTINGS, 'utf8') !== buildSettings(settings)) return true;
  const built = statSync(SERVER_ENTRY).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestChange(source) > built);
}

/** Runs `astro build` when the build is missing or out of date; throws if the build fails. */
export function buildIfStale(settings: BuildSettings): void {
  if (!isBuildStale(settings)) return;
  console.log('Building the site (sources changed since the last build)…');
  build(settings);
}

/**
 * Runs `astro build` and records the settings it baked in, so `npm start` keeps this build; throws
 * if the build fails.
 */
export function build(settings: BuildSettings): void {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  // Always a production build: started from a test runner (NODE_ENV=test), Vite would compile the
  // email templates for React's development runtime, which a server run with NODE_ENV=production
  // lacks, and every email would fail to render there ("jsxDEV is not a function").
  const result = spawnSync(process.execPath, [astro, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
  writeFileSync(BUILD_SETTINGS, buildSettings(settings));
}
