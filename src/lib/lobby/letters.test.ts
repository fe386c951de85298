import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { checkLeadMemberForTest, openSeededDatabase } from '../site/testing.ts';
import { createLetter, LetterFormSchema, letterProblem } from './letters.ts';
import { confirmLetter, findLetterForLink, releaseHeldLetters } from './letter-confirmation.ts';
import { answerFollowUp, findFollowUp } from './letter-replies.ts';
import type { Residence } from './residence.ts';
import { eraseSupporter, requestPrivacyLink } from '../site/privacy.ts';
import { lettersPerDay, repliesByCouncil } from './results.ts';
import { deleteStaleLetters, expireHeldLetters } from './retention.ts';

const SITE = 'https://example.org.uk';
const now = new Date('2026-11-24T10:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

const OWN_WORDS =
  'My niece ran away twice last year and nobody asked her why until a youth worker did. ' +
  'I want the council to promise that every child gets that conversation.';

const OPENING =
  "I live in Cardiff and I am writing to ask the council to sign the Runaways' Charter.";

/** Other words, for a second letter that must not read as a copy of the first. */
const OTHER_WORDS =
  'As a foster carer I have waited up at night for a child who ran. The return interview ' +
  'she had afterwards was the first time anyone listened to her properly.';

/** The writer lives in Cardiff, in Butetown ward, as the postcode lookup said. */
const HOME = {
  kind: 'resident',
  ward: { code: 'W05000873', name: 'Butetown' },
} as const satisfies Residence;

const councilId = (db: Db, slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;

/** Adds a checked ward councillor, or another checked person, to a council. */
function addTarget(
  db: Db,
  slug: string,
  target: { name: string; email: string; role?: string; wardCode?: string; wardName?: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO council_targets (council_id, name, role, email, ward_code, ward_name, source,
           last_checked_on, state)
         VALUES (?, ?, ?, ?, ?, ?, 'https://council.gov.uk/people', '2026-11-20', 'verified')`,
      )
      .run(
        councilId(db, slug),
        target.name,
        target.role ?? 'ward_councillor',
        target.email,
        target.wardCode ?? null,
        target.wardName ?? null,
      ).lastInsertRowid,
  );
}

/** In Cardiff: the writer's own ward councillor, added and checked, and the checked lead member. */
function wardCouncillorAndLead(db: Db): { mine: number; lead: number } {
  const mine = addTarget(db, 'cardiff', {
    name: 'Cllr Mo Own',
    email: 'mo@cardiff.gov.uk',
    wardCode: 'W05000873',
    wardName: 'Butetown',
  });
  const lead = db
    .prepare("SELECT id FROM council_targets WHERE email = 'lead.member@cardiff.gov.uk'")
    .pluck()
    .get() as number;
  return { mine, lead };
}

/** A seeded database in which Cardiff's and Kent's lead members are checked. */
function ready(): Db {
  const db = openSeededDatabase();
  checkLeadMemberForTest(db, 'cardiff');
  checkLeadMemberForTest(db, 'kent');
  return db;
}

const LIMITS = { now, siteUrl: SITE, dailyCap: 50, digestAfter: 50 };

const form = (changes: Record<string, unknown> = {}) =>
  LetterFormSchema.parse({
    council: 'cardiff',
    writerName: 'Ana Silva',
    email: 'ana@example.org',
    postcode: 'cf10 1aa',
    subject: "Please sign the Runaways' Charter",
    opening: OPENING,
    ownWords: OWN_WORDS,
    ...changes,
  });

function confirmToken(db: Db): string {
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'confirm-letter' ORDER BY id DESC")
    .pluck()
    .get() as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

const lastEmail = (db: Db) =>
  db
    .prepare('SELECT template, to_address AS "to", text FROM email_outbox ORDER BY id DESC LIMIT 1')
    .get() as { template: string; to: string; text: string };

const letters = (db: Db) =>
  db
    .prepare(
      "SELECT template, to_address AS \"to\", reply_to AS replyTo, next_attempt_at AS notBefore FROM email_outbox WHERE template IN ('letter', 'letter-copy') ORDER BY id",
    )
    .all() as {
    template: string;
    to: string;
    replyTo: string | null;
    notBefore: string;
  }[];

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
    createLetter(db, form(), HOME, { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), { now, siteUrl: SITE, dailyCap: 50 });
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
    createLetter(db, form(), HOME, { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), { now, siteUrl: SITE, dailyCap: 50 });
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
    createLetter(db, form({ writerName }), HOME, { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), { now, siteUrl: SITE, dailyCap: 50 });
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
    createLetter(db, form(), HOME, { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), { now, siteUrl: SITE, dailyCap: 50 });
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

/** Words in an order nobody else's letter has: enough that no two read as copies. */
function uniqueWords(seed: number): string {
  const words =
    'home care school night street friend worry police help listen safe danger family young brother sister mother father teacher money phone bus station park cold hungry scared alone found lost'.split(
      ' ',
    );
  let state = seed * 2654435761;
  const pick = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return words[state % words.length];
  };
  return `Letter ${seed}: ${Array.from({ length: 40 }, pick).join(' ')}.`;
}

const emailsTo = (db: Db, to: string) =>
  db
    .prepare('SELECT template, subject, text FROM email_outbox WHERE to_address = ? ORDER BY id')
    .all(to) as { template: string; subject: string; text: string }[];

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
    createLetter(db, form({ recipients: [mine, director, other], choosing: '1' }), HOME, {
      now,
      siteUrl: SITE,
    });
    confirmLetter(db, confirmToken(db), LIMITS);
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
    createLetter(db, form({ recipients: [lead], choosing: '1' }), HOME, { now, siteUrl: SITE });
    confirmLetter(db, confirmToken(db), LIMITS);
    createLetter(
      db,
      form({ recipients: [lead, mine], choosing: '1', ownWords: OTHER_WORDS }),
      HOME,
      { now: days(2), siteUrl: SITE },
    );
    expect(confirmLetter(db, confirmToken(db), { ...LIMITS, now: days(2) }).kind).toBe('sent');
    expect(emailsTo(db, 'lead.member@cardiff.gov.uk')).toHaveLength(1);
    expect(emailsTo(db, 'mo@cardiff.gov.uk')).toHaveLength(1);
  });
});

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
    const tally = () =>
      db
        .prepare(
          "SELECT letters FROM council_support JOIN councils c ON c.id = council_id WHERE c.slug = 'barnsley'",
        )
        .pluck()
        .get();
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

describe('a busy day', () => {
  it('sends each person 50 letters on their own and the rest in one digest the next morning', () => {
    const db = ready();
    const { mine, lead } = wardCouncillorAndLead(db);
    for (let i = 0; i < 60; i += 1) {
      const outcome = createLetter(
        db,
        form({
          email: `w${i}@example.org`,
          opening: '',
          ownWords: uniqueWords(i),
          recipients: [mine, lead],
          choosing: '1',
        }),
        HOME,
        { now, siteUrl: SITE },
      );
      expect(outcome).toEqual({ kind: 'emailed' });
      expect(confirmLetter(db, confirmToken(db), { ...LIMITS, dailyCap: 1000 }).kind).toBe('sent');
    }
    for (const address of ['mo@cardiff.gov.uk', 'lead.member@cardiff.gov.uk']) {
      const emails = db
        .prepare(
          'SELECT template, subject, text, next_attempt_at AS notBefore FROM email_outbox WHERE to_address = ?',
        )
        .all(address) as { template: string; subject: string; text: string; notBefore: string }[];
      expect(emails).toHaveLength(51);
      const digests = emails.filter((e) => e.template === 'letter-digest');
      expect(digests).toHaveLength(1);
      expect(digests[0]!.subject).toBe('10 more letters from Cardiff residents, 24 November 2026');
      expect(digests[0]!.notBefore).toBe('2026-11-25T00:00:00.000Z');
      // Every letter in full, with its writer and where to reply.
      for (let i = 50; i < 60; i += 1) {
        expect(digests[0]!.text).toContain(uniqueWords(i));
        expect(digests[0]!.text).toContain(`w${i}@example.org`);
      }
    }

    // A writer in the digest asks to be erased before it goes: it goes without their letter.
    requestPrivacyLink(db, 'w55@example.org', SITE, now);
    const link = db
      .prepare("SELECT text FROM email_outbox WHERE template = 'privacy-link'")
      .pluck()
      .get() as string;
    expect(eraseSupporter(db, /token=([\w-]+)/.exec(link)![1]!, now)).toBe(true);
    const digest = db
      .prepare(
        "SELECT subject, text FROM email_outbox WHERE template = 'letter-digest' AND to_address = ?",
      )
      .get('mo@cardiff.gov.uk') as { subject: string; text: string };
    expect(digest.subject).toBe('9 more letters from Cardiff residents, 24 November 2026');
    expect(digest.text).not.toContain('w55@example.org');
    expect(digest.text).not.toContain(uniqueWords(55));
  });
});

describe('after a letter is sent', () => {
  const send = (db: Db, changes: Record<string, unknown> = {}, at = now) => {
    createLetter(db, form(changes), HOME, { now: at, siteUrl: SITE });
    return confirmLetter(db, confirmToken(db), { now: at, siteUrl: SITE, dailyCap: 50 });
  };
  const followUp = (db: Db) =>
    db
      .prepare(
        "SELECT text, next_attempt_at AS notBefore FROM email_outbox WHERE template = 'letter-follow-up'",
      )
      .get() as { text: string; notBefore: string };

  it('greets each target by name and tells the writer who it went to', () => {
    const db = ready();
    send(db);
    const texts = db
      .prepare(
        "SELECT template, text FROM email_outbox WHERE template IN ('letter', 'letter-copy') ORDER BY id",
      )
      .all() as { template: string; text: string }[];
    const [toCouncillor, copy] = texts;
    // Only what the site has checked: the postcode, and the ward the lookup put it in.
    expect(toCouncillor!.text).toMatch(
      /^Sent on behalf of Ana Silva, whose postcode \(CF10 1AA\) we have checked is in the Butetown area of Cardiff/,
    );
    expect(toCouncillor!.text).not.toContain('constituent');
    expect(toCouncillor!.text).toContain(`Dear `);
    expect(toCouncillor!.text).toContain(`${OPENING}\n\n${OWN_WORDS}`);
    expect(toCouncillor!.text).toContain('Yours sincerely,\nAna Silva\nCF10 1AA\n');
    // Something to act on: where the council stands, the four steps, and where to sign.
    expect(toCouncillor!.text).toContain("Cardiff has not signed the Runaways' Charter");
    expect(toCouncillor!.text).toContain(`${SITE}/councils/cardiff`);
    expect(toCouncillor!.text).toContain(
      'Act when they come back, with an independent return interview.',
    );
    expect(toCouncillor!.text).toContain(`${SITE}/sign?council=cardiff`);
    expect(copy!.text).toMatch(/^This is a copy of the letter you sent to /);
  });

  it('asks the writer two weeks later whether anyone replied, and records the answer', () => {
    const db = ready();
    send(db);
    const { text, notBefore } = followUp(db);
    expect(notBefore).toBe('2026-12-08T10:00:00.000Z');
    const token = /reply\?token=([\w-]+)&answer=yes/.exec(text)![1]!;
    expect(findFollowUp(db, token)).toMatchObject({ councilName: 'Cardiff', answer: null });
    expect(answerFollowUp(db, token, 'not_yet', days(14))).toBe(true);
    expect(answerFollowUp(db, token, 'yes', days(20))).toBe(true);
    expect(findFollowUp(db, token)?.answer).toBe('yes');
    expect(answerFollowUp(db, 'invented', 'no', days(14))).toBe(false);
  });

  it('shows campaigners letters per day and reply rates once enough writers answer', () => {
    const db = ready();
    const answers = ['yes', 'yes', 'no', 'not_yet'] as const;
    const own = [
      'I fostered two teenagers who both ran away, and the return interviews made all the difference.',
      'As a teacher I see pupils go missing for days; the school is often the last to find out.',
      'My brother slept rough at fifteen after running from care and nobody came looking for him.',
      'I volunteer on a youth helpline and hear every week from children who feel nobody listens.',
      'Our town lost a young girl to exploitation after she ran away; I want that never to happen again.',
    ];
    const tokens = own.map((ownWords, i) => {
      send(db, { email: `w${i}@example.org`, opening: '', ownWords });
      return /reply\?token=([\w-]+)/.exec(
        db
          .prepare(
            "SELECT text FROM email_outbox WHERE template = 'letter-follow-up' ORDER BY id DESC",
          )
          .pluck()
          .get() as string,
      )![1]!;
    });
    answers.forEach((answer, i) => answerFollowUp(db, tokens[i]!, answer, days(15)));
    expect(repliesByCouncil(db, '2026-11-01')).toEqual([
      { slug: 'cardiff', name: 'Cardiff', sent: 5, yes: 2, no: 1, notYet: 1, replyRate: null },
    ]);
    // The fifth answer is the one that makes a rate worth showing.
    answerFollowUp(db, tokens[4]!, 'yes', days(15));
    expect(repliesByCouncil(db, '2026-11-01')[0]!.replyRate).toBeCloseTo(3 / 5);
    expect(lettersPerDay(db, '2026-11-23', '2026-11-25')).toEqual([
      { day: '2026-11-23', sent: 0 },
      { day: '2026-11-24', sent: 5 },
      { day: '2026-11-25', sent: 0 },
    ]);
  });

  it('deletes unconfirmed letters once their link expires, and sent ones after a year', () => {
    const db = ready();
    send(db);
    createLetter(db, form({ council: 'kent' }), HOME, { now, siteUrl: SITE });
    const count = () => db.prepare('SELECT count(*) FROM letters').pluck().get();
    expect(deleteStaleLetters(db, days(6))).toBe(0);
    expect(deleteStaleLetters(db, days(8))).toBe(1);
    expect(deleteStaleLetters(db, days(365))).toBe(0);
    expect(deleteStaleLetters(db, days(366))).toBe(1);
    expect(count()).toBe(0);
    // The public tally is kept.
    expect(
      db
        .prepare(
          "SELECT letters FROM council_support JOIN councils c ON c.id = council_id WHERE c.slug = 'cardiff'",
        )
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('finds the letter a confirmation link belongs to, for the page to show', () => {
    const db = ready();
    createLetter(db, form(), HOME, { now, siteUrl: SITE });
    const token = confirmToken(db);
    const pending = findLetterForLink(db, token, now);
    expect(pending.kind === 'pending' && pending.recipients.length).toBe(1);
    expect(findLetterForLink(db, token, days(8))).toEqual({ kind: 'expired' });
    confirmLetter(db, token, { now, siteUrl: SITE, dailyCap: 50 });
    expect(findLetterForLink(db, token, now).kind).toBe('already-sent');
    expect(findLetterForLink(db, 'invented', now)).toEqual({ kind: 'invalid' });
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
