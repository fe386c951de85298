import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from './format.ts';

describe.each([
  [new Date('2012-07-16T00:00:00Z'), '16 July 2012', '2012-07-16'],
  ['2013-09-23', '23 September 2013', '2013-09-23'],
  // A late-evening timestamp is still that day, whatever the server's time zone.
  [new Date('2013-11-11T23:30:00Z'), '11 November 2013', '2013-11-11'],
])('%s', (input, written, iso) => {
  it(`is written ${written}`, () => expect(formatDate(input)).toBe(written));
  it(`is ${iso} for machines`, () => expect(isoDay(input)).toBe(iso));
});
