import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built server; its age is compared with the sources it was built from. */
export const SERVER_ENTRY = resolve('dist/server/entry.mjs');

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stat.mtimeMs,
  );
}

/** True when there is no build, or any source file changed after it was made. */
export function isBuildStale(): boolean {
  if (!existsSync(SERVER_ENTRY)) return true;
  const built = statSync(SERVER_ENTRY).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestChange(source) > built);
}

/** Runs `astro build` when the build is missing or out of date; throws if the build fails. */
export function buildIfStale(): void {
  if (!isBuildStale()) return;
  console.log('Building the site (sources changed since the last build)…');
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
}
