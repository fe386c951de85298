import { hash } from 'node:crypto';

/** Headers a 304 must repeat from the full response (RFC 9110, 15.4.5). */
const KEPT = [
  'Cache-Control',
  'ETag',
  'Vary',
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
];

/** Whether an If-None-Match header (`wanted`) names this ETag, weakly compared, or is `*`. */
export function namesEtag(wanted: string | null | undefined, etag: string): boolean {
  if (!wanted) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return wanted.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * A 304 Not Modified when the client already has this version (its If-None-Match names the
 * response's ETag), otherwise undefined.
 */
export function notModified(request: Request, response: Response): Response | undefined {
  const etag = response.headers.get('ETag');
  const wanted = request.headers.get('If-None-Match');
  if (!etag || !wanted || response.status !== 200 || !['GET', 'HEAD'].includes(request.method)) {
    return undefined;
  }
  if (!namesEtag(wanted, etag)) return undefined;
  const headers = new Headers();
  for (const name of KEPT) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(null, { status: 304, headers });
}

/**
 * The response with an ETag made from its body, for a page whose only version is its content
 * (an embed: the count or a status changes it, and so does a new design). Only a 200 gets one.
 */
export async function withContentTag(response: Response): Promise<Response> {
  if (response.status !== 200 || response.headers.has('ETag')) return response;
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.set('ETag', `"${hash('sha1', body, 'base64url')}"`);
  return new Response(body, { status: 200, statusText: response.statusText, headers });
}
