import { describe, expect, it } from 'vitest';
import {
  dailyCountDrift,
  dailyCountTotal,
  dailyCounts,
  recomputeDailyCounts,
} from './daily-counts.ts';
import { ready, sendLetter } from './lobby/testing.ts';
import { anonymiseSupporter } from './pledges/anonymise.ts';
import { confirmPledge, unsubscribe } from './pledges/pledge.ts';
import { deleteUnconfirmedPledges } from './pledges/retention.ts';
import { openSeededDatabase, pledgeForTest } from './site/testing.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 12));

describe('the daily counters', () => {
  it('follow every way a pledge or consent changes, and a check finds none adrift', async () => {
    const db = openSeededDatabase();
    const token = (email: string, on: Date) => pledgeForTest(db, { email, now: on });
    const id = (email: string) =>
      db.prepare('SELECT id FROM supporters WHERE email = ?').pluck().get(email) as number;
    const keyOf = (email: string) =>
      db
        .prepare('SELECT unsubscribe_key FROM supporters WHERE email = ?')
        .pluck()
        .get(email) as string;

    confirmPledge(db, token('a@example.org', day(0)), day(1));
    confirmPledge(db, token('b@example.org', day(0)), day(1));
    token('c@example.org', day(0));
    token('d@example.org', day(1));
    unsubscribe(db, keyOf('a@example.org'), day(2));
    // A second withdrawal of the same supporter counts on its day, and they stay one unsubscriber.
    db.prepare(
      `INSERT INTO consent_records (supporter_id, purpose, text_version, source_page, given_at)
       VALUES (?, 'campaign_emails', 'v1', '/join', ?)`,
    ).run(id('a@example.org'), day(2).toISOString());
    unsubscribe(db, keyOf('a@example.org'), day(3));
    anonymiseSupporter(db, id('b@example.org'), 'invalidated', day(3));
    anonymiseSupporter(db, id('d@example.org'), 'erased', day(3));
    expect(await dailyCountDrift(db)).toEqual([]);

    expect(Object.fromEntries(dailyCounts(db, 'pledged', '2026-11-20'))).toEqual({
      '2026-11-20': 3,
      '2026-11-21': 1,
    });
    expect(dailyCountTotal(db, 'pending')).toBe(1);
    expect(Object.fromEntries(dailyCounts(db, 'unsubscribed', '2026-11-20'))).toEqual({
      '2026-11-22': 1,
      '2026-11-23': 3,
    });
    expect(dailyCountTotal(db, 'first_unsubscribed')).toBe(3);

    // Retention deletes the unconfirmed pledges (the erased one too), and their consent records.
    expect(await deleteUnconfirmedPledges(db, day(60))).toBe(2);
    expect(await dailyCountDrift(db)).toEqual([]);
    expect(dailyCountTotal(db, 'pending')).toBe(0);
    expect(Object.fromEntries(dailyCounts(db, 'pledged', '2026-11-20'))).toEqual({
      '2026-11-20': 2,
      '2026-11-21': 0,
    });
  });

  it('count letters on the day they were sent, and forget those a writer erased', async () => {
    const db = ready();
    expect(sendLetter(db)).toMatchObject({ kind: 'sent', sendOn: '2026-11-24' });
    expect(Object.fromEntries(dailyCounts(db, 'letters', '2026-11-24'))).toEqual({
      '2026-11-24': 1,
    });
    expect(await dailyCountDrift(db)).toEqual([]);
    db.prepare("DELETE FROM letters WHERE writer_email_key = 'ana@example.org'").run();
    expect(dailyCountTotal(db, 'letters')).toBe(0);
    expect(await dailyCountDrift(db)).toEqual([]);
  });

  it('reports a counter set wrong by hand, with both figures, until rebuilt', async () => {
    const db = openSeededDatabase();
    confirmPledge(db, pledgeForTest(db, { email: 'a@example.org', now: day(0) }), day(0));
    db.prepare(
      "UPDATE daily_counts SET count = 5 WHERE what = 'confirmed' AND day = '2026-11-20'",
    ).run();
    db.prepare("INSERT INTO daily_counts VALUES ('letters', '2026-11-19', 2)").run();

    expect(await dailyCountDrift(db)).toEqual([
      { what: 'confirmed', day: '2026-11-20', counter: 5, rows: 1 },
      { what: 'letters', day: '2026-11-19', counter: 2, rows: 0 },
    ]);
    recomputeDailyCounts(db);
    expect(await dailyCountDrift(db)).toEqual([]);
  });
});
