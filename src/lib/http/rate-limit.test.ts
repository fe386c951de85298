import { describe, expect, it } from 'vitest';
import { createRateLimit } from './rate-limit.ts';

describe('createRateLimit', () => {
  it('allows the limit per key in each window, then refuses until the next window', () => {
    let time = 0;
    const allow = createRateLimit({ limit: 2, windowMs: 1000, now: () => time });
    expect([allow('a'), allow('a'), allow('a'), allow('b')]).toEqual([true, true, false, true]);
    time = 1000;
    expect(allow('a')).toBe(true);
  });
});
