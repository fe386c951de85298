import type { DatedAmount } from '../charts/series.ts';
import { statement, type Db } from '../db.ts';
import { COUNTED_OFFLINE_ENTRY, COUNTED_PLEDGE } from './counts.ts';

/**
 * How many supporters joined on each day: on this site (confirmed pledges, by the day they
 * confirmed) and offline (entries the campaign team recorded, by the day they are counted on).
 * The same rows the counters count (COUNTED_PLEDGE, COUNTED_OFFLINE_ENTRY), so the totals agree
 * with the public count. Only days with someone on them, oldest first.
 */
export function supportersJoinedByDay(db: Db): { online: DatedAmount[]; offline: DatedAmount[] } {
  const online = statement(
    db,
    `SELECT substr(coalesce(confirmed_at, created_at), 1, 10) AS day, count(*) AS amount
     FROM supporters WHERE ${COUNTED_PLEDGE} GROUP BY day ORDER BY day`,
  ).all() as DatedAmount[];
  const offline = statement(
    db,
    `SELECT counted_on AS day, sum(count) AS amount FROM offline_supporters AS e
     WHERE ${COUNTED_OFFLINE_ENTRY} GROUP BY counted_on HAVING amount > 0 ORDER BY day`,
  ).all() as DatedAmount[];
  return { online, offline };
}
