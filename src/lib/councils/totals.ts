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
