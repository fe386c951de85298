import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import {
  countCouncilsWithNobodyVerified,
  verifiedTargetsNotice,
} from './verified-targets-notice.ts';

let db: Db;
beforeEach(() => {
  db = openSeededDatabase();
});

/** Adds a target to a council, by slug, as a campaigner's check or an import would leave it. */
function addTarget(
  slug: string,
  target: { state: 'unverified' | 'verified' | 'retired'; email: string | null; role?: string },
) {
  db.prepare(
    `INSERT INTO council_targets (council_id, name, role, email, source, last_checked_on, state,
                                  retired_at)
     SELECT id, 'Cllr Sam Lee', @role, @email, 'https://democracy.example.gov.uk/councillors',
            '2026-11-20', @state, CASE @state WHEN 'retired' THEN '2026-11-21' END
     FROM councils WHERE slug = @slug`,
  ).run({ slug, role: target.role ?? 'director', ...target });
}

describe('councils with nobody verified to write to', () => {
  it('are every council on a fresh install, whose seeded targets nobody has checked', () => {
    expect(countCouncilsWithNobodyVerified(db)).toEqual({ councils: 175, total: 175 });
    expect(verifiedTargetsNotice(db)).toEqual({
      level: 'warn',
      message:
        '175 of 175 councils have nobody verified to write to: letters to them are held until a campaigner verifies a target in /admin/targets',
    });
  });

  it('leave out a council once one target with an address is verified', () => {
    addTarget('kent', { state: 'verified', email: 'sam.lee@kent.gov.uk' });
    addTarget('kent', { state: 'verified', email: 'ash@kent.gov.uk', role: 'lead_member' });
    expect(countCouncilsWithNobodyVerified(db).councils).toBe(174);
  });

  it.each([
    ['unverified', 'sam.lee@kent.gov.uk'],
    ['verified', null],
    ['retired', 'sam.lee@kent.gov.uk'],
  ] as const)(
    'still count a council whose only other target is %s with address %s',
    (state, email) => {
      addTarget('kent', { state, email });
      expect(countCouncilsWithNobodyVerified(db).councils).toBe(175);
    },
  );

  it('are named in the singular when one is left, and not at all when none is', () => {
    db.prepare(
      `UPDATE council_targets SET state = 'verified', source = 'https://www.example.gov.uk/',
         last_checked_on = '2026-11-20'
       WHERE council_id <> (SELECT id FROM councils WHERE slug = 'kent')`,
    ).run();
    expect(verifiedTargetsNotice(db)?.message).toMatch(
      /^1 of 175 councils has nobody verified to write to:/,
    );
    db.prepare(
      `UPDATE council_targets SET state = 'verified', source = 'https://www.kent.gov.uk/',
         last_checked_on = '2026-11-20'`,
    ).run();
    expect(verifiedTargetsNotice(db)).toBeUndefined();
  });
});
