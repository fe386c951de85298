import { describe, expect, it } from 'vitest';
import { checkLeadMemberForTest } from '../site/testing.ts';
import { createLetter } from './letters.ts';
import { confirmLetter, findLetterForLink, releaseHeldLetters } from './letter-confirmation.ts';
import { deleteStaleLetters, expireHeldLetters } from './retention.ts';
import { days, now, SITE } from '../test-world.ts';
import {
  councilId,
  addTarget,
  ready,
  LIMITS,
  form,
  confirmToken,
  emailsTo,
  publicLetterTally,
} from './testing.ts';

describe('a council with nobody checked', () => {
  const barnsley = { kind: 'resident', ward: { code: 'E05000984', name: 'Central' } } as const;
  const toBarnsley = (changes: Record<string, unknown> = {}) =>
    form({ council: 'barnsley', opening: '', postcode: 'S70 1AA', ...changes });

  it('holds a confirmed letter, and sends it to each person as they are checked, once each', () => {
    const db = ready();
    expect(createLetter(db, toBarnsley(), barnsley, { now, siteUrl: SITE })).toEqual({
      kind: 'emailed',
    });
    const token = confirmToken(db);
    const pending = findLetterForLink(db, token, now);
    expect(pending.kind === 'pending' && pending.recipients).toEqual([]);
    expect(confirmLetter(db, token, LIMITS)).toEqual({
      kind: 'held',
      councilSlug: 'barnsley',
      until: days(30).toISOString(),
    });
    expect(emailsTo(db, 'ana@example.org').map((e) => e.template)).toEqual([
      'confirm-letter',
      'letter-held-expired',
    ]);
    const tally = () => publicLetterTally(db, 'barnsley');
    expect(tally()).toBe(0);

    // A councillor for another ward is checked: the letter still waits.
    addTarget(db, 'barnsley', {
      name: 'Cllr Far Away',
      email: 'far@barnsley.gov.uk',
      wardCode: 'E05000999',
      wardName: 'Darton',
    });
    expect(releaseHeldLetters(db, councilId(db, 'barnsley'), { ...LIMITS, now: days(2) })).toBe(0);
    // The writer's own ward councillor, then the lead member: each gets it once.
    addTarget(db, 'barnsley', {
      name: 'Cllr Near',
      email: 'near@barnsley.gov.uk',
      wardCode: 'E05000984',
      wardName: 'Central',
    });
    expect(releaseHeldLetters(db, councilId(db, 'barnsley'), { ...LIMITS, now: days(2) })).toBe(1);
    checkLeadMemberForTest(db, 'barnsley');
    expect(releaseHeldLetters(db, councilId(db, 'barnsley'), { ...LIMITS, now: days(3) })).toBe(1);
    expect(releaseHeldLetters(db, councilId(db, 'barnsley'), { ...LIMITS, now: days(3) })).toBe(0);
    expect(emailsTo(db, 'near@barnsley.gov.uk').map((e) => e.template)).toEqual(['letter']);
    expect(emailsTo(db, 'lead.member@barnsley.gov.uk').map((e) => e.template)).toEqual(['letter']);
    expect(emailsTo(db, 'far@barnsley.gov.uk')).toEqual([]);
    const letter = emailsTo(db, 'near@barnsley.gov.uk')[0]!;
    expect(letter.text).toContain(`${SITE}/sign?council=barnsley`);
    expect(
      emailsTo(db, 'ana@example.org').filter((e) => e.template === 'letter-copy'),
    ).toHaveLength(2);
    expect(tally()).toBe(1);
    // It went, so the word that it never would is not sent.
    expect(emailsTo(db, 'ana@example.org').map((e) => e.template)).not.toContain(
      'letter-held-expired',
    );
    // Its link now says it has gone.
    expect(findLetterForLink(db, token, days(3)).kind).toBe('already-sent');
  });

  it('tells the writer when 30 days pass with nobody checked, and the letter never goes', () => {
    const db = ready();
    createLetter(db, toBarnsley(), barnsley, { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), LIMITS);
    // The writer's word that it never went is written now, to go when the 30 days are up.
    expect(
      db
        .prepare(
          "SELECT subject, next_attempt_at AS at FROM email_outbox WHERE template = 'letter-held-expired'",
        )
        .get(),
    ).toEqual({ subject: 'We could not send your letter to Barnsley', at: days(30).toISOString() });
    expect(expireHeldLetters(db, days(29))).toBe(0);
    expect(expireHeldLetters(db, days(30))).toBe(1);
    checkLeadMemberForTest(db, 'barnsley');
    expect(releaseHeldLetters(db, councilId(db, 'barnsley'), { ...LIMITS, now: days(31) })).toBe(0);
    expect(emailsTo(db, 'lead.member@barnsley.gov.uk')).toEqual([]);
    // Retention then deletes it, with the emails about it.
    expect(deleteStaleLetters(db, days(31))).toBe(1);
    expect(emailsTo(db, 'ana@example.org')).toEqual([]);
  });
});
