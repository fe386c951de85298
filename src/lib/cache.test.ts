import { describe, expect, it } from 'vitest';
import { cachedFor } from './cache.ts';

describe('cachedFor', () => {
  it('reads once per period and again when the period is over', () => {
    let time = 0;
    let reads = 0;
    const read = cachedFor(
      5_000,
      () => ++reads,
      () => time,
    );
    expect([read(), read()]).toEqual([1, 1]);
    time = 4_999;
    expect(read()).toBe(1);
    time = 5_000;
    expect(read()).toBe(2);
  });

  it('does not keep a failure: the next call reads again', () => {
    let fail = true;
    const read = cachedFor(5_000, () => {
      if (fail) throw new Error('database is locked');
      return 'ok';
    });
    expect(read).toThrow('database is locked');
    fail = false;
    expect(read()).toBe('ok');
  });
});
