import { limitKeyOf } from './network.ts';

/**
 * Keys one limit remembers at most. An attacker who sends a new key with every request (new
 * addresses, or new account names) would otherwise grow the map without end; past this, the
 * oldest key is forgotten. 20,000 keys of up to a few hundred bytes is a few megabytes.
 */
export const MAX_KEYS = 20_000;

interface LimitOptions {
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

/**
 * Counts per key (an IP address, say) in fixed windows of `windowMs`. Kept in memory: the site is
 * one process, and a restart forgetting the counts is harmless. Old windows are swept as new ones
 * start, and a window holds at most `maxKeys` keys, so memory stays bounded whatever arrives.
 */
function windowCounts({
  windowMs,
  maxKeys = MAX_KEYS,
  now = Date.now,
}: Omit<LimitOptions, 'limit'>): (key: string, add: 0 | 1) => number {
  let windowStart = now();
  let hits = new Map<string, number>();
  return (key, add) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      windowStart = time;
      hits = new Map();
    }
    const count = (hits.get(key) ?? 0) + add;
    if (!add) return count;
    // A Map iterates in insertion order, so its first key is the oldest.
    if (count === 1 && hits.size >= maxKeys) hits.delete(hits.keys().next().value!);
    hits.set(key, count);
    return count;
  };
}

/** A fixed-window limit per key: at most `limit` hits in each `windowMs`. */
export function createRateLimit(options: LimitOptions): (key: string) => boolean {
  const count = windowCounts(options);
  return (key) => count(key, 1) <= options.limit;
}

/**
 * A limit on failures per key (wrong passwords, say): `allows` says whether another try may be
 * made, without counting it, and `fail` counts one that failed. Successes cost nothing.
 */
export function createFailureLimit(options: LimitOptions) {
  const count = windowCounts(options);
  return {
    allows: (key: string): boolean => count(key, 0) < options.limit,
    fail: (key: string): void => void count(key, 1),
  };
}

/**
 * A limit per visitor, keyed by the client's network address (`Astro.clientAddress`, which the
 * front door in scripts/start.ts takes from X-Forwarded-For only when a trusted proxy sent it),
 * an IPv6 address counted by its /64.
 */
export function createAddressLimit(options: LimitOptions): (address: string) => boolean {
  const allow = createRateLimit(options);
  return (address) => allow(limitKeyOf(address));
}
