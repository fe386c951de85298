import { describe, expect, it } from 'vitest';
import { createAddressLimit, createRateLimit } from './rate-limit.ts';

describe('createRateLimit', () => {
  it('allows the limit per key in each window, then refuses until the next window', () => {
    let time = 0;
    const allow = createRateLimit({ limit: 2, windowMs: 1000, now: () => time });
    expect([allow('a'), allow('a'), allow('a'), allow('b')]).toEqual([true, true, false, true]);
    time = 1000;
    expect(allow('a')).toBe(true);
  });

  it('remembers at most maxKeys keys, forgetting the oldest first', () => {
    const allow = createRateLimit({ limit: 1, windowMs: 1000, maxKeys: 3, now: () => 0 });
    expect([allow('a'), allow('a')]).toEqual([true, false]);
    allow('b');
    allow('c');
    // A fourth key pushes out the oldest, 'a', whose count starts again; 'b' is still held.
    allow('d');
    expect([allow('b'), allow('a')]).toEqual([false, true]);
  });
});

describe('createAddressLimit', () => {
  it('counts the addresses of one IPv6 /64 together, and IPv4 inside IPv6 as IPv4', () => {
    const allow = createAddressLimit({ limit: 2, windowMs: 1000, now: () => 0 });
    expect([
      allow('2001:db8:1:2::1'),
      allow('2001:db8:1:2::ffff'),
      allow('2001:db8:1:2::9'),
    ]).toEqual([true, true, false]);
    expect([allow('203.0.113.7'), allow('::ffff:203.0.113.7'), allow('203.0.113.7')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(allow('2001:db8:1:3::1')).toBe(true);
  });
});
