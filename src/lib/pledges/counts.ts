import { statement, type Db } from '../db.ts';

/**
 * Who counts as a supporter, as SQL over `supporters`: a confirmed pledge that was not found to
 * be fake. Erasing a supporter's details keeps their pledge counted, anonymously, as the privacy
 * page promises. This is the one definition: confirming a pledge adds one to the counters,
 * removing fakes rebuilds them from it, and every figure (public, per council, the dashboard)
 * reads the counters, so no two can disagree.
 */
export const COUNTED_PLEDGE = "state = 'confirmed' AND invalidated_at IS NULL";

/**
 * Which offline entries count, as SQL over `offline_supporters AS e`: every one that no
 * correcting entry has replaced. Recording an entry (or its correction) moves the counters by it.
 */
export const COUNTED_OFFLINE_ENTRY =
  'NOT EXISTS (SELECT 1 FROM offline_supporters AS later WHERE later.corrects = e.id)';

/**
 * Supporters as the public sees them: those who confirmed a pledge on this site, those the
 * campaign team recorded offline (paper sign-ups, earlier lists), and the two together.
 */
export interface SupporterCount {
  online: number;
  offline: number;
  total: number;
}

/**
 * Supporters in all, or in one council's area: one indexed read of the counters, never a count
 * of rows, so it is cheap enough for every page view and every widget's refresh.
 */
export function countSupporters(db: Db, councilId = 0): SupporterCount {
  return (statement(
    db,
    `SELECT confirmed AS online, offline, confirmed + offline AS total
     FROM supporter_counts WHERE council_id = ?`,
  ).get(councilId) ?? { online: 0, offline: 0, total: 0 }) as SupporterCount;
}

/**
 * Sets the counters from the rows, in all and per council, for when rows stop counting in bulk:
 * confirmed pledges by COUNTED_PLEDGE, offline entries by COUNTED_OFFLINE_ENTRY.
 */
export function recomputeSupporterCounts(db: Db): void {
  statement(db, 'DELETE FROM supporter_counts').run();
  statement(
    db,
    `WITH counted (council_id, online, offline) AS (
       SELECT council_id, 1, 0 FROM supporters WHERE ${COUNTED_PLEDGE}
       UNION ALL
       SELECT council_id, 0, count FROM offline_supporters AS e WHERE ${COUNTED_OFFLINE_ENTRY})
     INSERT INTO supporter_counts (council_id, confirmed, offline)
     SELECT 0, coalesce(sum(online), 0), coalesce(sum(offline), 0) FROM counted
     UNION ALL
     SELECT council_id, sum(online), sum(offline) FROM counted
     WHERE council_id IS NOT NULL GROUP BY council_id`,
  ).run();
}

/**
 * Takes pledges that stopped counting out of the counters, in all and per council (one entry per
 * pledge, its council or null), in the transaction that changed their rows: a bulk removal done
 * in chunks keeps the public figures right after every chunk, without a rebuild from every row.
 */
export function uncountConfirmed(db: Db, councilIds: (number | null)[]): void {
  if (councilIds.length === 0) return;
  const perCouncil = new Map<number, number>([[0, councilIds.length]]);
  for (const id of councilIds) {
    if (id !== null) perCouncil.set(id, (perCouncil.get(id) ?? 0) + 1);
  }
  const take = statement(
    db,
    'UPDATE supporter_counts SET confirmed = confirmed - ? WHERE council_id = ?',
  );
  for (const [councilId, count] of perCouncil) take.run(count, councilId);
}

const MILESTONES = [100, 250, 500, 1_000, 2_500, 5_000, 7_500, 10_000, 25_000, 50_000, 100_000];

/** The next round number to aim for, for the goal bar on the home page. */
export function nextMilestone(count: number): number {
  return (
    MILESTONES.find((milestone) => milestone > count) ?? Math.ceil((count + 1) / 100_000) * 100_000
  );
}
