import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { days, now, SITE } from '../test-world.ts';
import { checkLeadMemberForTest, eraseForTest, openSeededDatabase } from '../site/testing.ts';
import { fingerprint, NEAR_DUPLICATE, similarity } from './fingerprint.ts';
import { createLetter, LetterFormSchema } from './letters.ts';
import { confirmLetter } from './letter-confirmation.ts';
import {
  findNearDuplicate,
  indexLetter,
  indexUnindexedLetters,
  signature,
} from './near-duplicates.ts';
import { deleteStaleLetters } from './retention.ts';

const daysAgo = (n: number) => days(-n).toISOString();
/** What the letter check passes: the last 30 days. */
const since = daysAgo(30);

const LETTER =
  "I live in Cardiff and I am writing to ask the council to sign the Runaways' Charter. " +
  'My niece ran away twice last year and nobody asked her why until a youth worker did. ' +
  'I want the council to promise that every child who comes back gets that conversation, ' +
  'with someone independent, and that the police, schools and health services work together.';

/** A word changed, and the case and punctuation: similarity 0.84. */
const TWEAKED = LETTER.replace('niece', 'nephew').toUpperCase().replaceAll('.', '!');

const DIFFERENT =
  'As a foster carer I have waited up at night for a child who ran. The return interview she ' +
  'had afterwards was the first time anyone listened to her properly, and it changed her year.';

