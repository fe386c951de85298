import type { IncomingMessage, ServerResponse } from 'node:http';
import { getDb } from '../lib/db.ts';
import { namesEtag } from '../lib/http/conditional.ts';
import { supporterCountJson } from '../lib/pledges/count-json.ts';

/**
 * The supporter count is fetched by every widget and every refresh of a campaign page, and its
 * answer is one indexed read. Astro's request pipeline costs about ten times that read (measured
 * with `npm run bench`), so this one route is answered by plain node:http before Astro sees the
 * request. It gets the same security headers as everything else (scripts/start.ts).
 */
const COUNT_PATH = '/api/pledges/count.json';

export function answerFastRoute(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url?.startsWith(COUNT_PATH)) return false;
  // The plain address is by far the commonest; only a query needs parsing.
  const url = req.url === COUNT_PATH ? undefined : new URL(req.url, 'http://localhost');
  if (url && url.pathname !== COUNT_PATH) return false;
  const { status, body, etag } = supporterCountJson(
    getDb(),
    url?.searchParams.get('council') ?? null,
  );
  const headers = {
    'Cache-Control': 'public, max-age=5',
    'Access-Control-Allow-Origin': '*',
    ...(etag && { ETag: etag, 'Access-Control-Expose-Headers': 'ETag' }),
  };
  // A page polling the count sends the ETag it last had: unchanged, it gets headers only.
  if (etag && namesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
  return true;
}
