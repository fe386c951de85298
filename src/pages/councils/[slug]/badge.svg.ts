import type { APIRoute } from 'astro';
import { findCouncil } from '../../../lib/councils/queries.ts';
import { getDb } from '../../../lib/db.ts';
import { badgeSvg } from '../../../lib/signing/badge.ts';

export const prerender = false;

/**
 * A signed council's badge, for its own website. Status only moves forward, so once a council has
 * signed its badge never changes: other sites' visitors may keep it for a day. Councils that have
 * not signed get a 404, so a badge can never claim a signature that is not on record.
 */
export const GET: APIRoute = ({ params }) => {
  const council = findCouncil(getDb(), params.slug ?? '');
  const signed = council?.history.find((event) => event.status === 'signed');
  if (!council || !signed) {
    return new Response('There is no badge: this council has not signed the charter.\n', {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=60',
      },
    });
  }
  return new Response(badgeSvg(council.officialName, signed.occurredOn), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      ETag: `"badge-${council.slug}-${signed.occurredOn}"`,
      // Shown on other sites' pages, so other sites may load it; and, opened on its own, it
      // may run nothing and load nothing.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
};
