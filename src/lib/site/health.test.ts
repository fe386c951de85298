import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db.ts';
import { checkHealth } from './health.ts';
import { openSeededDatabase } from './testing.ts';
import { log } from '../log.ts';

describe('checkHealth', () => {
  it('is ok when the councils can be read', () => {
    const db = openSeededDatabase();
    expect(checkHealth(() => db)).toEqual({
      status: 'ok',
      database: { ok: true, councils: 175 },
      outbox: { queued: 0, oldestSeconds: 0, scheduled: 0, dead: 0 },
      replication: { on: false },
    });
    db.close();
  });

  it('is unavailable, without saying why in public, when the connection is closed', () => {
    const db = openSeededDatabase();
    db.close();
    const logged = vi.spyOn(log, 'error').mockImplementation(() => {});
    expect(checkHealth(() => db)).toEqual({
      status: 'unavailable',
      database: { ok: false },
      replication: { on: false },
    });
    expect(logged).toHaveBeenCalledWith(
      { error: expect.stringMatching(/database connection is not open/) },
      'health check failed',
    );
    logged.mockRestore();
  });

  it('is unavailable when the database file cannot be opened', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mrs-health-')), 'campaign.db');
    writeFileSync(path, 'not a database'.repeat(400));
    const logged = vi.spyOn(log, 'error').mockImplementation(() => {});
    expect(checkHealth(() => openDatabase(path)).status).toBe('unavailable');
    logged.mockRestore();
  });
});
