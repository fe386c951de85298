import type { Db } from '../db.ts';
import { findCouncil } from '../councils/queries.ts';
import { countSupporters, nextMilestone } from './counts.ts';

/**
 * The public supporter count as JSON: the total, the next milestone and, for `?council=<slug>`,
 * that council's number. Read from counters kept with each confirmation, never counted.
 */
export function supporterCountJson(
  db: Db,
  councilSlug: string | null,
): { status: number; body: string } {
  const council = findCouncil(db, councilSlug);
  if (councilSlug && !council) {
    return { status: 404, body: JSON.stringify({ error: 'No council has that identifier.' }) };
  }
  const confirmed = countSupporters(db).online;
  return {
    status: 200,
    body: JSON.stringify({
      confirmed,
      next_milestone: nextMilestone(confirmed),
      ...(council && { council: { slug: council.slug, confirmed: council.supporters } }),
    }),
  };
}
