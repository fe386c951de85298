import type { APIRoute } from 'astro';
import { getDb } from '../../../lib/db.ts';
import { configuredPayments } from '../../../lib/donations/stripe.ts';
import { handleStripeWebhook } from '../../../lib/donations/webhook.ts';
import { readEnv } from '../../../lib/env.ts';

export const prerender = false;

const env = readEnv();
const payments = configuredPayments();
/** Stripe's events are tens of kilobytes at most; anything far bigger is not from Stripe. */
const MAX_BODY = 512 * 1024;

/** Stripe tells us here that money arrived, failed, was refunded, or a monthly gift stopped. */
export const POST: APIRoute = async ({ request }) => {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  const body = declared > MAX_BODY ? '' : await request.text();
  if (declared > MAX_BODY || body.length > MAX_BODY) {
    return Response.json({ error: 'Too big.' }, { status: 413 });
  }
  const answer = await handleStripeWebhook(
    getDb(),
    payments,
    body,
    request.headers.get('Stripe-Signature'),
    { siteUrl: env.SITE_URL, now: new Date() },
  );
  return Response.json(
    answer.status === 200 ? { received: true, outcome: answer.outcome } : { error: answer.error },
    { status: answer.status },
  );
};
