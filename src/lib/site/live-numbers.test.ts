import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSeededDatabase } from './testing.ts';

import type { Db } from '../db.ts';

// The page's live reads go through getDb(); here it hands out a test database, or fails like a
// database whose file has gone.
const db: { current?: Db } = {};
vi.mock('../db.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../db.ts')>()),
  getDb: () => {
    if (!db.current) throw new Error('unable to open database file');
    return db.current;
  },
}));
db.current = openSeededDatabase();
const { liveCouncilCounts, liveSignatories, liveSupporters } = await import('./live-numbers.ts');

describe('live numbers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the counts and the signatories from the database', () => {
    expect(liveCouncilCounts()).toMatchObject({ signed: 32, total: 175 });
    const signatories = liveSignatories();
    expect(signatories).toHaveLength(32);
    expect(signatories?.[0]).toMatchObject({ signedOn: '2013-09-19', precision: 'by' });
    // At a fresh start, the 7,000 of the charter's first year, and nobody yet online.
    expect(liveSupporters()).toEqual({ online: 0, offline: 7000, total: 7000 });
  });

  it('gives the page nothing to show, and tells the operator why, when the database fails', async () => {
    vi.resetModules();
    db.current = undefined;
    const fresh = await import('./live-numbers.ts');
    const { log } = await import('../log.ts');
    const logged = vi.spyOn(log, 'error').mockImplementation(() => {});
    expect(fresh.liveCouncilCounts()).toBeUndefined();
    expect(fresh.liveSignatories()).toBeUndefined();
    expect(fresh.liveSupporters()).toBeUndefined();
    expect(logged).toHaveBeenCalledWith(
      { what: 'council counts', error: 'unable to open database file' },
      'could not read live numbers',
    );
  });
});
