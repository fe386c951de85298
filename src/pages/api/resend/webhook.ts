import type { APIRoute } from 'astro';
import { getDb } from '../../../lib/db.ts';
import { readEnv } from '../../../lib/env.ts';
import { handleResendWebhook } from '../../../lib/email/suppressions.ts';

export const prerender = false;

const env = readEnv();
/** Resend's events are small; anything much bigger is not from Resend. */
const MAX_BODY = 64 * 1024;

/** Resend tells us here of bounces and complaints, which stop campaign email to those addresses. */
export const POST: APIRoute = async ({ request }) => {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  const body = declared > MAX_BODY ? '' : await request.text();
  const outcome =
    declared > MAX_BODY || body.length > MAX_BODY
      ? ({ status: 413, error: 'Too big.' } as const)
      : handleResendWebhook(getDb(), env.RESEND_WEBHOOK_SECRET, body, request.headers, new Date());
  return Response.json(
    outcome.status === 200
      ? { ok: true, suppressed: outcome.suppressed }
      : { error: outcome.error },
    { status: outcome.status },
  );
};
