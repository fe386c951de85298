import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm start`'s script as an operator would, and returns what they would see. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/start.ts'], {
    env: { ...process.env, ...env, PORT: '0' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe('npm start with a database it cannot use', () => {
  it('stops with one clear line when the directory cannot be created', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'mrs-start-')), 'not-a-directory');
    writeFileSync(blocker, '');
    const { status, stderr } = start({ DATABASE_PATH: join(blocker, 'campaign.db') });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `Error: Cannot open the database at ${join(blocker, 'campaign.db')}: part of the path is a file, not a directory`,
    );
  });

  it('stops with one clear line when a setting is invalid', () => {
    const { status, stderr } = start({ DATABASE_PATH: ' ' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Error: Setting DATABASE_PATH is not valid/);
  });
});
