import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { ProxyNetwork } from '../env.ts';
import { plainAddress } from './network.ts';

/** The headers a reverse proxy uses to say who the visitor is and what address they asked for. */
const FORWARDED_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'forwarded',
] as const;

/** The trusted proxies from the settings, as a list Node checks addresses against. */
export function proxyList(networks: readonly ProxyNetwork[]): BlockList {
  const proxies = new BlockList();
  for (const { address, prefix, family } of networks) proxies.addSubnet(address, prefix, family);
  return proxies;
}

function isTrusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Who sent a request. A direct visitor is the socket's peer, whatever headers they send: anyone
 * can write `X-Forwarded-For`, and if we believed it every per-address limit would start afresh
 * with each request. Only when the peer is a trusted proxy do we read X-Forwarded-For, from the
 * right (each proxy appends the address it saw), skipping our own proxies: the first address
 * they did not add is the visitor. A value that is not an IP address is not believed either.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | undefined,
  proxies: BlockList,
): string | undefined {
  const direct = peer === undefined ? undefined : plainAddress(peer);
  if (!direct || !forwardedFor || !isTrusted(proxies, direct)) return direct;
  const hops = forwardedFor.split(',').map((hop) => plainAddress(hop.trim()));
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return direct;
    if (!isTrusted(proxies, hop)) return hop;
  }
  return direct;
}

/**
 * Makes the forwarding headers say only what we believe, before Astro reads them: from a trusted
 * proxy, X-Forwarded-For becomes the one visitor address found above and the proxy's host and
 * protocol stand (Astro checks the host against SITE_URL's); from anyone else, every forwarding
 * header is removed, so Astro's `clientAddress` is the socket's peer and its URL the request's own.
 */
export function trustForwardedHeaders(req: IncomingMessage, proxies: BlockList): void {
  const peer = req.socket.remoteAddress;
  const header = req.headers['x-forwarded-for'];
  const forwardedFor = Array.isArray(header) ? header.join(',') : header;
  if (peer !== undefined && isTrusted(proxies, plainAddress(peer))) {
    const client = clientAddressOf(peer, forwardedFor, proxies);
    if (forwardedFor && client) req.headers['x-forwarded-for'] = client;
    return;
  }
  for (const name of FORWARDED_HEADERS) delete req.headers[name];
}
