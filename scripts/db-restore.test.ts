import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/db.ts';

/** Runs `npm run db:restore -- …` as an operator would; returns its status and its error line. */
function restore(args: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mrs-restore-'));
  const result = spawnSync(process.execPath, ['scripts/db-restore.ts', ...args], {
    env: { ...process.env, DATABASE_PATH: join(dir, 'campaign.db'), ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe('npm run db:restore refuses, in one line', () => {
  it.each([
    [[], 'Error: Name the backup to restore: npm run db:restore -- <file>, or -- --from-replica'],
    [
      ['--from-replica'],
      'Error: LITESTREAM_REPLICA_URL is not set: there is no replica to restore from',
    ],
    [
      ['--timestamp', '2026-12-02T08:00:00Z', 'backup.db'],
      'Error: --timestamp goes with --from-replica',
    ],
    [
      ['--from-replica', 'backup.db'],
      'Error: Restore from the replica or from backup.db, not both',
    ],
    [['--form-replica'], "Error: Unknown option '--form-replica'"],
  ])('npm run db:restore -- %j', (args, line) => {
    const { status, stderr } = restore(args);
    expect(status).toBe(1);
    expect(stderr.split('\n')).toEqual([expect.stringContaining(line)]);
  });

  it('while the site is running on the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrs-restore-'));
    const databasePath = join(dir, 'campaign.db');
    const site = openDatabase(databasePath);
    try {
      const { status, stderr } = restore(['--from-replica'], {
        DATABASE_PATH: databasePath,
        LITESTREAM_REPLICA_URL: join(dir, 'replica'),
      });
      expect({ status, stderr }).toEqual({
        status: 1,
        stderr: `Error: ${databasePath} is in use: the site (or its Litestream) seems to be running; stop it first`,
      });
    } finally {
      site.close();
    }
  });
});
