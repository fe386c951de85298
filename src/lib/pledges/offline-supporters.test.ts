import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { isoDay } from '../format.ts';
import { seedDatabase } from '../site/seed.ts';
import { countSupporters } from './counts.ts';
import {
  listOfflineSupporters,
  OfflineSupportersFormSchema,
  recordOfflineSupporters,
} from './offline-supporters.ts';
import { openDatabaseWithAccount } from '../admin/testing.ts';

const now = new Date('2026-11-25T12:00:00Z');
let db: Db;
let campaigner: number;

const councilId = (slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;

/** The form as a campaigner fills it in, with `changes`. */
const form = (changes: Record<string, string> = {}) =>
  OfflineSupportersFormSchema.parse({
    countedOn: '2026-10-03',
    count: '120',
    source: 'Paper petition, Kent County Show stall',
    ...changes,
  });

const record = (changes: Record<string, string> = {}) =>
  recordOfflineSupporters(db, form(changes), campaigner, now);

beforeEach(() => {
  ({ db, adminId: campaigner } = openDatabaseWithAccount(
    'campaigner@campaign.example',
    'campaigner',
    now,
  ));
});

describe('the seed', () => {
  it('records the 7,000 supporters of the charter’s first year, from the anniversary post', () => {
    expect(listOfflineSupporters(db)).toEqual([
      expect.objectContaining({
        countedOn: '2013-09-19',
        count: 7000,
        source: 'Make Runaways Safe anniversary news post, 19 September 2013',
        sourceUrl:
          'https://www.childrenssociety.org.uk/news-and-blogs/article/together-were-making-runaways-safer',
        councilSlug: null,
        correctedBy: null,
        recordedBy: null,
      }),
    ]);
    expect(countSupporters(db)).toEqual({ online: 0, offline: 7000, total: 7000 });
  });

  it('adds nothing when run again, even once a campaigner has corrected its entry', () => {
    expect(seedDatabase(db).offlineEntriesAdded).toBe(0);
    const seeded = listOfflineSupporters(db)[0]!;
    record({ corrects: String(seeded.id), count: '7,100', source: 'The charity’s own list' });
    const before = countSupporters(db);
    expect(seedDatabase(db).offlineEntriesAdded).toBe(0);
    expect(listOfflineSupporters(db)).toHaveLength(2);
    expect(countSupporters(db)).toEqual(before);
  });
});

describe('recording supporters who signed up offline', () => {
  it('adds them to the total and their council’s, with an audit record', () => {
    expect(record({ council: 'kent', note: 'Two clipboards, one afternoon.' })).toEqual({
      kind: 'recorded',
      id: expect.any(Number),
    });
    expect(countSupporters(db)).toEqual({ online: 0, offline: 7120, total: 7120 });
    expect(countSupporters(db, councilId('kent'))).toEqual({ online: 0, offline: 120, total: 120 });
    expect(listOfflineSupporters(db)[0]).toMatchObject({
      count: 120,
      councilName: 'Kent',
      note: 'Two clipboards, one afternoon.',
      recordedBy: 'campaigner@campaign.example',
    });
    const audit = db
      .prepare("SELECT detail FROM audit_log WHERE action = 'offline-supporters.record'")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toEqual({
      entry: listOfflineSupporters(db)[0]!.id,
      count: 120,
      council: 'kent',
      corrects: null,
    });
  });

  it('puts a wrong entry right with a correcting one, which counts instead; the wrong one stays on record', () => {
    const wrong = record({ council: 'kent', count: '210' });
    if (wrong.kind !== 'recorded') throw new Error(wrong.kind);
    const right = record({ council: 'medway', count: '120', corrects: String(wrong.id) });
    if (right.kind !== 'recorded') throw new Error(right.kind);

    expect(countSupporters(db).offline).toBe(7120);
    expect(countSupporters(db, councilId('kent')).offline).toBe(0);
    expect(countSupporters(db, councilId('medway')).offline).toBe(120);
    const entries = listOfflineSupporters(db);
    expect(entries.find((e) => e.id === wrong.id)).toMatchObject({
      count: 210,
      correctedBy: right.id,
    });
    expect(entries.find((e) => e.id === right.id)).toMatchObject({ corrects: wrong.id });

    // Someone else's correction of the same entry, sent meanwhile, changes nothing.
    expect(record({ count: '5', corrects: String(wrong.id) })).toEqual({
      kind: 'already-corrected',
      by: right.id,
    });
    // An entry that should never have counted is corrected to none.
    expect(record({ count: '0', corrects: String(right.id) })).toMatchObject({ kind: 'recorded' });
    expect(countSupporters(db)).toMatchObject({ offline: 7000, total: 7000 });
    expect(countSupporters(db, councilId('medway')).offline).toBe(0);
  });

  it('refuses an unknown council or entry, and changes nothing', () => {
    expect(record({ council: 'atlantis' })).toEqual({ kind: 'unknown-council' });
    expect(record({ corrects: '999' })).toEqual({ kind: 'no-such-entry' });
    expect(countSupporters(db).offline).toBe(7000);
    expect(listOfflineSupporters(db)).toHaveLength(1);
  });

  it('keeps entries as history: none can be changed or deleted', () => {
    expect(() => db.prepare('UPDATE offline_supporters SET count = 1').run()).toThrow(
      /record a correcting entry instead/,
    );
    expect(() => db.prepare('DELETE FROM offline_supporters').run()).toThrow(
      /record a correcting entry instead/,
    );
  });

  it('takes counts as people write them', () => {
    expect(form({ count: '7,000' }).count).toBe(7000);
    expect(form({ count: ' 1 200 ' }).count).toBe(1200);
  });

  const tomorrow = isoDay(new Date(Date.now() + 86_400_000));
  it.each([
    [{ countedOn: '' }, 'countedOn', 'Enter the date as year, month and day, like 2013-09-19'],
    [{ countedOn: '19/09/2013' }, 'countedOn', 'Enter the date as year, month and day'],
    [{ countedOn: tomorrow }, 'countedOn', 'The date cannot be in the future'],
    [{ countedOn: '0213-09-19' }, 'countedOn', 'Give a date in 2012, when the campaign began'],
    [{ count: '' }, 'count', 'Enter how many people signed up'],
    [{ count: '12.5' }, 'count', 'as a whole number, like 120'],
    [{ count: '-3' }, 'count', 'as a whole number, like 120'],
    [{ count: '250000' }, 'count', 'One entry can add at most 100,000. Check the figure.'],
    [{ count: '0' }, 'count', 'Only a correction can be 0'],
    [{ source: ' ' }, 'source', 'Say where the figure comes from'],
    [
      { sourceUrl: 'javascript:alert(1)' },
      'sourceUrl',
      'Give a web address starting with https://',
    ],
    [{ council: '../kent' }, 'council', 'Choose a council from the list'],
  ])('says what is wrong with %o beside the field', (changes, field, message) => {
    const issues = OfflineSupportersFormSchema.safeParse({
      countedOn: '2026-10-03',
      count: '120',
      source: 'Paper petition',
      ...changes,
    }).error?.issues;
    expect(issues?.[0]?.path).toEqual([field]);
    expect(issues?.[0]?.message).toContain(message);
  });
});
