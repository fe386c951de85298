import { describe, expect, it } from 'vitest';
import { reservedDomainOf } from './reserved-domains.ts';

describe.each([
  ['lead-member@kent.example', 'kent.example'],
  ['jo@example.org', 'example.org'],
  ['jo@EXAMPLE.COM', 'example.com'],
  ['jo@mail.example.net', 'mail.example.net'],
  ['jo@example.org.', 'example.org'],
  ['x@site.test', 'site.test'],
  ['x@nowhere.invalid', 'nowhere.invalid'],
  ['root@localhost', 'localhost'],
  ['root@dev.localhost', 'dev.localhost'],
  ['odd"@"name@example', 'example'],
])('%s', (address, domain) => {
  it(`is on the reserved domain ${domain}`, () => expect(reservedDomainOf(address)).toBe(domain));
});

describe.each([
  // Real domains that merely look like the reserved ones.
  'jo@example.org.uk',
  'jo@myexample.com',
  'jo@example.co.uk',
  'jo@testing.org',
  'jo@kent.gov.uk',
  'jo@contest',
  'jo@examples.org',
])('%s', (address) => {
  it('is on a domain someone can receive mail at', () =>
    expect(reservedDomainOf(address)).toBeUndefined());
});
