import { cachedFor } from '../cache.ts';
import {
  amountsPerPeriod,
  granularityFor,
  inStateAtPeriodEnds,
  knownBy,
  nextPeriod,
  periodLabel,
  periodsBetween,
  periodsThatChanged,
  periodStart,
  runningTotals,
  type DatedAmount,
  type Granularity,
  type StateEvent,
} from '../charts/series.ts';
import { signingStateEvents } from '../councils/signed-over-time.ts';
import { getDb, type Db } from '../db.ts';
import { countOf, isoDay } from '../format.ts';
import { lettersSentByDay } from '../lobby/results.ts';
import { SENT_LETTER_RETENTION_DAYS } from '../lobby/retention.ts';
import { supportersJoinedByDay } from '../pledges/joined-over-time.ts';
import { LIVE_NUMBERS_TTL_MS, orFallback } from './live-numbers.ts';

/** Figures per period, ready to draw and to tabulate. */
export interface PeriodFigures {
  granularity: Granularity;
  /** Each period's first day, oldest first, up to the one holding today. */
  periods: string[];
  /** The periods a table lists (indexes into `periods`): see periodsThatChanged. */
  rows: number[];
  /** One sentence on the trend, for screen readers and the caption. */
  summary: string;
  /** When the records were read. */
  asOf: Date;
}

/** Supporters by the end of each month, offline and online. */
export interface SupporterFigures extends PeriodFigures {
  offline: number[];
  online: number[];
}

/** Councils signed by the end of each month, or year when some dates are known only to a year. */
export interface SignatoryFigures extends PeriodFigures {
  granularity: 'month' | 'year';
  signed: number[];
  /** Why the periods are what they are, as precisely as the dates are known. */
  note: string;
}

/** Letters sent each week, from the first week with any in the last year. */
export interface LetterFigures extends PeriodFigures {
  sent: number[];
}

const number = (n: number) => n.toLocaleString('en-GB');
const people = (n: number) => countOf(n, 'supporter', 'supporters');

/** Supporters over time; undefined when nobody has joined yet. */
export function supporterFigures(
  joined: { online: readonly DatedAmount[]; offline: readonly DatedAmount[] },
  now: Date,
): SupporterFigures | undefined {
  const today = isoDay(now);
  const first = [joined.online[0]?.day, joined.offline[0]?.day].filter(Boolean).sort()[0];
  if (!first) return undefined;
  const periods = periodsBetween(first, today < first ? first : today, 'month');
  const offline = runningTotals(amountsPerPeriod(joined.offline, periods, 'month'));
  const online = runningTotals(amountsPerPeriod(joined.online, periods, 'month'));
  const total = (i: number) => offline[i]! + online[i]!;
  const last = periods.length - 1;
  const parts = `${number(offline[last]!)} counted offline by the campaign team and ${number(online[last]!)} who joined on this site`;
  const summary =
    total(0) === total(last)
      ? `${people(total(last))} since ${periodLabel(periods[0]!, 'month')}: ${parts}.`
      : `From ${people(total(0))} by the end of ${periodLabel(periods[0]!, 'month')} to ${people(total(last))} by ${periodLabel(periods[last]!, 'month')}: ${parts}.`;
  return {
    granularity: 'month',
    periods,
    rows: periodsThatChanged([offline, online]),
    offline,
    online,
    summary,
    asOf: now,
  };
}

/** Councils signed over time; undefined when no council has ever signed. */
export function signatoryFigures(
  events: readonly StateEvent[],
  now: Date,
): SignatoryFigures | undefined {
  const today = isoDay(now);
  const signings = events.filter((event) => event.inState);
  if (signings.length === 0) return undefined;
  const granularity = granularityFor(events.map((event) => event.precision));
  const first = signings.map((event) => knownBy(event.date, event.precision)).sort()[0]!;
  const periods = periodsBetween(first, today < first ? first : today, granularity);
  const signed = inStateAtPeriodEnds(events, periods, granularity);
  const last = periods.length - 1;
  const councils = (n: number) => countOf(n, 'council', 'councils');
  const end = (i: number) => `by the end of ${periodLabel(periods[i]!, granularity)}`;
  const since =
    signed[last] === signed[0]
      ? `, and the same number since`
      : `; ${number(signed[last]!)} by ${periodLabel(periods[last]!, granularity)}`;
  const summary = `${councils(signed[0]!)} known to have signed ${end(0)}${last === 0 ? '' : since}.`;
  const note =
    granularity === 'year'
      ? 'Counted by year: some dates are known only to the year, and a month would claim more than the record knows.'
      : events.some((event) => event.precision === 'by')
        ? 'Counted by month. Some councils are known only to have signed by a date, because the day was not published: they are counted from that month, and none before it.'
        : 'Counted by month.';
  return {
    granularity,
    periods,
    rows: periodsThatChanged([signed]),
    signed,
    note,
    asOf: now,
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
  };
}

