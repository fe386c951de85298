import type { APIRoute } from 'astro';
import { getDb } from '../../lib/db.ts';
import { problemText } from '../../lib/i18n/problems.ts';
import { exportSupporterData } from '../../lib/site/privacy.ts';

export const prerender = false;

/** The supporter's data as a JSON file, for the link emailed after a privacy request. */
export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData().catch(() => undefined);
  const token = form?.get('token');
  const data =
    typeof token === 'string' && token.length <= 100
      ? exportSupporterData(getDb(), token, new Date())
      : undefined;
  if (!data) {
    const expired =
      'This link has expired or has already been used. Ask for a new one at /privacy/request.';
    return new Response(problemText(expired, form?.get('language') === 'cy' ? 'cy' : 'en'), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="my-data.json"',
      'Cache-Control': 'no-store',
    },
  });
};