const councilId = (db: Db, slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;

/** A letter put straight into the table as sent, with these shingles, and indexed. */
function sendLetter(
  db: Db,
  council: number,
  shingles: readonly number[],
  createdAt = daysAgo(1),
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO letters (council_id, writer_email_key, subject, body, fingerprint, state,
         expires_at, created_at)
       VALUES (?, 'writer@example.org', 'Please sign', ?, ?, 'sent', ?, ?)`,
    )
    .run(
      council,
      'A letter long enough to be stored as one. '.repeat(2),
      JSON.stringify(shingles),
      createdAt,
      createdAt,
    );
  indexLetter(db, Number(lastInsertRowid));
  return Number(lastInsertRowid);
}

const bandRows = (db: Db) => db.prepare('SELECT count(*) FROM letter_bands').pluck().get();

/** A seeded generator (mulberry32), so the statistical tests give the same answer every run. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * Two shingle sets of `size` each sharing `shared`: Jaccard similarity shared / (2 size - shared).
 */
function pair(next: () => number, size: number, shared: number): [number[], number[]] {
  const distinct = new Set<number>();
  while (distinct.size < 2 * size - shared) distinct.add(next());
  const all = [...distinct];
  const sorted = (list: number[]) => list.sort((a, b) => a - b);
  return [sorted(all.slice(0, size)), sorted(all.slice(size - shared, 2 * size - shared))];
}

describe('finding a near-duplicate among the letters sent to a council', () => {
  it('finds the same letter, and one with a word changed, but not a different one', () => {
    const db = openSeededDatabase();
    const cardiff = councilId(db, 'cardiff');
    sendLetter(db, cardiff, fingerprint(LETTER));
    expect(similarity(fingerprint(LETTER), fingerprint(TWEAKED))).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE,
    );
    expect(findNearDuplicate(db, cardiff, fingerprint(LETTER), since)).toBe(true);
    expect(findNearDuplicate(db, cardiff, fingerprint(TWEAKED), since)).toBe(true);
    expect(findNearDuplicate(db, cardiff, fingerprint(DIFFERENT), since)).toBe(false);
  });

  it('looks only at letters sent to the same council since the given time', () => {
    const db = openSeededDatabase();
    sendLetter(db, councilId(db, 'kent'), fingerprint(LETTER));
    sendLetter(db, councilId(db, 'cardiff'), fingerprint(LETTER), daysAgo(31));
    expect(findNearDuplicate(db, councilId(db, 'cardiff'), fingerprint(LETTER), since)).toBe(false);
  });

  it('looks only at letters sent, not those waiting or expired', () => {
    const db = openSeededDatabase();
    const cardiff = councilId(db, 'cardiff');
    const id = sendLetter(db, cardiff, fingerprint(LETTER));
    db.prepare(`UPDATE letters SET state = 'expired' WHERE id = ?`).run(id);
    expect(findNearDuplicate(db, cardiff, fingerprint(LETTER), since)).toBe(false);
  });

  it('finds at least 99% of pairs at a similarity of 0.85', () => {
    const db = openSeededDatabase();
    const cardiff = councilId(db, 'cardiff');
    const next = randomNumbers(2026);
    const pairs = Array.from({ length: 200 }, () => pair(next, 100, 92));
    for (const [sent] of pairs) sendLetter(db, cardiff, sent);
    const found = pairs.filter(([sent, other]) => {
      expect(similarity(sent, other)).toBeCloseTo(0.85, 2);
      return findNearDuplicate(db, cardiff, other, since);
    });
    expect(found.length).toBeGreaterThanOrEqual(198);
  });

  it('has signatures that agree as often as the letters overlap', () => {
    const next = randomNumbers(7);
    const agreements = Array.from({ length: 200 }, () => {
      const [a, b] = pair(next, 120, 80); // similarity 80 / 160 = 0.5
      const [x, y] = [signature(a), signature(b)];
      return x.filter((entry, i) => entry === y[i]).length / x.length;
    });
    const mean = agreements.reduce((sum, value) => sum + value, 0) / agreements.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

const RESIDENT = { kind: 'resident', ward: null } as const;

describe('the band index', () => {
  const form = (email: string) =>
    LetterFormSchema.parse({
      council: 'cardiff',
      writerName: 'Ana Silva',
      email,
      postcode: 'cf10 1aa',
      subject: "Please sign the Runaways' Charter",
      opening: '',
      ownWords: LETTER,
    });

  /** A letter written and confirmed through the form, as a supporter sends one. */
  function writeAndConfirm(db: Db, email: string, at: Date): void {
    createLetter(db, form(email), RESIDENT, { now: at, siteUrl: SITE });
    const text = db
      .prepare("SELECT text FROM email_outbox WHERE template = 'confirm-letter' ORDER BY id DESC")
      .pluck()
      .get() as string;
    confirmLetter(db, /token=([\w-]+)/.exec(text)![1]!, { now: at, siteUrl: SITE, dailyCap: 50 });
  }

  it('gains a letter when it is sent, so a copy of it is held back', () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'cardiff');
    createLetter(db, form('ana@example.org'), RESIDENT, { now, siteUrl: SITE });
    expect(bandRows(db)).toBe(0);
    writeAndConfirm(db, 'ana@example.org', now);
    expect(bandRows(db)).toBe(25);
    expect(createLetter(db, form('sam@example.org'), RESIDENT, { now, siteUrl: SITE })).toEqual({
      kind: 'near-duplicate',
    });
  });

  it('loses a letter’s rows when retention deletes the letter a year on', () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'cardiff');
    writeAndConfirm(db, 'ana@example.org', now);
    expect(bandRows(db)).toBe(25);
    expect(deleteStaleLetters(db, new Date(now.getTime() + 367 * 86_400_000))).toBe(1);
    expect(bandRows(db)).toBe(0);
  });

  it('loses a letter’s rows when its writer asks to be erased', () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'cardiff');
    writeAndConfirm(db, 'ana@example.org', now);
    expect(eraseForTest(db, 'ana@example.org', now)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(0);
    expect(bandRows(db)).toBe(0);
  });

  it('is filled at start-up with sent letters it lacks, and then has nothing to do', () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'cardiff');
    const cardiff = councilId(db, 'cardiff');
    sendLetter(db, cardiff, fingerprint(LETTER));
    // As the migration left letters sent before it: no band rows.
    db.exec('DELETE FROM letter_bands');
    const pending = sendLetter(db, cardiff, fingerprint(DIFFERENT));
    db.prepare(`UPDATE letters SET state = 'pending' WHERE id = ?`).run(pending);
    db.prepare('DELETE FROM letter_bands WHERE letter_id = ?').run(pending);
    expect(findNearDuplicate(db, cardiff, fingerprint(LETTER), since)).toBe(false);

    expect(indexUnindexedLetters(db)).toBe(1);
    expect(findNearDuplicate(db, cardiff, fingerprint(LETTER), since)).toBe(true);
    expect(indexUnindexedLetters(db)).toBe(0);
    expect(bandRows(db)).toBe(25);
  });
});
