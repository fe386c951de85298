import { statement, type Db } from './db.ts';
import { readAll } from './readers/reader.ts';

/**
 * The dashboard's figures by day (db/migrations/0027_daily_counts.sql says what each one is):
 * triggers keep them in the same transaction as every write to supporters, consent records and
 * letters, so no code path has to remember them, and `daily_counts_from_rows` counts the same
 * figures from the rows for the rebuild and the drift check.
 */
export type DailyFigure =
  'pledged' | 'pending' | 'confirmed' | 'unsubscribed' | 'first_unsubscribed' | 'letters';

/** Each figure's counter on each day from `first` (YYYY-MM-DD) on: a read of the counters. */
export function dailyCounts(db: Db, figure: DailyFigure, first: string): Map<string, number> {
  const rows = statement(db, 'SELECT day, count FROM daily_counts WHERE what = ? AND day >= ?').all(
    figure,
    first,
  ) as { day: string; count: number }[];
  return new Map(rows.map((row) => [row.day, row.count]));
}

/** A figure over every day: the sum of at most one counter a day the campaign has run. */
export function dailyCountTotal(db: Db, figure: DailyFigure): number {
  return statement(db, 'SELECT coalesce(sum(count), 0) FROM daily_counts WHERE what = ?')
    .pluck()
    .get(figure) as number;
}

/** A counter that disagrees with its count of the rows: ids of nothing, only figures. */
export interface DailyCountDrift {
  what: DailyFigure;
  day: string;
  counter: number;
  rows: number;
}

/**
 * Every counter that differs from a full count of its rows (a day counted on one side and not
 * the other included). A full scan of supporters, consent records and letters (1 to 2.3 s at a
 * million supporters), so it runs on a reader thread, never on the one that serves the public,
 * and only for the daily job.
 */
export function dailyCountDrift(db: Db): Promise<DailyCountDrift[]> {
  return readAll<DailyCountDrift>(
    db,
    `WITH counted AS (SELECT what, day, count FROM daily_counts WHERE count <> 0),
       rows AS (SELECT what, day, count FROM daily_counts_from_rows)
     SELECT what, day, coalesce(c.count, 0) AS counter, coalesce(r.count, 0) AS rows
     FROM counted AS c FULL JOIN rows AS r USING (what, day)
     WHERE coalesce(c.count, 0) <> coalesce(r.count, 0)
     ORDER BY what, day`,
  );
}

/** Sets every counter from the rows, for putting right a drift the daily check found. */
export function recomputeDailyCounts(db: Db): void {
  db.transaction(() => {
    statement(db, 'DELETE FROM daily_counts').run();
    statement(
      db,
      'INSERT INTO daily_counts (what, day, count) SELECT what, day, count FROM daily_counts_from_rows',
    ).run();
  })();
}
