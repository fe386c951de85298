import { formatDate, formatKnownDate, type DatePrecision } from '../format.ts';

/**
 * The periods a chart counts in. Weeks begin on Monday; every period is made of whole UTC days,
 * like every date on the site.
 */
export type Granularity = 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the period that holds `day`. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'year') return `${day.slice(0, 4)}-01-01`;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const date = toDate(day);
  // getUTCDay: Sunday 0, Monday 1. Monday is the week's first day in the UK.
  return toDay(new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS));
}

/** The first day of the period after the one that starts on `start`. */
export function nextPeriod(start: string, granularity: Granularity): string {
  const date = toDate(start);
  if (granularity === 'week') return toDay(new Date(date.getTime() + 7 * DAY_MS));
  if (granularity === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 1);
  return toDay(date);
}

/** The first day of every period from the one holding `first` to the one holding `last`. */
export function periodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  const end = periodStart(last, granularity);
  for (let start = periodStart(first, granularity); start <= end;) {
    periods.push(start);
    start = nextPeriod(start, granularity);
  }
  return periods;
}

/**
 * The last day by which something dated `date` is known to have happened: the day itself, the end
 * of its month or year when only those are known, and the date itself for "by" dates.
 */
export function knownBy(date: string, precision: DatePrecision): string {
  if (precision === 'day' || precision === 'by') return date.slice(0, 10);
  const next = nextPeriod(periodStart(date, precision), precision);
  return toDay(new Date(toDate(next).getTime() - DAY_MS));
}

/**
 * The finest periods that dates of these precisions can honestly be counted in: by month, unless
 * one is known only to its year (in a monthly count it would have to be placed in a month nobody
 * recorded).
 */
export function granularityFor(precisions: Iterable<DatePrecision>): 'month' | 'year' {
  return [...precisions].includes('year') ? 'year' : 'month';
}

/** An amount on a day: people who joined, letters sent. */
export interface DatedAmount {
  day: string;
  amount: number;
}

/** The amounts in each period (starting on `periods`), in order; amounts outside them are left out. */
export function amountsPerPeriod(
  amounts: readonly DatedAmount[],
  periods: readonly string[],
  granularity: Granularity,
): number[] {
  const index = new Map(periods.map((start, i) => [start, i]));
  const totals = periods.map(() => 0);
  for (const { day, amount } of amounts) {
    const i = index.get(periodStart(day, granularity));
    if (i !== undefined) totals[i]! += amount;
  }
  return totals;
}

/** Running totals at the end of each period, from per-period amounts and what came `before`. */
export function runningTotals(perPeriod: readonly number[], before = 0): number[] {
  let total = before;
  return perPeriod.map((amount) => (total += amount));
}

/** Something recorded about a subject (a council): whether the event left it in the state counted. */
export interface StateEvent {
  subject: number;
  /** The order the events were recorded in: the latest recorded stands. */
  order: number;
  date: string;
  precision: DatePrecision;
  inState: boolean;
}

/**
 * How many subjects were in a state at the end of each period, as far as the record knew them to
 * be by then: each subject's latest recorded event among those known by the period's last day.
 * An event known only to its month or year counts from that month's or year's end, never earlier.
 */
export function inStateAtPeriodEnds(
  events: readonly StateEvent[],
  periods: readonly string[],
  granularity: Granularity,
): number[] {
  const sorted = events
    .map((event) => ({ ...event, known: knownBy(event.date, event.precision) }))
    .sort((a, b) => a.order - b.order);
  return periods.map((start) => {
    const end = nextPeriod(start, granularity);
    const latest = new Map<number, boolean>();
    for (const event of sorted) if (event.known < end) latest.set(event.subject, event.inState);
    return [...latest.values()].filter(Boolean).length;
  });
}

/**
 * The periods worth a row in a table of running totals: the first, each where any series moved,
 * and the last (the latest figures). Unchanged periods say nothing the rows around them do not.
 */
export function periodsThatChanged(series: readonly (readonly number[])[]): number[] {
  const length = series[0]?.length ?? 0;
  const rows: number[] = [];
  for (let i = 0; i < length; i += 1) {
    if (i === 0 || i === length - 1 || series.some((values) => values[i] !== values[i - 1])) {
      rows.push(i);
    }
  }
  return rows;
}

/** A period as a table names it: "2013", "September 2013", "Week beginning 1 December 2026". */
export function periodLabel(start: string, granularity: Granularity): string {
  return granularity === 'week'
    ? `Week beginning ${formatDate(start)}`
    : formatKnownDate(start, granularity);
}

/** The machine-readable form of a period, for `<time datetime>`: "2013", "2013-09", "2026-W49". */
export function periodDateTime(start: string, granularity: Granularity): string {
  if (granularity !== 'week') return granularity === 'year' ? start.slice(0, 4) : start.slice(0, 7);
  // ISO week numbers: the week holding the year's first Thursday is week 1.
  const thursday = new Date(toDate(start).getTime() + 3 * DAY_MS);
  const firstThursdayWeek = periodStart(`${thursday.getUTCFullYear()}-01-04`, 'week');
  const week =
    Math.round((toDate(start).getTime() - toDate(firstThursdayWeek).getTime()) / (7 * DAY_MS)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
