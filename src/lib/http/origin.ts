import { localisedPath } from '../i18n/pages.ts';

/** The one-click unsubscribe page in each language: a supporter's emails name theirs. */
const UNSUBSCRIBE_PAGES = new Set(['/unsubscribe', localisedPath('/unsubscribe', 'cy')]);

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one write that must accept posts from other sites: one-click unsubscribe (RFC 8058), which
 * mail providers send from their own servers: `/unsubscribe?key=…` (or its Welsh page) and nothing else. It does one
 * harmless, idempotent thing keyed by a secret in its address. Any other query (a form action
 * named in `_action`, above all) is checked like every other write, or any action on the site
 * could be posted from anywhere through this address.
 */
function isOneClickUnsubscribe(url: URL): boolean {
  return (
    UNSUBSCRIBE_PAGES.has(url.pathname) && [...url.searchParams.keys()].every((k) => k === 'key')
  );
}

/**
 * True for a write that did not come from a page on this site. Browsers say where a request came
 * from in Sec-Fetch-Site, which no page can forge; where they send it, it decides. Otherwise the
 * browser sends our own origin with every form post, so a different or missing Origin means a
 * forged request (CSRF). Pages reached by a secret link send no referrer at all, and a form on
 * them is posted with `Origin: null`; Sec-Fetch-Site still says it is our own.
 */
export function isCrossSiteWrite(request: Request, url: URL): boolean {
  if (SAFE_METHODS.has(request.method) || isOneClickUnsubscribe(url)) return false;
  const site = request.headers.get('Sec-Fetch-Site');
  if (site) return site !== 'same-origin';
  const sameOrigin = request.headers.get('Origin') === url.origin;
  const type = request.headers.get('Content-Type')?.toLowerCase();
  if (type && !FORM_TYPES.some((form) => type.includes(form))) {
    // A JSON or other typed request cannot be sent cross-site without CORS consent, which we never
    // give for writes; still, refuse one that names another origin.
    return request.headers.has('Origin') && !sameOrigin;
  }
  return !sameOrigin;
}