/** Letters per week over the last year: undefined when none were sent in it. */
export function letterFigures(days: readonly DatedAmount[], now: Date): LetterFigures | undefined {
  const today = isoDay(now);
  const sent = days.filter(({ day }) => day <= today);
  if (sent.length === 0) return undefined;
  const periods = periodsBetween(sent[0]!.day, today, 'week');
  const perWeek = amountsPerPeriod(sent, periods, 'week');
  const total = perWeek.reduce((sum, n) => sum + n, 0);
  const busiest = perWeek.indexOf(Math.max(...perWeek));
  const weeks = periods.length === 1 ? 'this week' : `the last ${periods.length} weeks`;
  return {
    granularity: 'week',
    periods,
    rows: periods.map((_, i) => i),
    sent: perWeek,
    asOf: now,
    summary: `${countOf(total, 'letter', 'letters')} in ${weeks}${
      periods.length === 1
        ? '.'
        : `; the most, ${number(perWeek[busiest]!)}, in the ${periodLabel(periods[busiest]!, 'week').replace('Week', 'week')}.`
    }`,
  };
}

/** Everything /progress shows. */
export interface Progress {
  supporters: SupporterFigures | undefined;
  signatories: SignatoryFigures | undefined;
  letters: LetterFigures | undefined;
  /** Letters sent through the site ever, so "none yet" is told apart from "none this year". */
  lettersEver: number;
}

/**
 * Letters per week over the last year, in whole weeks (a year ago may fall mid-week, and that
 * week's earlier letters are gone), and how many were ever sent.
 */
export function recentLetters(db: Db, now: Date): { figures?: LetterFigures; ever: number } {
  const yearAgo = isoDay(new Date(now.getTime() - SENT_LETTER_RETENTION_DAYS * 86_400_000));
  const week = periodStart(yearAgo, 'week');
  const { days, ever } = lettersSentByDay(db, week === yearAgo ? week : nextPeriod(week, 'week'));
  const figures = letterFigures(days, now);
  return figures ? { figures, ever } : { ever };
}

/** Supporters over time from the records, as of `now`. */
export const readSupporterFigures = (db: Db, now: Date) =>
  supporterFigures(supportersJoinedByDay(db), now);

/** Councils signed and letters sent over time from the records, as of `now`: cheap reads. */
export function readSignatoriesAndLetters(db: Db, now: Date): Omit<Progress, 'supporters'> {
  const letters = recentLetters(db, now);
  return {
    signatories: signatoryFigures(signingStateEvents(db), now),
    letters: letters.figures,
    lettersEver: letters.ever,
  };
}

/**
 * Supporters by month are read from every confirmed pledge (a scan: about 70 ms for 100,000 of
 * them), so at most once a minute: the home page shows them to everyone, and a chart by month
 * hardly moves in a minute. The rest are cheap, and read as often as the other live numbers.
 */
const readLiveSupporters = cachedFor(60_000, () => readSupporterFigures(getDb(), new Date()));
const readLiveRest = cachedFor(LIVE_NUMBERS_TTL_MS, () =>
  readSignatoriesAndLetters(getDb(), new Date()),
);

/** Progress for a page; undefined (and logged) when the database cannot answer. */
export const liveProgress = (): Progress | undefined =>
  orFallback('the campaign progress', () => ({
    supporters: readLiveSupporters(),
    ...readLiveRest(),
  }));
