import type { APIRoute } from 'astro';
import { councilOgImage } from '../../../lib/councils/og-image.ts';
import { findCouncil } from '../../../lib/councils/queries.ts';
import { getDb } from '../../../lib/db.ts';

export const prerender = false;

/**
 * A council's link preview, saying where it stands now. Status changes at any time, so it is
 * drawn when first asked for and kept in memory until it does; browsers and link previewers may
 * keep it for five minutes and then ask again with its ETag.
 */
export const GET: APIRoute = async ({ params }) => {
  const council = findCouncil(getDb(), params.slug ?? '');
  if (!council) {
    return new Response('No council has this address.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { png, etag } = await councilOgImage(council);
  return new Response(png, {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=300',
      ETag: etag,
    },
  });
};
