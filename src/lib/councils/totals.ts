import type { DatePrecision } from '../format.ts';
import type { CouncilSummary } from './queries.ts';
import { COUNCIL_STATUSES, type CouncilStatus } from './status.ts';

export interface Totals {
  name: string;
  total: number;
  byStatus: Record<CouncilStatus, number>;
}

function tally(name: string, councils: readonly CouncilSummary[]): Totals {
  const byStatus = Object.fromEntries(COUNCIL_STATUSES.map((s) => [s, 0])) as Totals['byStatus'];
  for (const council of councils) byStatus[council.status] += 1;
  return { name, total: councils.length, byStatus };
}

/** Totals for England and Wales, each nation, and each region, in that order. */
export function totalsByArea(councils: readonly CouncilSummary[]): {
  all: Totals;
  nations: Totals[];
  regions: Totals[];
} {
  const groups = (key: 'nation' | 'region') =>
    [...new Set(councils.map((c) => c[key]))]
      .sort((a, b) => a.localeCompare(b, 'en-GB'))
      .map((name) =>
        tally(
          name,
          councils.filter((c) => c[key] === name),
        ),
      );
  return {
    all: tally('England and Wales', councils),
    nations: groups('nation'),
    regions: groups('region'),
  };
}

export interface SigningPoint {
  /** ISO date of a signing. */
  date: string;
  /** How precisely it is known: `by` for signings known only to have happened by then. */
  precision: DatePrecision;
  /** Councils signed by the end of that day. */
  total: number;
}

/**
 * The running total of councils signed now, one point per date on which any of them signed (as
 * recorded: the 32 named in the 2013 report share one point, "by 19 September 2013").
 */
export function signaturesOverTime(councils: readonly CouncilSummary[]): SigningPoint[] {
  const signings = councils
    .filter((c) => c.status === 'signed' && c.statusSince)
    .map((c) => ({ date: c.statusSince!, precision: c.statusPrecision ?? 'day' }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const points: SigningPoint[] = [];
  signings.forEach(({ date, precision }, index) => {
    if (points.at(-1)?.date === date) points.at(-1)!.total = index + 1;
    else points.push({ date, precision, total: index + 1 });
  });
  return points;
}
