import type { DatedAmount } from '../charts/series.ts';
import { statement, type Db } from '../db.ts';

/** A reply rate from fewer answers than this says more about chance than about the council. */
export const MIN_ANSWERS_FOR_RATE = 5;

export interface CouncilReplies {
  slug: string;
  name: string;
  /** Letters sent in the period. */
  sent: number;
  /** Writers who answered the follow-up: replied, no reply, not yet. */
  yes: number;
  no: number;
  notYet: number;
  /** Share of answers saying the councillor replied, 0–1; null when too few answered. */
  replyRate: number | null;
}

/**
 * What happened to letters sent since `since`, per council: how many went and, from the writers'
 * answers to the two-week follow-up, how many had a reply. Councils with most letters first.
 */
export function repliesByCouncil(db: Db, since: string): CouncilReplies[] {
  const rows = statement(
    db,
    `SELECT c.slug, c.short_name AS name, count(*) AS sent,
            count(*) FILTER (WHERE l.reply_answer = 'yes') AS yes,
            count(*) FILTER (WHERE l.reply_answer = 'no') AS no,
            count(*) FILTER (WHERE l.reply_answer = 'not_yet') AS notYet
     FROM letters AS l JOIN councils AS c ON c.id = l.council_id
     WHERE l.state = 'sent' AND l.send_on >= ?
     GROUP BY c.id ORDER BY sent DESC, c.short_name`,
  ).all(since) as Omit<CouncilReplies, 'replyRate'>[];
  return rows.map((row) => {
    const answers = row.yes + row.no + row.notYet;
    return { ...row, replyRate: answers >= MIN_ANSWERS_FOR_RATE ? row.yes / answers : null };
  });
}

/**
 * Letters sent on each day since `since` (a UTC day), only days with letters, oldest first, and
 * how many letters have gone in all, ever (from the tallies, which outlive the letters deleted
 * after a year): "none yet" and "none lately" are different news.
 */
export function lettersSentByDay(db: Db, since: string): { days: DatedAmount[]; ever: number } {
  const days = statement(
    db,
    `SELECT send_on AS day, count(*) AS amount FROM letters
     WHERE state = 'sent' AND send_on >= ? GROUP BY send_on ORDER BY send_on`,
  ).all(since) as DatedAmount[];
  const ever = statement(db, 'SELECT coalesce(sum(sent), 0) FROM letter_counts').pluck().get();
  return { days, ever: ever as number };
}
