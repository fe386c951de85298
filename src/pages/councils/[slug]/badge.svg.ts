import type { APIRoute } from 'astro';
import { findCouncil } from '../../../lib/councils/queries.ts';
import { getDb } from '../../../lib/db.ts';
import { badgeSvg } from '../../../lib/signing/badge.ts';

export const prerender = false;

/**
 * A signed council's badge, for its own website. It changes only when the council's record does
 * (a withdrawal, a correction), so other sites' visitors may keep it for an hour. Councils that
 * are not signed now get a 404, so a badge can never claim a signature that is not on record.
 */
export const GET: APIRoute = ({ params }) => {
  const council = findCouncil(getDb(), params.slug ?? '');
  const signed = council?.signing;
  if (!council || !signed) {
    return new Response('There is no badge: this council has not signed the charter.\n', {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=60',
      },
    });
  }
  return new Response(badgeSvg(council.officialName, signed, council.welshName), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      ETag: `"badge-${council.welshName ? 'cy-' : ''}${council.slug}-${signed.occurredOn}-${signed.precision}"`,
      // Shown on other sites' pages, so other sites may load it; and, opened on its own, it
      // may run nothing and load nothing.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
};
