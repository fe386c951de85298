import { describe, expect, it } from 'vitest';
import { createLetter, LetterFormSchema, letterProblem } from './letters.ts';
import { confirmLetter } from './letter-confirmation.ts';
import { days, now, SITE } from '../test-world.ts';
import {
  OWN_WORDS,
  OPENING,
  OTHER_WORDS,
  HOME,
  ready,
  form,
  confirmToken,
  lastEmail,
  letters,
  publicLetterTally,
  sendLetter,
} from './testing.ts';

describe('writing to councillors', () => {
  it('sends nothing until the writer confirms, then one letter per target and a copy', () => {
    const db = ready();
    expect(createLetter(db, form(), HOME, { now, siteUrl: SITE })).toEqual({ kind: 'emailed' });
    expect(letters(db)).toEqual([]);
    const outcome = confirmLetter(db, confirmToken(db), { now, siteUrl: SITE, dailyCap: 50 });
    expect(outcome).toEqual({
      kind: 'sent',
      councilSlug: 'cardiff',
      sendOn: '2026-11-24',
      heldForLaterDay: false,
    });
    expect(letters(db).map(({ template, to, replyTo }) => ({ template, to, replyTo }))).toEqual([
      { template: 'letter', to: 'lead.member@cardiff.gov.uk', replyTo: 'ana@example.org' },
      { template: 'letter-copy', to: 'ana@example.org', replyTo: 'ana@example.org' },
    ]);
    expect(publicLetterTally(db, 'cardiff')).toBe(1);
  });

  it('treats a second press as done, and refuses expired and invented links', () => {
    const db = ready();
    createLetter(db, form(), HOME, { now, siteUrl: SITE });
    const token = confirmToken(db);
    confirmLetter(db, token, { now, siteUrl: SITE, dailyCap: 50 });
    expect(confirmLetter(db, token, { now, siteUrl: SITE, dailyCap: 50 })).toEqual({
      kind: 'already-sent',
      councilSlug: 'cardiff',
    });
    expect(letters(db)).toHaveLength(2);
    expect(confirmLetter(db, 'invented-token', { now, siteUrl: SITE, dailyCap: 50 })).toEqual({
      kind: 'invalid',
    });

    createLetter(db, form({ council: 'kent', email: 'late@example.org' }), HOME, {
      now,
      siteUrl: SITE,
    });
    expect(
      confirmLetter(db, confirmToken(db), { now: days(8), siteUrl: SITE, dailyCap: 50 }),
    ).toEqual({
      kind: 'expired',
    });
  });

  it('allows one sent letter per writer per person per 7 days, and tells only the writer', () => {
    const db = ready();
    sendLetter(db);
    const storedLetters = () => db.prepare('SELECT count(*) FROM letters').pluck().get();
    // Whoever types Ana's address learns nothing: the preview sees no problem and the form is
    // answered as any other. Ana alone is told, by email, and nothing is stored.
    const again = form({ email: 'ANA+again@example.org', ownWords: OTHER_WORDS });
    expect(letterProblem(db, again, days(3)).kind).toBe('ok');
    expect(createLetter(db, again, HOME, { now: days(3), siteUrl: SITE })).toEqual({
      kind: 'emailed',
    });
    expect(storedLetters()).toBe(1);
    expect(lastEmail(db)).toMatchObject({
      template: 'letter-too-soon',
      to: 'ANA+again@example.org',
      text: expect.stringContaining('You can write again from 1 December 2026'),
    });
    expect(
      createLetter(db, form({ council: 'kent' }), HOME, { now: days(3), siteUrl: SITE }),
    ).toEqual({
      kind: 'emailed',
    });
    expect(lastEmail(db).template).toBe('confirm-letter');
    createLetter(db, form({ ownWords: OTHER_WORDS }), HOME, { now: days(8), siteUrl: SITE });
    expect(lastEmail(db).template).toBe('confirm-letter');
  });

  it('does not let an unconfirmed letter in someone’s name stop their own', () => {
    const db = ready();
    const bo = form({ email: 'bo@example.org' });
    createLetter(db, bo, HOME, { now, siteUrl: SITE });
    const forged = confirmToken(db);
    createLetter(db, bo, HOME, { now: days(1), siteUrl: SITE });
    const own = confirmToken(db);
    expect(confirmLetter(db, own, { now: days(1), siteUrl: SITE, dailyCap: 50 }).kind).toBe('sent');
    // The other is still only pending; its link, if it was Bo's, now says why it cannot go yet.
    expect(confirmLetter(db, forged, { now: days(1), siteUrl: SITE, dailyCap: 50 })).toEqual({
      kind: 'too-soon',
      lastSentOn: '2026-11-25',
      nextFrom: '2026-12-02',
    });
  });

  it('sends one address at most three emails a day, whichever they were', () => {
    const db = ready();
    const councils = ['kent', 'cardiff', 'kent', 'cardiff'];
    sendLetter(db);
    // The copy of the sent letter went to an address now proved, and does not count; the
    // confirmation link did.
    const outcomes = councils.map(
      (council) =>
        createLetter(db, form({ council, ownWords: OTHER_WORDS }), HOME, { now, siteUrl: SITE })
          .kind,
    );
    expect(outcomes).toEqual(['emailed', 'emailed', 'too-many-emails', 'too-many-emails']);
  });

  it('puts nothing the writer typed into emails sent before the address is proved', () => {
    const db = ready();
    const writerName = 'Claim your prize at prize dot example';
    sendLetter(db, { writerName });
    createLetter(db, form({ writerName, ownWords: OTHER_WORDS }), HOME, {
      now: days(1),
      siteUrl: SITE,
    });
    const early = db
      .prepare(
        "SELECT subject || html || text FROM email_outbox WHERE template IN ('confirm-letter', 'letter-too-soon')",
      )
      .pluck()
      .all() as string[];
    expect(early).toHaveLength(2);
    for (const email of early) expect(email).not.toContain('prize');
  });

  it('holds back a letter nearly identical to one already sent to the council', () => {
    const db = ready();
    sendLetter(db);
    const copied = form({
      email: 'bo@example.org',
      ownWords: `${OWN_WORDS} Thank you.`,
    });
    expect(createLetter(db, copied, HOME, { now, siteUrl: SITE })).toEqual({
      kind: 'near-duplicate',
    });
  });

  it('queues letters past the daily cap for the next day, and says so', () => {
    const db = ready();
    const outcomes = ['a', 'b', 'c'].map((name) => {
      createLetter(
        db,
        form({
          email: `${name}@example.org`,
          ownWords: `${OWN_WORDS} Written by ${name}, in words of my own, differently ${name.repeat(30)}.`,
        }),
        HOME,
        { now, siteUrl: SITE },
      );
      return confirmLetter(db, confirmToken(db), { now, siteUrl: SITE, dailyCap: 2 });
    });
    expect(outcomes.map((o) => o.kind === 'sent' && [o.sendOn, o.heldForLaterDay])).toEqual([
      ['2026-11-24', false],
      ['2026-11-24', false],
      ['2026-11-25', true],
    ]);
    expect(letters(db).at(-1)!.notBefore).toBe('2026-11-25T00:00:00.000Z');
  });

  it('will not write to a council that does not exist', () => {
    const db = ready();
    expect(createLetter(db, form({ council: 'atlantis' }), HOME, { now, siteUrl: SITE })).toEqual({
      kind: 'unknown-council',
    });
  });
});

