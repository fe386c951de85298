import { describe, expect, it } from 'vitest';
import {
  amountsPerPeriod,
  granularityFor,
  inStateAtPeriodEnds,
  knownBy,
  periodDateTime,
  periodLabel,
  periodsBetween,
  periodsThatChanged,
  periodStart,
  runningTotals,
  type StateEvent,
} from './series.ts';

describe.each([
  // 2 December 2026 is a Wednesday; its week began on Monday 30 November.
  ['2026-12-02', 'week', '2026-11-30'],
  ['2026-11-30', 'week', '2026-11-30'],
  ['2026-12-06', 'week', '2026-11-30'],
  ['2027-01-01', 'week', '2026-12-28'],
  ['2026-12-02', 'month', '2026-12-01'],
  ['2026-12-02', 'year', '2026-01-01'],
] as const)('%s counted by %s', (day, granularity, start) => {
  it(`falls in the period from ${start}`, () => expect(periodStart(day, granularity)).toBe(start));
});

describe('periods', () => {
  it('run from the one holding the first day to the one holding the last, across years', () => {
    expect(periodsBetween('2026-12-20', '2027-01-05', 'week')).toEqual([
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
    ]);
    expect(periodsBetween('2013-11-19', '2014-02-01', 'month')).toEqual([
      '2013-11-01',
      '2013-12-01',
      '2014-01-01',
      '2014-02-01',
    ]);
    expect(periodsBetween('2013-09-19', '2015-01-01', 'year')).toEqual([
      '2013-01-01',
      '2014-01-01',
      '2015-01-01',
    ]);
  });

  it('are named as a table names them, and for machines', () => {
    expect(periodLabel('2026-11-30', 'week')).toBe('Week beginning 30 November 2026');
    expect(periodLabel('2013-09-01', 'month')).toBe('September 2013');
    expect(periodLabel('2013-01-01', 'year')).toBe('2013');
    expect(periodDateTime('2026-11-30', 'week')).toBe('2026-W49');
    expect(periodDateTime('2026-12-28', 'week')).toBe('2026-W53');
    expect(periodDateTime('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodDateTime('2013-09-01', 'month')).toBe('2013-09');
  });
});

describe('amounts per period', () => {
  const letters = [
    { day: '2026-11-24', amount: 3 },
    { day: '2026-11-29', amount: 1 },
    { day: '2026-12-01', amount: 2 },
  ];

  it('add up by week, Monday to Sunday, with empty weeks as 0', () => {
    const weeks = periodsBetween('2026-11-16', '2026-12-02', 'week');
    expect(amountsPerPeriod(letters, weeks, 'week')).toEqual([0, 4, 2]);
  });

  it('add up by month, and leave out what falls outside the periods', () => {
    expect(amountsPerPeriod(letters, ['2026-12-01'], 'month')).toEqual([2]);
  });

  it('run on as totals, from what came before', () => {
    expect(runningTotals([0, 4, 2], 7000)).toEqual([7000, 7004, 7006]);
  });

  it('are nothing when there is nothing', () => {
    expect(amountsPerPeriod([], [], 'week')).toEqual([]);
    expect(runningTotals([])).toEqual([]);
    expect(periodsThatChanged([[]])).toEqual([]);
    expect(periodsThatChanged([])).toEqual([]);
  });
});

describe('dates known only to a month, a year or "by"', () => {
  it('are known by the last day they could be', () => {
    expect(knownBy('2013-06-06', 'day')).toBe('2013-06-06');
    expect(knownBy('2013-02-10', 'month')).toBe('2013-02-28');
    expect(knownBy('2013-06-06', 'year')).toBe('2013-12-31');
    expect(knownBy('2013-09-19', 'by')).toBe('2013-09-19');
  });

  it('are counted by year when any is known only to its year, else by month', () => {
    expect(granularityFor(['day', 'by', 'month'])).toBe('month');
    expect(granularityFor(['day', 'year'])).toBe('year');
    expect(granularityFor([])).toBe('month');
  });
});

describe('subjects in a state at the end of each period', () => {
  const event = (
    subject: number,
    order: number,
    date: string,
    precision: StateEvent['precision'],
    inState = true,
  ): StateEvent => ({ subject, order, date, precision, inState });

  it('count a signing known only to its month from that month, not from a day in it', () => {
    const periods = periodsBetween('2014-01-01', '2014-03-01', 'month');
    const events = [event(1, 1, '2014-02-01', 'month'), event(2, 2, '2014-01-15', 'day')];
    expect(inStateAtPeriodEnds(events, periods, 'month')).toEqual([1, 2, 2]);
  });

  it('count a signing known only to its year from the end of that year', () => {
    const periods = periodsBetween('2013-01-01', '2015-01-01', 'year');
    const events = [event(1, 1, '2014-01-01', 'year'), event(2, 2, '2013-09-19', 'by')];
    expect(inStateAtPeriodEnds(events, periods, 'year')).toEqual([1, 2, 2]);
  });

  it('follow withdrawals and corrections, the latest recorded standing', () => {
    const periods = periodsBetween('2013-09-01', '2013-12-01', 'month');
    const events = [
      event(1, 1, '2013-09-19', 'by'),
      event(2, 2, '2013-09-19', 'by'),
      event(1, 3, '2013-11-02', 'day', false),
      // Recorded later, dated earlier: from October, the record knows council 2 had not signed.
      event(2, 4, '2013-10-01', 'day', false),
    ];
    expect(inStateAtPeriodEnds(events, periods, 'month')).toEqual([2, 1, 0, 0]);
  });

  it('are none without events', () => {
    expect(inStateAtPeriodEnds([], ['2013-09-01'], 'month')).toEqual([0]);
  });
});

describe('the periods a table lists', () => {
  it('are the first, each where a series moved, and the last', () => {
    expect(
      periodsThatChanged([
        [7000, 7000, 7000, 7000, 7000],
        [0, 0, 3, 3, 3],
      ]),
    ).toEqual([0, 2, 4]);
    expect(periodsThatChanged([[32]])).toEqual([0]);
  });
});
