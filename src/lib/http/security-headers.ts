import type { ServerResponse } from 'node:http';
import { counterpartOf } from '../i18n/pages.ts';

/**
 * The site's Content-Security-Policy, apart from `script-src` and `style-src`, which Astro writes
 * per page with hashes of what it inlines. No inline script is ever allowed by name, so a strict
 * policy holds: the only scripts are files served from this origin.
 *
 * Astro puts these in a `<meta>` element on prerendered pages, where browsers ignore (and
 * complain about) `frame-ancestors`, so that one is sent only as a header: see FRAME_ANCESTORS.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** No site may show ours in a frame (clickjacking); only honoured in a header. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * Pages made for partners to show in a frame on their own sites (src/pages/embed/): the supporter
 * count and one council's status. They hold links and nothing that acts when clicked, so a frame
 * round them can trick nobody into doing anything. Exactly these addresses: an address that only
 * looks like one (an extra segment, a trailing slash, an encoded letter) keeps the usual rules.
 */
const EMBED_PATH = /^\/embed\/(?:count|councils\/[a-z0-9-]+)$/;

/** Any site may frame an embed. (X-Frame-Options has no way to say so: embeds go without it.) */
const EMBED_FRAME_ANCESTORS = 'frame-ancestors *';

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/** Who may frame the page at `pathname`: any site for an embed, no site for anything else. */
export function frameAncestorsFor(pathname: string): string {
  return isEmbedPath(pathname) ? EMBED_FRAME_ANCESTORS : FRAME_ANCESTORS;
}

/**
 * Sent with every response: static files and prerendered pages keep it; on-demand pages get
 * Astro's own policy instead, to which the middleware adds frame-ancestors (frameAncestorsFor).
 */
export const FALLBACK_CSP = [
  ...CSP_DIRECTIVES,
  FRAME_ANCESTORS,
  "script-src 'self'",
  "style-src 'self'",
].join('; ');

/**
 * Sent with every response. The referrer policy matters here beyond privacy: a young person who
 * leaves through quick exit must not tell the next site where they came from. `same-origin` sends
 * nothing to other sites, and, unlike `no-referrer`, still lets the browser send our own origin
 * with form posts (with `no-referrer` it sends `Origin: null`, and the origin check must rely on
 * Sec-Fetch-Site). Pages reached by a secret link send no referrer at all: see PRIVATE_PAGE_HEADERS.
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

const HEADERS = new Map(Object.entries(SECURITY_HEADERS));

/** The same for embeds, which other sites may frame. */
const EMBED_HEADERS = new Map(
  Object.entries({
    ...SECURITY_HEADERS,
    'Content-Security-Policy': FALLBACK_CSP.replace(FRAME_ANCESTORS, EMBED_FRAME_ANCESTORS),
  }).filter(([name]) => name !== 'X-Frame-Options'),
);

/** Query parameters that carry a secret: an emailed link's token, an unsubscribe key, a gift's reference. */
const SECRET_PARAMETERS = ['token', 'key', 'ref', 'cancelled'];

/** Pages opened by an emailed link, whose forms carry its token back (and may show it again). */
const PAGES_WITH_SECRETS = new Set([
  '/pledge/confirm',
  '/lobby/confirm',
  '/lobby/reply',
  '/sign/verify',
  '/assess',
  '/privacy/manage',
  '/privacy/download',
  '/donate/manage',
  '/donate/thanks',
  '/admin/set-password',
  '/unsubscribe',
]);

/**
 * Whether a page was reached by a secret (a token, key or reference) or carries one in its form.
 * Such a page must not be kept by the browser's cache or any cache between (on a shared computer,
 * Back or the history would open it again), nor name its address to any site it links to.
 */
export function isPrivatePage(url: URL): boolean {
  return (
    PAGES_WITH_SECRETS.has(url.pathname) ||
    // The same page in Welsh (/cy/lobio/cadarnhau) carries the same secrets.
    PAGES_WITH_SECRETS.has(counterpartOf(url.pathname) ?? '') ||
    SECRET_PARAMETERS.some((name) => url.searchParams.has(name))
  );
}

/** What a private page sends instead of the usual caching and referrer rules. */
export const PRIVATE_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Sets the headers before the response is handled, so they reach static files too (the Node
 * adapter serves those without running Astro middleware). Astro's own per-page CSP, set later on
 * on-demand pages, replaces the fallback policy. `url` is the request's, path and query.
 */
export function applySecurityHeaders(res: ServerResponse, url = '/'): void {
  const query = url.indexOf('?');
  res.setHeaders(isEmbedPath(query === -1 ? url : url.slice(0, query)) ? EMBED_HEADERS : HEADERS);
}
