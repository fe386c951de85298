import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, frameAncestorsFor, isEmbedPath } from './security-headers.ts';

describe('framing', () => {
  it.each(['/embed/count', '/embed/councils/kent', '/embed/councils/barking-and-dagenham'])(
    'any site may frame the embed %s',
    (path) => {
      expect(isEmbedPath(path)).toBe(true);
      expect(frameAncestorsFor(path)).toBe('frame-ancestors *');
    },
  );

  it.each([
    '/',
    '/councils/kent',
    '/embed',
    '/embed/',
    '/embed/count/',
    '/embed/counts',
    '/embedded/count',
    '/embed/councils/',
    '/embed/councils/kent/',
    '/embed/councils/kent/badge.svg',
    '/embed/councils/%6Bent',
    '/embed/councils/Kent',
    '/admin/embed/count',
  ])('no site may frame %s', (path) => {
    expect(isEmbedPath(path)).toBe(false);
    expect(frameAncestorsFor(path)).toBe("frame-ancestors 'none'");
  });

  /** The headers applySecurityHeaders sets for a request to `url`. */
  function headersFor(url: string): Record<string, string> {
    let set = new Map<string, string>();
    const res = { setHeaders: (headers: Map<string, string>) => (set = headers) };
    applySecurityHeaders(res as unknown as ServerResponse, url);
    return Object.fromEntries(set);
  }

  it('sends embeds, and only embeds, without X-Frame-Options and with frame-ancestors *', () => {
    for (const url of ['/embed/count', '/embed/councils/kent?from=partner']) {
      const headers = headersFor(url);
      expect(headers['X-Frame-Options'], url).toBeUndefined();
      expect(headers['Content-Security-Policy'], url).toContain('frame-ancestors *');
      expect(headers['Content-Security-Policy'], url).not.toContain("frame-ancestors 'none'");
      expect(headers['X-Content-Type-Options'], url).toBe('nosniff');
    }
    for (const url of ['/councils/kent', '/og/site.png', '/embed/count/', '/?/embed/count']) {
      const headers = headersFor(url);
      expect(headers['X-Frame-Options'], url).toBe('DENY');
      expect(headers['Content-Security-Policy'], url).toContain("frame-ancestors 'none'");
    }
  });
});
