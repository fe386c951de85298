import { describe, expect, it } from 'vitest';
import {
  agreeing,
  countOf,
  formatDate,
  formatKnownDate,
  isoDay,
  joinPresent,
  knownDateHtml,
  knownDateTime,
  whenKnown,
  listInWords,
} from './format.ts';

describe.each([
  [new Date('2012-07-16T00:00:00Z'), '16 July 2012', '2012-07-16'],
  ['2013-09-23', '23 September 2013', '2013-09-23'],
  // A late-evening timestamp is still that day, whatever the server's time zone.
  [new Date('2013-11-11T23:30:00Z'), '11 November 2013', '2013-11-11'],
])('%s', (input, written, iso) => {
  it(`is written ${written}`, () => expect(formatDate(input)).toBe(written));
  it(`is ${iso} for machines`, () => expect(isoDay(input)).toBe(iso));
});

describe.each([
  ['day', '6 June 2013', 'on 6 June 2013', '2013-06-06'],
  ['month', 'June 2013', 'in June 2013', '2013-06'],
  ['year', '2013', 'in 2013', '2013'],
  ['by', 'by June 2013', 'by June 2013', '2013-06'],
] as const)('a date known to the %s', (precision, written, after, machine) => {
  it(`is written "${written}", never more precisely`, () =>
    expect(formatKnownDate('2013-06-06', precision)).toBe(written));
  it(`reads "${after}" after a verb`, () => expect(whenKnown('2013-06-06', precision)).toBe(after));
  it(`is ${machine} for machines`, () =>
    expect(knownDateTime('2013-06-06', precision)).toBe(machine));
});

describe('knownDateHtml', () => {
  it('marks the date up for machines, keeping "by" outside the <time>', () => {
    expect(knownDateHtml('2013-09-19', 'by')).toBe(
      'by <time datetime="2013-09">September 2013</time>',
    );
    expect(knownDateHtml('2026-03-14', 'day', true)).toBe(
      'on <time datetime="2026-03-14">14 March 2026</time>',
    );
    expect(knownDateHtml('2026-03-14', 'month', true)).toBe(
      'in <time datetime="2026-03">March 2026</time>',
    );
  });
});

describe.each([
  [0, '0 seconds'],
  [1, '1 second'],
  [1.5, '1.5 seconds'],
  [2, '2 seconds'],
  [7500, '7,500 seconds'],
])('a count of %s', (count, written) => {
  it(`is written "${written}"`, () => expect(countOf(count, 'second', 'seconds')).toBe(written));
});

describe('agreeing', () => {
  it('takes the singular only for one', () => {
    expect(agreeing(1, 'council has', 'councils have')).toBe('council has');
    expect(agreeing(0, 'council has', 'councils have')).toBe('councils have');
    expect(agreeing(32, 'council has', 'councils have')).toBe('councils have');
  });
});

describe.each([
  [['Sam Hammond', 'Director'], 'Sam Hammond, Director'],
  [['Sam Hammond', null], 'Sam Hammond'],
  [['Sam Hammond', ''], 'Sam Hammond'],
  [['Sam Hammond', '  '], 'Sam Hammond'],
  [[undefined, 'Director'], 'Director'],
  [
    ['Sam Hammond', 'Director', 'Kent County Council'],
    'Sam Hammond, Director, Kent County Council',
  ],
  [[null, undefined], ''],
])('joinPresent(%j)', (parts, written) => {
  it(`is "${written}"`, () => expect(joinPresent(...parts)).toBe(written));
});

describe('dates and lists in Welsh', () => {
  it('writes dates as Welsh writes them', () => {
    expect(formatDate('2013-06-06', 'cy')).toBe('6 Mehefin 2013');
    expect(formatKnownDate('2013-09-19', 'by', 'cy')).toBe('erbyn Medi 2013');
    expect(whenKnown('2013-06-06', 'day', 'cy')).toBe('ar 6 Mehefin 2013');
    expect(whenKnown('2013-06-01', 'month', 'cy')).toBe('ym mis Mehefin 2013');
    expect(whenKnown('2013-01-01', 'year', 'cy')).toBe('yn 2013');
    expect(knownDateHtml('2013-09-19', 'by', false, 'cy')).toBe(
      'erbyn <time datetime="2013-09">Medi 2013</time>',
    );
  });

  it('joins a list with a, or ac before a vowel', () => {
    expect(listInWords(['Caerdydd', 'Gwynedd', 'Powys'], 'cy')).toBe('Caerdydd, Gwynedd a Phowys');
    expect(listInWords(['Caerdydd', 'Abertawe'], 'cy')).toBe('Caerdydd ac Abertawe');
    expect(listInWords(['Gwynedd', 'Torfaen'], 'cy')).toBe('Gwynedd a Thorfaen');
    expect(listInWords(['Powys', 'Conwy'], 'en')).toBe('Powys and Conwy');
  });
});
