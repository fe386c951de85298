import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, integrityOf, restoreDatabase } from './backup.ts';
import { openDatabase, type Db } from './db.ts';
import { seedDatabase } from './site/seed.ts';
import { pledgeForTest } from './site/testing.ts';

let dir: string;
let db: Db;
const now = new Date('2026-11-25T10:00:00Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mrs-backup-'));
  db = openDatabase(join(dir, 'campaign.db'));
  seedDatabase(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const supporters = (path: string) => {
  const copy = openDatabase(path);
  try {
    return copy.prepare('SELECT email FROM supporters ORDER BY id').pluck().all();
  } finally {
    copy.close();
  }
};

describe('backup and restore', () => {
  it('copies a live database, writes in its WAL included, and puts it back', async () => {
    pledgeForTest(db, { email: 'before@example.org', now });
    const backup = join(dir, 'backups', 'one.db');
    const { integrity, bytes } = await backupDatabase(join(dir, 'campaign.db'), backup);
    expect([integrity, bytes > 0]).toEqual(['ok', true]);
    pledgeForTest(db, { email: 'after@example.org', now });
    db.close();

    await restoreDatabase(backup, join(dir, 'campaign.db'));
    expect(supporters(join(dir, 'campaign.db'))).toEqual(['before@example.org']);
    db = openDatabase(join(dir, 'campaign.db'));
  });

  it('never overwrites a file, and never restores a damaged backup', async () => {
    const backup = join(dir, 'one.db');
    await backupDatabase(join(dir, 'campaign.db'), backup);
    await expect(backupDatabase(join(dir, 'campaign.db'), backup)).rejects.toThrow(
      'already exists',
    );
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'not a database at all, just some bytes');
    await expect(restoreDatabase(damaged, join(dir, 'campaign.db'))).rejects.toThrow();
    expect(integrityOf(join(dir, 'campaign.db'))).toBe('ok');
  });

  it('refuses while the site has the database open, and restores over a damaged one', async () => {
    const backup = join(dir, 'one.db');
    await backupDatabase(join(dir, 'campaign.db'), backup);
    await expect(restoreDatabase(backup, join(dir, 'campaign.db'))).rejects.toThrow(
      `${join(dir, 'campaign.db')} is in use: the site (or its Litestream) seems to be running; stop it first`,
    );
    db.close();
    writeFileSync(join(dir, 'campaign.db'), 'damaged '.repeat(1000));
    await restoreDatabase(backup, join(dir, 'campaign.db'));
    expect(integrityOf(join(dir, 'campaign.db'))).toBe('ok');
    db = openDatabase(join(dir, 'campaign.db'));
  });
});
