import { statement, type Db } from '../db.ts';
import { staleBefore } from './targets.ts';

/** One council's line in the campaign team's list of who letters go to. */
export interface CouncilTargetsLine {
  slug: string;
  name: string;
  /** Checked within six months, with an address: letters go to them. */
  verified: number;
  /** Checked longer ago: letters still go, and they are due a new check. */
  stale: number;
  unverified: number;
  /** Letters written to the council, waiting for somebody checked. */
  held: number;
  /** When the first of them expires unsent. */
  firstExpires: string | null;
}

/**
 * Every council, the ones with most letters waiting first, then those with nobody checked, then
 * the rest by name: the order the work is best done in.
 */
export function targetsWorkQueue(db: Db, now: Date): CouncilTargetsLine[] {
  return statement(
    db,
    `SELECT c.slug, c.short_name AS name,
       (SELECT count(*) FROM council_targets AS t WHERE t.council_id = c.id AND t.state = 'verified'
          AND t.email IS NOT NULL AND t.last_checked_on >= @stale) AS verified,
       (SELECT count(*) FROM council_targets AS t WHERE t.council_id = c.id AND t.state = 'verified'
          AND t.email IS NOT NULL AND t.last_checked_on < @stale) AS stale,
       (SELECT count(*) FROM council_targets AS t WHERE t.council_id = c.id
          AND t.state = 'unverified') AS unverified,
       (SELECT count(*) FROM letters AS l WHERE l.council_id = c.id AND l.state = 'held'
          AND l.held_until > @now) AS held,
       (SELECT min(l.held_until) FROM letters AS l WHERE l.council_id = c.id AND l.state = 'held'
          AND l.held_until > @now) AS firstExpires
     FROM councils AS c
     ORDER BY held DESC, (verified + stale) > 0, c.short_name`,
  ).all({ stale: staleBefore(now), now: now.toISOString() }) as CouncilTargetsLine[];
}

/** Letters waiting for somebody checked at one council. */
export function heldLetterCount(db: Db, councilId: number, now: Date): number {
  return statement(
    db,
    `SELECT count(*) FROM letters WHERE council_id = ? AND state = 'held' AND held_until > ?`,
  )
    .pluck()
    .get(councilId, now.toISOString()) as number;
}
