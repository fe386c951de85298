/**
 * Counts per key (an IP address, say) in fixed windows of `windowMs`. Kept in memory: the site is
 * one process, and a restart forgetting the counts is harmless. Old windows are swept as new ones
 * start, so memory stays bounded by the keys seen in one window.
 */
function windowCounts(windowMs: number, now: () => number): (key: string, add: 0 | 1) => number {
  let windowStart = now();
  let hits = new Map<string, number>();
  return (key, add) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      windowStart = time;
      hits = new Map();
    }
    const count = (hits.get(key) ?? 0) + add;
    if (add) hits.set(key, count);
    return count;
  };
}

interface LimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

/** A fixed-window limit per key: at most `limit` hits in each `windowMs`. */
export function createRateLimit({ limit, windowMs, now = Date.now }: LimitOptions) {
  const count = windowCounts(windowMs, now);
  return (key: string): boolean => count(key, 1) <= limit;
}

/**
 * A limit on failures per key (wrong passwords, say): `allows` says whether another try may be
 * made, without counting it, and `fail` counts one that failed. Successes cost nothing.
 */
export function createFailureLimit({ limit, windowMs, now = Date.now }: LimitOptions) {
  const count = windowCounts(windowMs, now);
  return {
    allows: (key: string): boolean => count(key, 0) < limit,
    fail: (key: string): void => void count(key, 1),
  };
}
