import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { recentAudit } from '../audit/audit.ts';
import { listPauses, pauseFeature, pauseNotice, resumeFeature } from './pauses.ts';
import { createAccount } from './users.ts';

const now = new Date('2026-11-24T10:00:00Z');

describe('kill switches', () => {
  it('pause a feature with a public notice, and resume it, each recorded', () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'campaigner', now);
    expect(pauseNotice(db, 'pledges')).toBeUndefined();
    pauseFeature(
      db,
      { feature: 'pledges', notice: 'We are checking a flood of sign-ups.' },
      1,
      now,
    );
    expect(pauseNotice(db, 'pledges')).toBe('We are checking a flood of sign-ups.');
    expect(pauseNotice(db, 'letters')).toBeUndefined();
    expect(listPauses(db)).toEqual([
      {
        feature: 'pledges',
        notice: 'We are checking a flood of sign-ups.',
        pausedAt: now.toISOString(),
        pausedBy: 'sam@campaign.example',
      },
    ]);
    expect(resumeFeature(db, 'pledges', 1, now)).toBe(true);
    expect(resumeFeature(db, 'pledges', 1, now)).toBe(false);
    expect(pauseNotice(db, 'pledges')).toBeUndefined();
    expect(recentAudit(db).map((entry) => entry.action)).toEqual(['resume', 'pause']);
  });
});
