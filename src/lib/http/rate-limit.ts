import { limitKeyOf } from './network.ts';

/**
 * Keys one limit remembers at most. An attacker who sends a new key with every request (new
 * addresses, or new account names) would otherwise grow the map without end; past this, the
 * oldest key is forgotten. 20,000 keys of up to a few hundred bytes is a few megabytes.
 */
export const MAX_KEYS = 20_000;

/**
 * A fixed-window limit per key (an IP address, say): at most `limit` hits in each `windowMs`.
 * Kept in memory: the site is one process, and a restart forgetting the counts is harmless.
 * Old windows are swept as new ones start, and a window holds at most `maxKeys` keys, so memory
 * stays bounded whatever arrives.
 */
export function createRateLimit({
  limit,
  windowMs,
  maxKeys = MAX_KEYS,
  now = Date.now,
}: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
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
    // A Map iterates in insertion order, so its first key is the oldest.
    if (count === 1 && hits.size >= maxKeys) hits.delete(hits.keys().next().value!);
    hits.set(key, count);
    return count <= limit;
  };
}

/**
 * A limit per visitor, keyed by the client's network address (`Astro.clientAddress`, which the
 * front door in scripts/start.ts takes from X-Forwarded-For only when a trusted proxy sent it),
 * an IPv6 address counted by its /64.
 */
export function createAddressLimit(options: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): (address: string) => boolean {
  const allow = createRateLimit(options);
  return (address) => allow(limitKeyOf(address));
}
