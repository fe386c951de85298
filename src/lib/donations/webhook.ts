import { ZodError } from 'zod';
import type { Db } from '../db.ts';
import { applyStripeEvent, isKnownEvent, type EventOutcome } from './events.ts';
import { describeStripeError, type Payments } from './stripe.ts';
import { log } from '../log.ts';

export type WebhookAnswer =
  { status: 200; outcome: EventOutcome } | { status: 400 | 503; error: string };

/**
 * Stripe's webhook: the signature over the raw body is checked before anything else, then the
 * event is applied once (see events.ts). A 4xx or 5xx answer makes Stripe try again later, for
 * up to three days, which is what we want when Stripe could not be asked a follow-up question.
 */
export async function handleStripeWebhook(
  db: Db,
  payments: Payments | undefined,
  body: string,
  signature: string | null,
  { siteUrl, now }: { siteUrl: string; now: Date },
): Promise<WebhookAnswer> {
  if (!payments) return { status: 503, error: 'Donations are not set up on this site.' };
  let event;
  try {
    event = payments.verifyEvent(body, signature ?? '');
  } catch {
    return { status: 400, error: 'The signature is missing or wrong.' };
  }
  if (isKnownEvent(db, event.id)) return { status: 200, outcome: 'duplicate' };
  let invoicePaymentIntent: string | null | undefined;
  if (event.type === 'invoice.paid') {
    try {
      invoicePaymentIntent = await payments.paymentIntentOfInvoice(event.data.object.id);
    } catch (error) {
      log.error(
        { event: event.id, stripe: describeStripeError(error) },
        'Stripe event: could not read its invoice',
      );
      return { status: 503, error: 'Stripe could not be asked about this invoice; try again.' };
    }
  }
  try {
    return {
      status: 200,
      outcome: applyStripeEvent(db, event, { invoicePaymentIntent }, { siteUrl, now }),
    };
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    log.error({ event: event.id, type: event.type }, 'Stripe event not in the shape we expect');
    return { status: 400, error: 'The event is not in the shape this site expects.' };
  }
}
