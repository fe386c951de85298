import type { ServerResponse } from 'node:http';

/**
 * The site's Content-Security-Policy, apart from `script-src` and `style-src`, which Astro writes
 * per page with hashes of what it inlines. No inline script is ever allowed by name, so a strict
 * policy holds: the only scripts are files served from this origin.
 *
 * `frame-ancestors` is only honoured in a header; Astro sends these directives as a header for
 * every page (`staticHeaders` in astro.config.mjs), never in a `<meta>` element.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** For responses Astro does not give a policy of its own: assets, endpoints, error pages. */
export const FALLBACK_CSP = [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'"].join('; ');

/**
 * Sent with every response. The referrer policy matters here beyond privacy: a young person who
 * leaves through quick exit must not tell the next site where they came from. `same-origin` sends
 * nothing to other sites, and, unlike `no-referrer`, still lets the browser send our own origin
 * with form posts (with `no-referrer` it sends `Origin: null`, which the origin check refuses).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': FALLBACK_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/**
 * Sets the headers before the response is handled, so they reach static files too (the Node
 * adapter serves those without running Astro middleware). Astro's own per-page CSP, set later,
 * replaces the fallback policy on pages.
 */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
