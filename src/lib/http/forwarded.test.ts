import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { clientAddressOf, proxyList, trustForwardedHeaders } from './forwarded.ts';

const proxies = (text: string) => proxyList(readEnv({ TRUSTED_PROXIES: text }).TRUSTED_PROXIES);

describe('clientAddressOf', () => {
  it('believes nobody’s X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddressOf('198.51.100.9', '203.0.113.7', proxies(''))).toBe('198.51.100.9');
  });

  it('believes nobody but a trusted proxy', () => {
    const trusted = proxies('127.0.0.1');
    expect(clientAddressOf('198.51.100.9', '203.0.113.7', trusted)).toBe('198.51.100.9');
    expect(clientAddressOf('127.0.0.1', '203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddressOf('::ffff:127.0.0.1', '203.0.113.7', trusted)).toBe('203.0.113.7');
  });

  it('takes the first address from the right that our own proxies did not add', () => {
    const trusted = proxies('127.0.0.1 10.0.0.0/8');
    // The visitor wrote the first value themselves; the proxy appended the address it saw.
    expect(clientAddressOf('127.0.0.1', '1.2.3.4, 203.0.113.7, 10.1.2.3', trusted)).toBe(
      '203.0.113.7',
    );
    expect(clientAddressOf('127.0.0.1', '2001:db8::1', trusted)).toBe('2001:db8::1');
  });

  it('does not believe a value that is not an IP address', () => {
    const trusted = proxies('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', 'x'.repeat(15_000), trusted)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', '203.0.113.7:4711', trusted)).toBe('127.0.0.1');
  });
});

describe('trustForwardedHeaders', () => {
  const request = (peer: string, headers: Record<string, string>) =>
    ({ socket: { remoteAddress: peer }, headers: { ...headers } }) as unknown as IncomingMessage;
  const forged = {
    host: 'localhost:4321',
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-host': 'localhost:4321',
    'x-forwarded-proto': 'https',
  };

  it('removes every forwarding header a direct visitor sends', () => {
    const req = request('198.51.100.9', forged);
    trustForwardedHeaders(req, proxies('127.0.0.1'));
    expect(req.headers).toEqual({ host: 'localhost:4321' });
  });

  it('keeps a trusted proxy’s, with X-Forwarded-For cut down to the visitor', () => {
    const req = request('127.0.0.1', { ...forged, 'x-forwarded-for': 'forged, 203.0.113.7' });
    trustForwardedHeaders(req, proxies('127.0.0.1'));
    expect(req.headers).toEqual(forged);
  });
});
