import { statement, type Db } from '../db.ts';

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

const MILESTONES = [100, 250, 500, 1_000, 2_500, 5_000, 7_500, 10_000, 25_000, 50_000, 100_000];

/** The next round number to aim for, for the goal bar on the home page. */
export function nextMilestone(count: number): number {
  return (
    MILESTONES.find((milestone) => milestone > count) ?? Math.ceil((count + 1) / 100_000) * 100_000
  );
}
