import { describe, expect, it } from 'vitest';
import { limitKeyOf, networkOf, parseNetwork } from './network.ts';

/** What each reading makes of an address, however it is written; undefined where it refuses. */
const READINGS: [(address: string) => string | undefined, string, string | undefined][] = [
  // networkOf keeps an IPv4 address's /24 and an IPv6 address's /48, and knows nothing else.
  [networkOf, '203.0.113.77', '203.0.113.0/24'],
  [networkOf, '::ffff:203.0.113.77', '203.0.113.0/24'],
  [networkOf, '2001:db8:1:2::5', '2001:db8:1::/48'],
  [networkOf, '2001:0db8:0001:0002:0000:0000:0000:0005', '2001:db8:1::/48'],
  [networkOf, '::1', '0:0:0::/48'],
  [networkOf, 'unknown', undefined],
  [networkOf, '', undefined],
  // parseNetwork takes one address or a /24 or /48, and refuses other sizes and nonsense.
  [parseNetwork, ' 203.0.113.9 ', '203.0.113.0/24'],
  [parseNetwork, '203.0.113.0/24', '203.0.113.0/24'],
  [parseNetwork, '2001:db8:1::/48', '2001:db8:1::/48'],
  [parseNetwork, '203.0.0.0/16', undefined],
  [parseNetwork, 'example.org', undefined],
  // limitKeyOf counts an IPv4 address as itself and an IPv6 address by its /64.
  [limitKeyOf, '203.0.113.77', '203.0.113.77'],
  [limitKeyOf, '::ffff:203.0.113.77', '203.0.113.77'],
  [limitKeyOf, '2001:db8:1:2::5', '2001:db8:1:2::/64'],
  [limitKeyOf, '2001:0db8:0001:0002:ffff:0000:0000:0009', '2001:db8:1:2::/64'],
];

describe('reading a network from an address', () => {
  const cases = READINGS.map(([read, address, expected]) => ({ read, address, expected }));
  it.each(cases)("$read.name('$address') is $expected", ({ read, address, expected }) => {
    expect(read(address)).toBe(expected);
  });

  it('keeps anything else short as a limit key', () => {
    expect(limitKeyOf('x'.repeat(15_000))).toHaveLength(64);
  });
});
