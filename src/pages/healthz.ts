import type { APIRoute } from 'astro';
import { getDb } from '../lib/db.ts';
import { checkHealth } from '../lib/site/health.ts';

export const prerender = false;

/** For load balancers and uptime monitors: 200 when the site can serve data, 503 when it cannot. */
export const GET: APIRoute = () => {
  const health = checkHealth(getDb);
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
};
