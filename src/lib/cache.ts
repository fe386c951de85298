/**
 * Wraps a read so that it runs at most once every `ttlMs`: live numbers on busy pages then cost
 * one query every few seconds however many people arrive. A failed read is not cached, and the
 * error goes to the caller, so the next request tries again.
 */
export function cachedFor<T>(ttlMs: number, read: () => T, now: () => number = Date.now): () => T {
  let cached: { value: T; expires: number } | undefined;
  return () => {
    const time = now();
    if (cached && time < cached.expires) return cached.value;
    const value = read();
    cached = { value, expires: time + ttlMs };
    return value;
  };
}
