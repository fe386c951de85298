import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { listCouncils } from '../councils/queries.ts';
import { SURGE_MINIMUM } from '../pledges/invalidation.ts';
import { confirmPledge, unsubscribe } from '../pledges/pledge.ts';
import { openSeededDatabase, pledgeForTest } from './testing.ts';
import { readDashboard, supportersByDay, targetList } from './dashboard.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 12));

const pledge = (db: Db, email: string, on: Date, campaignEmails = true) =>
  pledgeForTest(db, { email, campaignEmails, now: on });

describe('the dashboard', () => {
  it('counts pledges, confirmations and unsubscribes day by day, quiet days included', async () => {
    const db = openSeededDatabase();
    confirmPledge(db, pledge(db, 'a@example.org', day(0)), day(1));
    confirmPledge(db, pledge(db, 'b@example.org', day(0)), day(0));
    pledge(db, 'c@example.org', day(2));
    const key = db
      .prepare("SELECT unsubscribe_key FROM supporters WHERE email = 'b@example.org'")
      .pluck()
      .get() as string;
    unsubscribe(db, key, day(2));

    expect(supportersByDay(db, 4, day(3))).toEqual([
      { day: '2026-11-20', pledged: 2, confirmed: 1, unsubscribed: 0 },
      { day: '2026-11-21', pledged: 0, confirmed: 1, unsubscribed: 0 },
      { day: '2026-11-22', pledged: 1, confirmed: 0, unsubscribed: 1 },
      { day: '2026-11-23', pledged: 0, confirmed: 0, unsubscribed: 0 },
    ]);
    const dashboard = await readDashboard(db, day(3));
    expect(dashboard.supporters).toEqual({
      online: 2,
      offline: 7000,
      total: 7002,
      pending: 1,
      unsubscribed: 1,
      confirmationRate: 2 / 3,
    });
    expect(dashboard.days).toHaveLength(30);
    expect(dashboard.councils).toMatchObject({ total: 175, signed: 32 });
  });

  it('shows where pledges came from and the codes that brought most, with nobody named', async () => {
    const db = openSeededDatabase();
    confirmPledge(db, pledge(db, 'a@example.org', day(0)), day(0));
    const code = db.prepare('SELECT share_code FROM supporters').pluck().get() as string;
    for (const [email, via] of [
      ['b@example.org', 'whatsapp'],
      ['c@example.org', 'whatsapp'],
      ['d@example.org', 'copy'],
    ] as const) {
      confirmPledge(db, pledgeForTest(db, { email, ref: code, via, now: day(1) }), day(1));
    }
    const dashboard = await readDashboard(db, day(2));
    expect(dashboard.sources).toEqual([
      { source: 'whatsapp', pledges: 2 },
      { source: 'copy', pledges: 1 },
      { source: 'direct', pledges: 1 },
    ]);
    expect(dashboard.shareCodes).toEqual([{ code, joined: 3 }]);
  });

  it('warns of a network sending far more pledges than usual in the last hour', async () => {
    const db = openSeededDatabase();
    const now = day(3);
    const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    for (let i = 0; i < 30; i += 1) {
      pledge(db, `usual${i}@example.org`, minutesAgo(60 * 24 * (1 + (i % 5))));
    }
    for (let i = 0; i < SURGE_MINIMUM; i += 1) {
      pledgeForTest(db, {
        email: `flood${i}@flood.example`,
        network: '203.0.113.0/24',
        now: minutesAgo(10),
      });
    }
    const dashboard = await readDashboard(db, now);
    expect(dashboard.surges.map((surge) => `${surge.kind} ${surge.value}`).toSorted()).toEqual([
      'domain flood.example',
      'network 203.0.113.0/24',
    ]);
  });

  it('has no confirmation rate before anyone pledges', async () => {
    expect(
      (await readDashboard(openSeededDatabase(), day(0))).supporters.confirmationRate,
    ).toBeNull();
  });

  it('lists councils still to sign, most supporters first, then most letters', () => {
    const councils = listCouncils(openSeededDatabase()).map((council) => ({
      ...council,
      supporters: council.slug === 'cardiff' ? 9 : council.slug === 'kent' ? 50 : 0,
      letters: council.slug === 'barnsley' ? 3 : 0,
    }));
    const targets = targetList(councils, 3);
    // Kent has the most supporters but has signed.
    expect(targets.slice(0, 2).map((council) => council.slug)).toEqual(['cardiff', 'barnsley']);
    expect(targets.every((council) => council.status !== 'signed')).toBe(true);
  });
});
