import type { APIRoute } from 'astro';
import {
  EXPORTS,
  exportCsvChunks,
  ExportRangeSchema,
  type ExportName,
} from '../../../lib/site/exports.ts';
import { can } from '../../../lib/admin/users.ts';
import { getDb } from '../../../lib/db.ts';
import { isoDay } from '../../../lib/format.ts';

export const prerender = false;

/**
 * A CSV export, by POST from the dashboard's buttons: taking personal data away is an action,
 * recorded in the audit log, so a link followed by a crawler or a prefetch cannot do it.
 */
export const POST: APIRoute = async ({ params, locals, request }) => {
  const admin = locals.admin;
  const name = params.name as ExportName;
  if (!admin || !can(admin.role, 'export')) {
    return new Response('Your account cannot export data.\n', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (!EXPORTS.includes(name)) return new Response(null, { status: 404 });
  const form = await request.formData().catch(() => undefined);
  const range = ExportRangeSchema.safeParse({
    from: form?.get('from') || undefined,
    to: form?.get('to') || undefined,
  });
  if (!range.success) {
    return new Response(`${range.error.issues[0]?.message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const now = new Date();
  // A download the person cancels closes the socket; the adapter then cancels this body
  // (astro/app/node writeResponse), which stops the query on its reader thread.
  const stop = new AbortController();
  const chunks = exportCsvChunks(getDb(), name, admin.id, now, range.data, stop.signal);
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // The adapter writes without waiting for the socket; this waits, so a slow download
        // holds a chunk or two, not the file (locals.responseDrained, from scripts/start.ts).
        await locals.responseDrained?.();
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        stop.abort();
        await chunks.return();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${isoDay(now)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
};
