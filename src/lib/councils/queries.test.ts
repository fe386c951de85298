import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { findCouncil } from './queries.ts';

describe('findCouncil', () => {
  const db = openSeededDatabase();

  it('finds a council by its slug, with its history', () => {
    expect(findCouncil(db, 'kent')).toMatchObject({ slug: 'kent', status: 'signed' });
    expect(findCouncil(db, 'kent')?.history.length).toBeGreaterThan(0);
  });

  it('finds nothing for a missing, unknown or malformed slug', () => {
    for (const slug of [null, undefined, '', 'atlantis', 'Kent', 'kent?x=1', 'x'.repeat(81)]) {
      expect(findCouncil(db, slug), String(slug)).toBeUndefined();
    }
  });
});
