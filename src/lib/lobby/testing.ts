import type { Db } from '../db.ts';
import { checkLeadMemberForTest, openSeededDatabase } from '../site/testing.ts';
import { now, SITE } from '../test-world.ts';
import { confirmLetter } from './letter-confirmation.ts';
import { createLetter, LetterFormSchema } from './letters.ts';
import type { Residence } from './residence.ts';

/* For the letter tests: a writer in Cardiff, their letter, and the councillors it may go to. */

export const OWN_WORDS =
  'My niece ran away twice last year and nobody asked her why until a youth worker did. ' +
  'I want the council to promise that every child gets that conversation.';

export const OPENING =
  "I live in Cardiff and I am writing to ask the council to sign the Runaways' Charter.";

/** Other words, for a second letter that must not read as a copy of the first. */
export const OTHER_WORDS =
  'As a foster carer I have waited up at night for a child who ran. The return interview ' +
  'she had afterwards was the first time anyone listened to her properly.';

/** The writer lives in Cardiff, in Butetown ward, as the postcode lookup said. */
export const HOME = {
  kind: 'resident',
  ward: { code: 'W05000873', name: 'Butetown' },
} as const satisfies Residence;

export const councilId = (db: Db, slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;

/** Adds a checked ward councillor, or another checked person, to a council. */
export function addTarget(
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
export function wardCouncillorAndLead(db: Db): { mine: number; lead: number } {
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
export function ready(): Db {
  const db = openSeededDatabase();
  checkLeadMemberForTest(db, 'cardiff');
  checkLeadMemberForTest(db, 'kent');
  return db;
}

export const LIMITS = { now, siteUrl: SITE, dailyCap: 50, digestAfter: 50 };

export const form = (changes: Record<string, unknown> = {}) =>
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

export function confirmToken(db: Db): string {
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'confirm-letter' ORDER BY id DESC")
    .pluck()
    .get() as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

export const lastEmail = (db: Db) =>
  db
    .prepare('SELECT template, to_address AS "to", text FROM email_outbox ORDER BY id DESC LIMIT 1')
    .get() as { template: string; to: string; text: string };

export const letters = (db: Db) =>
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

/** Words in an order nobody else's letter has: enough that no two read as copies. */
export function uniqueWords(seed: number): string {
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

/**
 * Writes a letter from HOME and confirms it at once, as a writer who follows the link straight
 * away; the confirmation's outcome. `limits` changes the day or the caps from LIMITS.
 */
export function sendLetter(
  db: Db,
  changes: Record<string, unknown> = {},
  limits: Partial<typeof LIMITS> = {},
) {
  const when = { ...LIMITS, ...limits };
  createLetter(db, form(changes), HOME, { now: when.now, siteUrl: when.siteUrl });
  return confirmLetter(db, confirmToken(db), when);
}

export const emailsTo = (db: Db, to: string) =>
  db
    .prepare('SELECT template, subject, text FROM email_outbox WHERE to_address = ? ORDER BY id')
    .all(to) as { template: string; subject: string; text: string }[];

/** The letters a council's public tally counts. */
export const publicLetterTally = (db: Db, slug: string) =>
  db
    .prepare(
      'SELECT letters FROM council_support JOIN councils c ON c.id = council_id WHERE c.slug = ?',
    )
    .pluck()
    .get(slug);
