import { describe, expect, it } from 'vitest';
import { countSupporters } from '../pledges/counts.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import { now } from '../test-world.ts';
import {
  letterFigures,
  readSignatoriesAndLetters,
  readSupporterFigures,
  signatoryFigures,
  supporterFigures,
} from './progress.ts';
import { openSeededDatabase, pledgeForTest } from './testing.ts';

describe('the campaign’s progress from a new site’s records', () => {
  const db = openSeededDatabase();
  const progress = {
    supporters: readSupporterFigures(db, now),
    ...readSignatoriesAndLetters(db, now),
  };

  it('counts the 7,000 of the first year from September 2013, by month, to this month', () => {
    const supporters = progress.supporters!;
    expect(supporters.periods[0]).toBe('2013-09-01');
    expect(supporters.periods.at(-1)).toBe('2026-11-01');
    expect(supporters.offline.at(-1)).toBe(7000);
    expect(supporters.online.at(-1)).toBe(0);
    // Nothing moved between: the table lists the first month and this one.
    expect(supporters.rows).toEqual([0, supporters.periods.length - 1]);
    expect(supporters.summary).toBe(
      '7,000 supporters since September 2013: 7,000 counted offline by the campaign team and 0 who joined on this site.',
    );
  });

  it('counts the 32 signed by September 2013 from that month, none before, and says why', () => {
    const signatories = progress.signatories!;
    expect(signatories.granularity).toBe('month');
    expect(signatories.periods[0]).toBe('2013-09-01');
    expect(signatories.signed[0]).toBe(32);
    expect(signatories.summary).toBe(
      '32 councils known to have signed by the end of September 2013, and the same number since.',
    );
    expect(signatories.note).toContain('the day was not published');
  });

  it('says no letters have ever been sent, rather than drawing weeks of nothing', () => {
    expect(progress.letters).toBeUndefined();
    expect(progress.lettersEver).toBe(0);
  });
});

it('adds a confirmed pledge in the month it was confirmed, agreeing with the public count', () => {
  const db = openSeededDatabase();
  const token = pledgeForTest(db, { email: 'ada@example.org', now });
  confirmPledge(db, token, now);
  const supporters = readSupporterFigures(db, now)!;
  expect(supporters.online.at(-1)).toBe(1);
  expect(supporters.online.at(-2)).toBe(0);
  expect(supporters.offline.at(-1)! + supporters.online.at(-1)!).toBe(countSupporters(db).total);
  expect(supporters.summary).toMatch(
    /^From 7,000 supporters by the end of September 2013 to 7,001 supporters by November 2026:/,
  );
});

describe('signatories over time', () => {
  const event = (subject: number, order: number, date: string, precision = 'day' as const) => ({
    subject,
    order,
    date,
    precision,
    inState: true,
  });

  it('are counted by year once any date is known only to its year, and say so', () => {
    const figures = signatoryFigures(
      [event(1, 1, '2013-09-19'), { ...event(2, 2, '2015-01-01'), precision: 'year' }],
      new Date('2016-03-01'),
    )!;
    expect(figures.granularity).toBe('year');
    expect(figures.periods).toEqual(['2013-01-01', '2014-01-01', '2015-01-01', '2016-01-01']);
    expect(figures.signed).toEqual([1, 1, 2, 2]);
    expect(figures.note).toMatch(/^Counted by year: some dates are known only to the year/);
  });

  it('go down when a council withdraws', () => {
    const figures = signatoryFigures(
      [event(1, 1, '2026-09-02'), { ...event(1, 2, '2026-11-10'), inState: false }],
      new Date('2026-11-24'),
    )!;
    expect(figures.signed).toEqual([1, 1, 0]);
    expect(figures.summary).toBe(
      '1 council known to have signed by the end of September 2026; 0 by November 2026.',
    );
  });
});

describe('letters per week', () => {
  it('run from the first week with a letter to this week, empty weeks as 0', () => {
    const figures = letterFigures(
      [
        { day: '2026-11-03', amount: 2 },
        { day: '2026-11-20', amount: 5 },
        { day: '2026-11-24', amount: 1 },
      ],
      new Date('2026-11-24'),
    )!;
    expect(figures.periods).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(figures.sent).toEqual([2, 0, 5, 1]);
    expect(figures.rows).toEqual([0, 1, 2, 3]);
    expect(figures.summary).toBe(
      '8 letters in the last 4 weeks; the most, 5, in the week beginning 16 November 2026.',
    );
  });

  it('leave out letters due to go on a later day', () => {
    expect(letterFigures([{ day: '2026-11-25', amount: 1 }], now)).toBeUndefined();
  });
});

it('draws nothing when nothing has happened yet', () => {
  expect(supporterFigures({ online: [], offline: [] }, now)).toBeUndefined();
  expect(signatoryFigures([], now)).toBeUndefined();
  expect(letterFigures([], now)).toBeUndefined();
});
