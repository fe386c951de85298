import { statement, type Db } from '../db.ts';
import { isoDay } from '../format.ts';

/* Who a writer wrote to lately: one writer may write to one person once a week. */

const DAY = 86_400_000;

/** How often one writer may write to one person. */
const LETTER_INTERVAL_DAYS = 7;

/** The writer's letters to these people in the last week: the people they may not write to yet. */
export function writtenToRecently(
  db: Db,
  writerEmailKey: string,
  targetIds: readonly number[],
  now: Date,
): Set<number> {
  const since = isoDay(new Date(now.getTime() - (LETTER_INTERVAL_DAYS - 1) * DAY));
  const sentTo = statement(
    db,
    `SELECT 1 FROM letter_recipients AS r JOIN letters AS l ON l.id = r.letter_id
     WHERE r.target_id = ? AND l.writer_email_key = ? AND r.sent_on >= ? LIMIT 1`,
  ).pluck();
  return new Set(targetIds.filter((id) => sentTo.get(id, writerEmailKey, since) !== undefined));
}

/**
 * The writer's latest letter, in the last LETTER_INTERVAL_DAYS, to every one of these people
 * (when there is one, nothing new can go to any of them yet): its id, when it went, and the day
 * from which they may write again.
 */
export function recentLetter(
  db: Db,
  writerEmailKey: string,
  targetIds: readonly number[],
  now: Date,
): { id: number; lastSentOn: string; nextFrom: string } | undefined {
  if (targetIds.length === 0) return undefined;
  if (writtenToRecently(db, writerEmailKey, targetIds, now).size < targetIds.length)
    return undefined;
  const row = statement(
    db,
    `SELECT l.id, max(r.sent_on) AS sentOn FROM letter_recipients AS r
     JOIN letters AS l ON l.id = r.letter_id
     WHERE l.writer_email_key = ? AND r.target_id IN (SELECT value FROM json_each(?))
       AND r.sent_on IS NOT NULL
     GROUP BY l.id ORDER BY sentOn DESC LIMIT 1`,
  ).get(writerEmailKey, JSON.stringify(targetIds)) as { id: number; sentOn: string };
  return {
    id: row.id,
    lastSentOn: row.sentOn,
    nextFrom: isoDay(new Date(Date.parse(row.sentOn) + LETTER_INTERVAL_DAYS * DAY)),
  };
}
