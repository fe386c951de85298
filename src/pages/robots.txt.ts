import type { APIRoute } from 'astro';
import { PRIVATE_PATHS } from '../lib/sharing/sitemap.ts';

/** Everything public may be indexed; the sitemap lists it. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\n${PRIVATE_PATHS.map((path) => `Disallow: ${path}\n`).join('')}Allow: /\n\n` +
      `Sitemap: ${new URL('/sitemap.xml', site)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
