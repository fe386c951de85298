import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { countSupporters, recomputeSupporterCounts } from './counts.ts';
import { pledgeEmailKeys } from '../email/keys.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { createAccount } from '../admin/users.ts';
import {
  countMatching,
  findSurges,
  InvalidationFilterSchema,
  invalidatePledges,
  SURGE_MINIMUM,
} from './invalidation.ts';

const now = new Date('2026-11-25T21:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000).toISOString();
let db: Db;
let admin: number;
let serial = 0;

function pledge(
  email: string,
  { network = '198.51.100.0/24', postcode = 'CT1 1AA', at = minutesAgo(10), confirmed = true } = {},
) {
  serial += 1;
  db.prepare(
    `INSERT INTO supporters (email, email_key, first_name, last_name, postcode, council_id, state,
       unsubscribe_key, created_at, source_network)
     VALUES (?, ?, 'A', 'B', ?, 1, ?, ?, ?, ?)`,
  ).run(email, email, postcode, confirmed ? 'confirmed' : 'pending', `k${serial}`, at, network);
}

const filter = (f: Record<string, string>) => InvalidationFilterSchema.parse(f);

beforeEach(() => {
  db = openSeededDatabase();
  createAccount(db, 'admin@campaign.example', 'admin', now);
  admin = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
});

describe('finding fake pledges', () => {
  it('matches every filter given', () => {
    pledge('a@flood.example', { network: '203.0.113.0/24' });
    pledge('b@flood.example', { network: '203.0.113.0/24', confirmed: false });
    pledge('c@flood.example', { network: '198.51.100.0/24' });
    pledge('d@real.example', { network: '203.0.113.0/24', postcode: 'CT11 9AA' });
    expect(countMatching(db, filter({ domain: '@Flood.example' }))).toEqual({
      total: 3,
      confirmed: 2,
    });
    expect(countMatching(db, filter({ network: '203.0.113.99', domain: 'flood.example' }))).toEqual(
      {
        total: 2,
        confirmed: 1,
      },
    );
    // CT1 is a district of its own; CT11 is another.
    expect(countMatching(db, filter({ postcode: 'ct1' })).total).toBe(3);
    expect(countMatching(db, filter({ postcode: 'CT11 9AA' })).total).toBe(1);
    expect(
      countMatching(db, filter({ from: '2026-11-25T20:45', to: '2026-11-25T21:00' })).total,
    ).toBe(4);
    expect(countMatching(db, filter({ to: '2026-11-25T20:00' })).total).toBe(0);
  });

  it('needs at least one filter, each in a shape it understands', () => {
    const messages = (f: Record<string, string>) =>
      InvalidationFilterSchema.safeParse(f).error?.issues.map((i) => i.message);
    expect(messages({})).toEqual([
      'Give at least one of: a network, an email domain, a postcode, a time',
    ]);
    expect(messages({ network: '10.0.0.0/8' })).toEqual([
      'Give one address, or a network like 203.0.113.0/24 or 2001:db8:1::/48',
    ]);
    expect(messages({ domain: 'not a domain' })).toEqual(['Give a domain, like example.com']);
    expect(messages({ from: 'yesterday' })).toEqual([
      'Give a date and time, like 2026-11-25T20:15',
    ]);
  });
});

describe('removing them', () => {
  it('removes exactly what was counted, takes it out of the totals and records it', async () => {
    for (let i = 0; i < 5; i += 1) pledge(`real${i}@real.example`);
    for (let i = 0; i < 3; i += 1) pledge(`fake${i}@flood.example`);
    pledge('pending@flood.example', { confirmed: false });
    const pending = db.prepare('SELECT max(id) FROM supporters').pluck().get() as number;
    db.prepare(
      "INSERT INTO email_outbox (idempotency_key, template, to_address, subject, html, text, headers) VALUES (?, 'confirm-pledge', 'pending@flood.example', 's', 'h', 't', '{}')",
    ).run(pledgeEmailKeys.confirmation(pending, 'a-token-hash'));
    recomputeSupporterCounts(db);
    expect(countSupporters(db).online).toBe(8);

    const flood = filter({ domain: 'flood.example' });
    expect(await invalidatePledges(db, flood, 3, admin, now)).toEqual({
      kind: 'changed',
      count: { total: 4, confirmed: 3 },
    });
    expect(await invalidatePledges(db, flood, 4, admin, now)).toEqual({
      kind: 'invalidated',
      count: 4,
    });

    expect(countSupporters(db).online).toBe(5);
    expect(countSupporters(db, 1).online).toBe(5);
    // Supporters recorded offline (the seed's 7,000) are untouched.
    expect(countSupporters(db).offline).toBe(7000);
    expect(
      db.prepare("SELECT count(*) FROM supporters WHERE email LIKE '%flood%'").pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT count(*) FROM email_outbox').pluck().get()).toBe(0);
    expect(countMatching(db, flood).total).toBe(0);
    const audit = db
      .prepare("SELECT detail FROM audit_log WHERE action = 'pledges.invalidate'")
      .pluck()
      .get();
    expect(JSON.parse(audit as string)).toMatchObject({
      count: 4,
      confirmed: 3,
      domain: 'flood.example',
    });
  });
});

describe('surges', () => {
  it('flags a network or domain that suddenly sends many pledges, not a usual busy one', async () => {
    // The week before: plenty from a big webmail domain, on many networks.
    for (let i = 0; i < 200; i += 1) {
      pledge(`w${i}@webmail.example`, {
        network: `10.0.${i}.0/24`,
        at: minutesAgo(60 * 24 * (1 + (i % 6))),
      });
    }
    // The last hour: the usual domain, busy as usual, and a new one from one network.
    for (let i = 0; i < 30; i += 1) {
      pledge(`n${i}@webmail.example`, { network: `10.1.${i}.0/24`, at: minutesAgo(5) });
    }
    for (let i = 0; i < SURGE_MINIMUM; i += 1) {
      pledge(`f${i}@flood.example`, { network: '203.0.113.0/24', at: minutesAgo(20) });
    }
    const surges = (await findSurges(db, now)).map((s) => `${s.kind} ${s.value} ${s.lastHour}`);
    expect(surges.toSorted()).toEqual([
      `domain flood.example ${SURGE_MINIMUM}`,
      `network 203.0.113.0/24 ${SURGE_MINIMUM}`,
    ]);
  });
});
