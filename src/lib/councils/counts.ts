import { statement, type Db } from '../db.ts';
import type { CouncilStatus } from './status.ts';

export type CouncilCounts = Record<CouncilStatus, number> & { total: number };

/** How many councils stand at each status, and how many there are in all. */
export function countCouncilsByStatus(db: Db): CouncilCounts {
  const counts: CouncilCounts = { total: 0, not_signed: 0, pledged: 0, signed: 0 };
  const rows = statement(
    db,
    'SELECT status, count(*) AS n FROM council_status GROUP BY status',
  ).all() as { status: CouncilStatus; n: number }[];
  for (const { status, n } of rows) {
    counts[status] = n;
    counts.total += n;
  }
  return counts;
}
