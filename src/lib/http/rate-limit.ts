/**
 * A fixed-window limit per key (an IP address, say): at most `limit` hits in each `windowMs`.
 * Kept in memory: the site is one process, and a restart forgetting the counts is harmless.
 * Old windows are swept as new ones start, so memory stays bounded by the keys seen in one window.
 */
export function createRateLimit({
  limit,
  windowMs,
  now = Date.now,
}: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): (key: string) => boolean {
  let windowStart = now();
  let hits = new Map<string, number>();
  return (key) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      windowStart = time;
      hits = new Map();
    }
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    return count <= limit;
  };
}
