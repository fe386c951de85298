import type { APIRoute } from 'astro';
import { getDb } from '../../../lib/db.ts';
import { findCouncil } from '../../../lib/councils/queries.ts';
import { confirmedSupporters, nextMilestone } from '../../../lib/pledges/counts.ts';

export const prerender = false;

/**
 * Confirmed supporters, read from the counter kept with each confirmation. `?council=<slug>` adds
 * that council's number.
 */
export const GET: APIRoute = ({ url }) => {
  const db = getDb();
  const confirmed = confirmedSupporters(db);
  const slug = url.searchParams.get('council');
  const council = slug && /^[a-z0-9-]{1,80}$/.test(slug) ? findCouncil(db, slug) : undefined;
  if (slug && !council) {
    return Response.json({ error: 'No council has that identifier.' }, { status: 404 });
  }
  return Response.json(
    {
      confirmed,
      next_milestone: nextMilestone(confirmed),
      ...(council && { council: { slug: council.slug, confirmed: council.supporters } }),
    },
    { headers: { 'Cache-Control': 'public, max-age=5', 'Access-Control-Allow-Origin': '*' } },
  );
};
