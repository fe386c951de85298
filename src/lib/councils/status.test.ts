import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../testing.ts';
import { countCouncilsByStatus } from './counts.ts';
import { COUNCIL_STATUSES, NEXT_STATUSES, type CouncilStatus } from './status.ts';

let db: Db;
beforeEach(() => {
  db = openSeededDatabase();
});
afterEach(() => db.close());

const idOf = (slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;
const statusOf = (slug: string) =>
  db
    .prepare('SELECT status, status_since FROM council_status WHERE council_id = ?')
    .get(idOf(slug));
const record = (slug: string, status: string, on: string) =>
  db
    .prepare(
      `INSERT INTO council_status_events (council_id, status, occurred_on, source)
       VALUES (?, ?, ?, 'test')`,
    )
    .run(idOf(slug), status, on);

describe('council status', () => {
  it('starts as not signed, with no date', () => {
    expect(statusOf('cardiff')).toEqual({ status: 'not_signed', status_since: null });
  });

  it('follows the latest step of the history, with its date', () => {
    record('cardiff', 'pledged', '2026-01-10');
    expect(statusOf('cardiff')).toEqual({ status: 'pledged', status_since: '2026-01-10' });
    record('cardiff', 'signed', '2026-03-02');
    expect(statusOf('cardiff')).toEqual({ status: 'signed', status_since: '2026-03-02' });
  });

  it('is signed for the seeded signatories, from their seeded date', () => {
    expect(statusOf('kent')).toMatchObject({ status: 'signed' });
    expect((statusOf('kent') as { status_since: string }).status_since).toMatch(/^201[23]-/);
  });

  it('counts 32 of 175 signed from the seed', () => {
    expect(countCouncilsByStatus(db)).toEqual({
      total: 175,
      not_signed: 143,
      pledged: 0,
      signed: 32,
    });
  });

  // Every pair of statuses: the database must allow exactly the moves NEXT_STATUSES lists.
  const reachable: CouncilStatus[] = ['pledged', 'signed'];
  const moves = COUNCIL_STATUSES.flatMap((from) => reachable.map((to) => [from, to] as const));
  it.each(moves)('moving from %s to %s is allowed only if the code says so', (from, to) => {
    if (from !== 'not_signed')
      record('cardiff', from === 'signed' ? 'signed' : 'pledged', '2026-01-01');
    const attempt = () => record('cardiff', to, '2026-02-01');
    if (NEXT_STATUSES[from].includes(to)) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(/only move forward|UNIQUE/);
  });

  it('keeps history unchangeable', () => {
    expect(() =>
      db
        .prepare("UPDATE council_status_events SET occurred_on = '2020-01-01' WHERE council_id = ?")
        .run(idOf('kent')),
    ).toThrow(/history and cannot be changed/);
  });
});
