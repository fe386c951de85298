import { hash } from 'node:crypto';

/**
 * A response for open data: anyone may fetch it from any site (CORS for GET), caches may keep it
 * for a minute, and its ETag lets a client that already has this version get 304 Not Modified
 * (answered by the middleware, so it works for responses from the route cache too).
 */
export function openDataResponse(body: string, contentType: string): Response {
  // SHA-1 is plenty to tell versions apart, and the one-shot hash is the cheapest Node offers.
  const etag = `"${hash('sha1', body, 'base64url')}"`;
  const headers = {
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
  };
  // With its length known the body goes out in one piece instead of chunks.
  const bytes = new TextEncoder().encode(body);
  return new Response(bytes, {
    headers: { ...headers, 'Content-Length': String(bytes.byteLength) },
  });
}
