import { describe, expect, it } from 'vitest';
import { isOnDomain } from './domains.ts';

describe('isOnDomain', () => {
  it.each([
    ['jo@kent.gov.uk', true],
    ['jo@KENT.gov.uk', true],
    ['jo@education.kent.gov.uk', true],
    ['jo@notkent.gov.uk', false],
    ['jo@kent.gov.uk.example.com', false],
    ['kent.gov.uk@gmail.com', false],
    ['jo@gov.uk', false],
  ])('%s is %s for kent.gov.uk', (email, expected) => {
    expect(isOnDomain(email, 'kent.gov.uk')).toBe(expected);
  });

  it('matches nothing when the council has no domain on record', () => {
    expect(isOnDomain('jo@kent.gov.uk', null)).toBe(false);
  });
});
