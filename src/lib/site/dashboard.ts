import { countCouncilsByStatus, type CouncilCounts } from '../councils/counts.ts';
import { listCouncils, type CouncilSummary } from '../councils/queries.ts';
import { dailyCounts, dailyCountTotal } from '../daily-counts.ts';
import type { Db } from '../db.ts';
import { donationTotals, type DonationTotals } from '../donations/totals.ts';
import { isoDay } from '../format.ts';
import { countSupporters, type SupporterCount } from '../pledges/counts.ts';
import { findSurges, type Surge } from '../pledges/invalidation.ts';
import { pledgeSources, topShareCodes, type PledgeSource } from '../pledges/referrals.ts';

/** The public figures (online, offline, total: the same counters) and what only the team sees. */
export interface SupporterTotals extends SupporterCount {
  /** Pledged, link not yet used. */
  pending: number;
  /** Confirmed supporters who asked for campaign emails and then stopped them. */
  unsubscribed: number;
  /** Confirmed as a share of everyone who pledged here (0–1), or null before anyone has. */
  confirmationRate: number | null;
}

/** Read from counters (src/lib/daily-counts.ts), never counted, like the public figures. */
export function supporterTotals(db: Db): SupporterTotals {
  const pending = dailyCountTotal(db, 'pending');
  const counted = countSupporters(db);
  const unsubscribed = dailyCountTotal(db, 'first_unsubscribed');
  const pledged = pending + counted.online;
  return {
    ...counted,
    pending,
    unsubscribed,
    confirmationRate: pledged ? counted.online / pledged : null,
  };
}

export interface SupporterDay {
  day: string;
  pledged: number;
  confirmed: number;
  unsubscribed: number;
}

const DAY = 86_400_000;

/**
 * Pledges made, confirmed and unsubscribed on each of the last `days` days, oldest first, every
 * day present (a quiet day is a row of zeros, so the chart's spacing is true). Read from the
 * daily counters.
 */
export function supportersByDay(db: Db, days: number, now: Date): SupporterDay[] {
  const first = isoDay(new Date(now.getTime() - (days - 1) * DAY));
  const pledged = dailyCounts(db, 'pledged', first);
  const confirmed = dailyCounts(db, 'confirmed', first);
  const unsubscribed = dailyCounts(db, 'unsubscribed', first);
  return Array.from({ length: days }, (_, index) => {
    const day = isoDay(new Date(Date.parse(first) + index * DAY));
    return {
      day,
      pledged: pledged.get(day) ?? 0,
      confirmed: confirmed.get(day) ?? 0,
      unsubscribed: unsubscribed.get(day) ?? 0,
    };
  });
}

/** How many councils to show in the target list. */
export const TARGET_LIST_SIZE = 20;

/**
 * The councils worth working on: not signed yet, most supporters (online and offline) first,
 * then most letters. Pledged councils come in too: they have said they will sign, and have not.
 */
export function targetList(
  councils: readonly CouncilSummary[],
  size = TARGET_LIST_SIZE,
): CouncilSummary[] {
  return councils
    .filter((council) => council.status !== 'signed')
    .toSorted(
      (a, b) =>
        b.supporters - a.supporters ||
        b.letters - a.letters ||
        a.shortName.localeCompare(b.shortName),
    )
    .slice(0, size);
}

export interface Dashboard {
  supporters: SupporterTotals;
  days: SupporterDay[];
  lettersSent: number;
  councils: CouncilCounts;
  targets: CouncilSummary[];
  donations: DonationTotals;
  /** Where counted pledges came from: a shared link's channel, or direct. */
  sources: { source: PledgeSource; pledges: number }[];
  /** The share codes that brought the most pledges: codes and counts, nothing about anyone. */
  shareCodes: { code: string; joined: number }[];
  /** Networks and email domains sending far more pledges than usual in the last hour. */
  surges: Surge[];
}

/**
 * Everything the dashboard shows. The counted figures are read in one transaction so they agree;
 * the tallies by source and by share code scan every supporter (about 0.7 s together at a million
 * supporters), and the look for surges every pledge of the last week, so those are read on
 * reader threads first, a moment before the rest.
 */
export async function readDashboard(db: Db, now: Date, days = 30): Promise<Dashboard> {
  const [sources, shareCodes, surges] = await Promise.all([
    pledgeSources(db),
    topShareCodes(db),
    findSurges(db, now),
  ]);
  return db.transaction(() => {
    const councils = listCouncils(db);
    return {
      supporters: supporterTotals(db),
      days: supportersByDay(db, days, now),
      lettersSent: councils.reduce((sum, council) => sum + council.letters, 0),
      councils: countCouncilsByStatus(db),
      targets: targetList(councils),
      donations: donationTotals(db, now),
      sources,
      shareCodes,
      surges,
    };
  })();
}
