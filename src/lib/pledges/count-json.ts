import { hash } from 'node:crypto';
import type { Db } from '../db.ts';
import { findCouncil } from '../councils/queries.ts';
import { countSupporters, nextMilestone } from './counts.ts';

/**
 * The public supporter count as JSON: supporters who joined here (`online`), those recorded
 * offline (`offline`) and the two together (`total`), the next milestone for the total and, for
 * `?council=<slug>`, the same three for that council. `confirmed` is `online` under the name
 * widgets read before offline supporters were counted, kept so they keep working. Read from
 * counters kept with each confirmation and entry, never counted. The ETag names the answer, so a
 * page that polls the count is told "304, no change" in a few bytes.
 */
export function supporterCountJson(
  db: Db,
  councilSlug: string | null,
): { status: number; body: string; etag?: string } {
  const council = findCouncil(db, councilSlug);
  if (councilSlug && !council) {
    return { status: 404, body: JSON.stringify({ error: 'No council has that identifier.' }) };
  }
  const { online, offline, total } = countSupporters(db);
  const body = JSON.stringify({
    online,
    offline,
    total,
    confirmed: online,
    next_milestone: nextMilestone(total),
    ...(council && {
      council: {
        slug: council.slug,
        online: council.supportersOnline,
        offline: council.supportersOffline,
        total: council.supporters,
        confirmed: council.supportersOnline,
      },
    }),
  });
  return { status: 200, body, etag: `"${hash('sha1', body, 'base64url')}"` };
}
