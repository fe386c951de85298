import { describe, expect, it } from 'vitest';
import { limitKeyOf, networkOf, parseNetwork } from './network.ts';

describe('networkOf', () => {
  it('keeps an IPv4 address’s /24', () => {
    expect(networkOf('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkOf('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
  });

  it('keeps an IPv6 address’s /48, however it is written', () => {
    expect(networkOf('2001:db8:1:2::5')).toBe('2001:db8:1::/48');
    expect(networkOf('2001:0db8:0001:0002:0000:0000:0000:0005')).toBe('2001:db8:1::/48');
    expect(networkOf('::1')).toBe('0:0:0::/48');
  });

  it('knows nothing of things that are not addresses', () => {
    expect(networkOf('unknown')).toBeUndefined();
    expect(networkOf('')).toBeUndefined();
  });
});

describe('parseNetwork', () => {
  it('takes one address or a /24 or /48', () => {
    expect(parseNetwork(' 203.0.113.9 ')).toBe('203.0.113.0/24');
    expect(parseNetwork('203.0.113.0/24')).toBe('203.0.113.0/24');
    expect(parseNetwork('2001:db8:1::/48')).toBe('2001:db8:1::/48');
  });

  it('refuses other sizes and nonsense', () => {
    expect(parseNetwork('203.0.0.0/16')).toBeUndefined();
    expect(parseNetwork('example.org')).toBeUndefined();
  });
});

describe('limitKeyOf', () => {
  it('counts an IPv4 address as itself', () => {
    expect(limitKeyOf('203.0.113.77')).toBe('203.0.113.77');
    expect(limitKeyOf('::ffff:203.0.113.77')).toBe('203.0.113.77');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    expect(limitKeyOf('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
    expect(limitKeyOf('2001:0db8:0001:0002:ffff:0000:0000:0009')).toBe('2001:db8:1:2::/64');
  });

  it('keeps anything else short', () => {
    expect(limitKeyOf('x'.repeat(15_000))).toHaveLength(64);
  });
});
