import { statement, type Db } from '../db.ts';

/**
 * Who counts as a supporter, as SQL over `supporters`: a confirmed pledge that was not found to
 * be fake. Erasing a supporter's details keeps their pledge counted, anonymously, as the privacy
 * page promises. This is the one definition: confirming a pledge adds one to the counters,
 * removing fakes rebuilds them from it, and every figure (public, per council, the dashboard)
 * reads the counters, so no two can disagree.
 */
export const COUNTED_PLEDGE = "state = 'confirmed' AND invalidated_at IS NULL";

/** Confirmed supporters in all (read from the counter, not counted). */
export function confirmedSupporters(db: Db): number {
  return (statement(db, 'SELECT confirmed FROM supporter_counts WHERE council_id = 0')
    .pluck()
    .get() ?? 0) as number;
}

/** Confirmed supporters in one council's area. */
export function confirmedSupportersIn(db: Db, councilId: number): number {
  return (statement(db, 'SELECT confirmed FROM supporter_counts WHERE council_id = ?')
    .pluck()
    .get(councilId) ?? 0) as number;
}

/** Sets the counters from the rows, in all and per council, for when rows stop counting in bulk. */
export function recomputeSupporterCounts(db: Db): void {
  statement(db, 'DELETE FROM supporter_counts').run();
  statement(
    db,
    `INSERT INTO supporter_counts (council_id, confirmed)
     SELECT 0, count(*) FROM supporters WHERE ${COUNTED_PLEDGE}
     UNION ALL
     SELECT council_id, count(*) FROM supporters
     WHERE ${COUNTED_PLEDGE} AND council_id IS NOT NULL
     GROUP BY council_id`,
  ).run();
}

const MILESTONES = [100, 250, 500, 1_000, 2_500, 5_000, 7_500, 10_000, 25_000, 50_000, 100_000];

/** The next round number to aim for, for the goal bar on the home page. */
export function nextMilestone(count: number): number {
  return (
    MILESTONES.find((milestone) => milestone > count) ?? Math.ceil((count + 1) / 100_000) * 100_000
  );
}
