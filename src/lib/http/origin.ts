const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Addresses that must accept posts from other sites: one-click unsubscribe (RFC 8058), which
 * mail providers send from their own servers. Each does one harmless, idempotent thing keyed by a
 * secret in its address.
 */
const CROSS_SITE_ALLOWED = new Set(['/unsubscribe']);

/**
 * True for a write that did not come from a page on this site: the browser sends our own origin
 * with every form post, so a different or missing Origin means a forged request (CSRF).
 */
export function isCrossSiteWrite(request: Request, url: URL): boolean {
  if (SAFE_METHODS.has(request.method) || CROSS_SITE_ALLOWED.has(url.pathname)) return false;
  const sameOrigin = request.headers.get('Origin') === url.origin;
  const type = request.headers.get('Content-Type')?.toLowerCase();
  if (type && !FORM_TYPES.some((form) => type.includes(form))) {
    // A JSON or other typed request cannot be sent cross-site without CORS consent, which we never
    // give for writes; still, refuse one that names another origin.
    return request.headers.has('Origin') && !sameOrigin;
  }
  return !sameOrigin;
}
