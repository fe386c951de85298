import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '../backup.ts';
import { openDatabase } from '../db.ts';
import type { ReplicationSettings } from './config.ts';
import { restoreFromReplica } from './restore.ts';

let dir: string;
let settings: ReplicationSettings;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mrs-replica-restore-'));
  settings = {
    databasePath: join(dir, 'campaign.db'),
    replica: { type: 'file', path: join(dir, 'replica') },
    syncInterval: 0.25,
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('restoreFromReplica refuses', () => {
  it('a time that is not a UTC time', async () => {
    await expect(restoreFromReplica(settings, '2026-12-02 08:00')).rejects.toThrow(
      new BackupError('--timestamp 2026-12-02 08:00 is not a UTC time like 2026-12-02T08:00:00Z'),
    );
  });

  it('while the site (or its Litestream) has the database open', async () => {
    const db = openDatabase(settings.databasePath);
    try {
      await expect(restoreFromReplica(settings)).rejects.toThrow(
        `${settings.databasePath} is in use: the site (or its Litestream) seems to be running; stop it first`,
      );
    } finally {
      db.close();
    }
  });

  it('a replica that holds nothing, leaving the database as it was', async () => {
    openDatabase(settings.databasePath).close();
    await expect(restoreFromReplica(settings)).rejects.toThrow(
      'Litestream could not restore from the replica: no matching backups found',
    );
    expect(existsSync(settings.databasePath)).toBe(true);
    expect(existsSync(`${settings.databasePath}.from-replica`)).toBe(false);
  });
});
