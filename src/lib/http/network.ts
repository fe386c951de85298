import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, as numbers, or undefined if it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  if (!isIPv6(address)) return undefined;
  const [head = '', tail] = address.split('::');
  const part = (text: string) => (text ? text.split(':') : []);
  const tailParts = part(tail ?? '');
  const groups = [
    ...part(head),
    ...Array(8 - part(head).length - tailParts.length).fill('0'),
    ...tailParts,
  ];
  return groups.length === 8 ? groups.map((g) => parseInt(g, 16)) : undefined;
}

/** An address with IPv4 inside IPv6 (`::ffff:203.0.113.7`) written as the IPv4 address it is. */
export function plainAddress(address: string): string {
  const v4 = address.replace(/^::ffff:/i, '');
  return isIPv4(v4) ? v4 : address;
}

/** The IPv6 network of the first `bits` an address is in (`2001:db8:1::/48`); not IPv6, undefined. */
function ipv6Network(address: string, bits: 48 | 64): string | undefined {
  const groups = ipv6Groups(address);
  return (
    groups &&
    `${groups
      .slice(0, bits / 16)
      .map((g) => g.toString(16))
      .join(':')}::/${bits}`
  );
}

/**
 * The network an address belongs to, coarsely enough to say little about a person but enough to
 * see a flood from one place: an IPv4 /24 (`203.0.113.0/24`) or an IPv6 /48
 * (`2001:db8:1::/48`). IPv4 inside IPv6 (`::ffff:203.0.113.7`) counts as IPv4.
 */
export function networkOf(address: string): string | undefined {
  const plain = plainAddress(address);
  if (isIPv4(plain)) return `${plain.split('.').slice(0, 3).join('.')}.0/24`;
  return ipv6Network(plain, 48);
}

/**
 * What a campaigner typed to name a network: one address, or a network in the form `networkOf`
 * gives. Undefined if it is neither.
 */
export function parseNetwork(typed: string): string | undefined {
  const text = typed.trim();
  const slash = text.indexOf('/');
  if (slash === -1) return networkOf(text);
  const network = networkOf(text.slice(0, slash));
  const bits = text.slice(slash + 1);
  return network?.endsWith(`/${bits}`) ? network : undefined;
}

/**
 * The key a per-visitor limit counts by: an IPv4 address as it is (IPv4 inside IPv6 counts as
 * IPv4), an IPv6 address by its /64. One household or one machine is usually given a whole /64,
 * so counting single IPv6 addresses would let one visitor start afresh with each of 2^64
 * addresses. Anything else (which the front door never lets through) is cut short, so a key can
 * never be large.
 */
export function limitKeyOf(address: string): string {
  const plain = plainAddress(address);
  if (isIPv4(plain)) return plain;
  return ipv6Network(plain, 64) ?? address.slice(0, 64);
}
