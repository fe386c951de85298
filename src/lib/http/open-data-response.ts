import { createHash } from 'node:crypto';

/**
 * A response for open data: anyone may fetch it from any site (CORS for GET), caches may keep it
 * for a minute, and a client that already has this version gets 304 Not Modified.
 */
export function openDataResponse(request: Request, body: string, contentType: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = {
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
  };
  const match = request.headers.get('If-None-Match');
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers });
}
