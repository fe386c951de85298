import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../testing.ts';
import { confirmLetter, createLetter, LetterFormSchema } from './letters.ts';

const SITE = 'https://example.org.uk';
const now = new Date('2026-11-24T10:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

const OWN_WORDS =
  'My niece ran away twice last year and nobody asked her why until a youth worker did. ' +
  'I want the council to promise that every child gets that conversation.';

const form = (changes: Record<string, unknown> = {}) =>
  LetterFormSchema.parse({
    council: 'cardiff',
    writerName: 'Ana Silva',
    email: 'ana@example.org',
    postcode: 'cf10 1aa',
    subject: "Please sign the Runaways' Charter",
    body: OWN_WORDS,
    ...changes,
  });

function confirmToken(db: Db): string {
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'confirm-letter' ORDER BY id DESC")
    .pluck()
    .get() as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

const letters = (db: Db) =>
  db
    .prepare(
      'SELECT template, to_address AS "to", reply_to AS replyTo, next_attempt_at AS notBefore FROM email_outbox WHERE template LIKE \'letter%\' ORDER BY id',
    )
    .all() as {
    template: string;
    to: string;
    replyTo: string | null;
    notBefore: string;
  }[];

describe('writing to councillors', () => {
  it('sends nothing until the writer confirms, then one letter per target and a copy', () => {
    const db = openSeededDatabase();
    expect(createLetter(db, form(), { now, siteUrl: SITE })).toEqual({ kind: 'created' });
    expect(letters(db)).toEqual([]);
    const outcome = confirmLetter(db, confirmToken(db), now);
    expect(outcome).toEqual({
      kind: 'sent',
      councilSlug: 'cardiff',
      sendOn: '2026-11-24',
      heldForLaterDay: false,
    });
    expect(letters(db).map(({ template, to, replyTo }) => ({ template, to, replyTo }))).toEqual([
      { template: 'letter', to: 'lead-member@cardiff.example', replyTo: 'ana@example.org' },
      { template: 'letter-copy', to: 'ana@example.org', replyTo: 'ana@example.org' },
    ]);
    expect(
      db
        .prepare(
          "SELECT letters FROM council_support JOIN councils c ON c.id = council_id WHERE c.slug = 'cardiff'",
        )
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('treats a second press as done, and refuses expired and invented links', () => {
    const db = openSeededDatabase();
    createLetter(db, form(), { now, siteUrl: SITE });
    const token = confirmToken(db);
    confirmLetter(db, token, now);
    expect(confirmLetter(db, token, now)).toEqual({ kind: 'already-sent', councilSlug: 'cardiff' });
    expect(letters(db)).toHaveLength(2);
    expect(confirmLetter(db, 'invented-token', now)).toEqual({ kind: 'invalid' });

    createLetter(db, form({ council: 'kent', email: 'late@example.org' }), { now, siteUrl: SITE });
    expect(confirmLetter(db, confirmToken(db), days(8))).toEqual({ kind: 'expired' });
  });

  it('allows one letter per writer per council per 7 days', () => {
    const db = openSeededDatabase();
    createLetter(db, form(), { now, siteUrl: SITE });
    expect(
      createLetter(db, form({ email: 'ANA+again@example.org' }), { now: days(3), siteUrl: SITE }),
    ).toEqual({ kind: 'too-soon' });
    expect(createLetter(db, form({ council: 'kent' }), { now: days(3), siteUrl: SITE })).toEqual({
      kind: 'created',
    });
    expect(createLetter(db, form(), { now: days(8), siteUrl: SITE })).toEqual({ kind: 'created' });
  });

  it('holds back a letter nearly identical to one already sent to the council', () => {
    const db = openSeededDatabase();
    createLetter(db, form(), { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), now);
    const copied = form({ email: 'bo@example.org', body: OWN_WORDS.replace('niece', 'nephew') });
    expect(createLetter(db, copied, { now, siteUrl: SITE })).toEqual({ kind: 'near-duplicate' });
  });

  it('queues letters past the daily cap for the next day, and says so', () => {
    const db = openSeededDatabase();
    const outcomes = ['a', 'b', 'c'].map((name) => {
      createLetter(
        db,
        form({
          email: `${name}@example.org`,
          body: `${OWN_WORDS} Written by ${name}, in words of my own, differently ${name.repeat(30)}.`,
        }),
        { now, siteUrl: SITE },
      );
      return confirmLetter(db, confirmToken(db), now, 2);
    });
    expect(outcomes.map((o) => o.kind === 'sent' && [o.sendOn, o.heldForLaterDay])).toEqual([
      ['2026-11-24', false],
      ['2026-11-24', false],
      ['2026-11-25', true],
    ]);
    expect(letters(db).at(-1)!.notBefore).toBe('2026-11-25T00:00:00.000Z');
  });

  it('will not write to a council with no targets, or one that does not exist', () => {
    const db = openSeededDatabase();
    db.prepare(
      "DELETE FROM council_targets WHERE council_id = (SELECT id FROM councils WHERE slug = 'cardiff')",
    ).run();
    expect(createLetter(db, form(), { now, siteUrl: SITE })).toEqual({ kind: 'no-targets' });
    expect(createLetter(db, form({ council: 'atlantis' }), { now, siteUrl: SITE })).toEqual({
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
    [{ body: 'Too short' }, 'body', 'at least 50 characters'],
    [{ body: 'x'.repeat(5001) }, 'body', '5,000 characters or fewer'],
    [{ postcode: 'nowhere' }, 'postcode', 'Enter your full postcode'],
    [{ subject: '' }, 'subject', 'Enter a subject'],
  ])('explains what is wrong with %o', (change, field, message) => {
    const result = LetterFormSchema.safeParse({
      council: 'cardiff',
      writerName: 'Ana',
      email: 'ana@example.org',
      postcode: 'CF10 1AA',
      subject: 'Please sign',
      body: OWN_WORDS,
      ...change,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === field)?.message).toContain(message);
  });
});