describe('the letter form', () => {
  it('cannot smuggle a header through the name or subject', () => {
    const parsed = form({
      writerName: 'Ana\r\nBcc: everyone@example.org',
      subject: 'Hello\nBcc: everyone@example.org',
    });
    expect(parsed.writerName).toBe('Ana Bcc: everyone@example.org');
    expect(parsed.subject).toBe('Hello Bcc: everyone@example.org');
  });

  it.each([
    [{ ownWords: 'Too short' }, 'ownWords', 'at least 50 characters in your own words'],
    [{ ownWords: undefined }, 'ownWords', 'Write a few sentences'],
    [{ opening: 'x'.repeat(4900) }, 'ownWords', '5,000 characters or fewer; it is 5,057'],
    [{ ownWords: `${OPENING} Thanks.` }, 'ownWords', 'repeats the suggested letter'],
    [{ postcode: 'nowhere' }, 'postcode', 'Enter your full postcode'],
    [{ subject: '' }, 'subject', 'Enter a subject'],
  ])('explains what is wrong with %o', (change, field, message) => {
    const result = LetterFormSchema.safeParse({
      council: 'cardiff',
      writerName: 'Ana',
      email: 'ana@example.org',
      postcode: 'CF10 1AA',
      subject: 'Please sign',
      opening: OPENING,
      ownWords: OWN_WORDS,
      ...change,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === field)?.message).toContain(message);
  });
});
