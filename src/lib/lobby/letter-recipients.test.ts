import { describe, expect, it } from 'vitest';
import { createLetter } from './letters.ts';
import { days, now, SITE } from '../test-world.ts';
import {
  OTHER_WORDS,
  HOME,
  addTarget,
  wardCouncillorAndLead,
  ready,
  form,
  emailsTo,
  sendLetter,
} from './testing.ts';

describe('choosing who a letter goes to', () => {
  it("offers the writer's own ward councillors and the council-wide roles, and sends to those ticked", () => {
    const db = ready();
    const mine = addTarget(db, 'cardiff', {
      name: 'Cllr Mo Own',
      email: 'mo@cardiff.gov.uk',
      wardCode: 'W05000873',
      wardName: 'Butetown',
    });
    addTarget(db, 'cardiff', {
      name: 'Cllr Other Ward',
      email: 'other@cardiff.gov.uk',
      wardCode: 'W05000999',
      wardName: 'Cathays',
    });
    const director = addTarget(db, 'cardiff', {
      name: 'Dee Rector',
      email: 'dcs@cardiff.gov.uk',
      role: 'director',
    });
    // Ticking someone from another ward is ignored: they answer to their own residents.
    const other = db
      .prepare("SELECT id FROM council_targets WHERE name = 'Cllr Other Ward'")
      .pluck()
      .get() as number;
    sendLetter(db, { recipients: [mine, director, other], choosing: '1' });
    expect(emailsTo(db, 'mo@cardiff.gov.uk').map((e) => e.template)).toEqual(['letter']);
    expect(emailsTo(db, 'dcs@cardiff.gov.uk').map((e) => e.template)).toEqual(['letter']);
    expect(emailsTo(db, 'other@cardiff.gov.uk')).toEqual([]);
    expect(emailsTo(db, 'lead.member@cardiff.gov.uk')).toEqual([]);
    // Ticking nobody, when there was somebody to tick, is a mistake to point out.
    expect(
      createLetter(
        db,
        form({ email: 'z@example.org', ownWords: OTHER_WORDS, choosing: '1' }),
        HOME,
        { now, siteUrl: SITE },
      ),
    ).toEqual({ kind: 'no-recipients' });
  });

  it('sends each person one letter a week from one writer: a second goes only to the others', () => {
    const db = ready();
    const { mine, lead } = wardCouncillorAndLead(db);
    sendLetter(db, { recipients: [lead], choosing: '1' });
    const again = { recipients: [lead, mine], choosing: '1', ownWords: OTHER_WORDS };
    expect(sendLetter(db, again, { now: days(2) }).kind).toBe('sent');
    expect(emailsTo(db, 'lead.member@cardiff.gov.uk')).toHaveLength(1);
    expect(emailsTo(db, 'mo@cardiff.gov.uk')).toHaveLength(1);
  });
});
