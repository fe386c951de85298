import type Stripe from 'stripe';
import type { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { donationReceiptEmail } from './emails.tsx';
import { enqueueEmail } from '../email/outbox.ts';
import type { Frequency } from './amount.ts';
import { receiptEmailKey } from '../email/keys.ts';
import { createManageLink } from './manage.ts';
import {
  Charge,
  CheckoutSession,
  Invoice,
  PaymentIntent,
  referenceIn,
  Subscription,
} from './stripe-objects.ts';

export type EventOutcome =
  | 'recorded'
  | 'duplicate'
  /** Verified and ours to know about, but about nothing this site started (or not handled). */
  | 'ignored';

/** Facts an event needs that Stripe does not put in it, fetched before the transaction. */
export interface EventExtras {
  /** For invoice.paid: the payment intent that paid it, so a later refund finds the donation. */
  invoicePaymentIntent?: string | null;
}

interface Context {
  db: Db;
  siteUrl: string;
  now: Date;
  /** When Stripe says it happened (the event's `created`). */
  at: string;
}

const isoFromUnix = (seconds: number) => new Date(seconds * 1000).toISOString();

/** True once an event id has been acted on; a replay can then be answered without work. */
export function isKnownEvent(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM stripe_events WHERE id = ?').get(id) !== undefined;
}

/**
 * Applies one verified Stripe event, exactly once. The event's id is recorded in the same
 * transaction as its effects, so a replay, or the same event delivered twice at once, changes
 * nothing. Each effect is written so that events about one gift may arrive in any order: a
 * payment is keyed by its own Stripe id; a refund is kept apart and joined; a cancelled monthly
 * gift stays cancelled.
 */
export function applyStripeEvent(
  db: Db,
  event: Stripe.Event,
  extras: EventExtras,
  { siteUrl, now }: { siteUrl: string; now: Date },
): EventOutcome {
  const context: Context = { db, siteUrl, now, at: isoFromUnix(event.created) };
  const object = event.data.object as unknown;
  return db.transaction((): EventOutcome => {
    const fresh = statement(
      db,
      `INSERT INTO stripe_events (id, type, outcome, received_at) VALUES (?, ?, 'ignored', ?)
       ON CONFLICT (id) DO NOTHING`,
    ).run(event.id, event.type, now.toISOString()).changes;
    if (!fresh) return 'duplicate';
    const outcome = applyByType(context, event.type, object, extras);
    statement(db, 'UPDATE stripe_events SET outcome = ? WHERE id = ?').run(outcome, event.id);
    return outcome;
  })();
}

function applyByType(
  context: Context,
  type: string,
  object: unknown,
  extras: EventExtras,
): EventOutcome {
  switch (type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return checkoutCompleted(context, CheckoutSession.parse(object));
    case 'invoice.paid':
      return invoicePaid(context, Invoice.parse(object), extras.invoicePaymentIntent ?? null);
    case 'charge.refunded':
      return chargeRefunded(context, Charge.parse(object));
    case 'customer.subscription.deleted':
      return subscriptionDeleted(context, Subscription.parse(object));
    case 'payment_intent.payment_failed':
      return paymentFailed(context, PaymentIntent.parse(object));
    default:
      return 'ignored';
  }
}

interface CheckoutRow {
  id: number;
  frequency: Frequency;
  amountPence: number;
  email: string | null;
}

function findCheckout(db: Db, reference: string | null | undefined): CheckoutRow | undefined {
  if (!reference) return undefined;
  return statement(
    db,
    `SELECT id, frequency, amount_pence AS amountPence, email FROM donation_checkouts
     WHERE reference = ?`,
  ).get(reference) as CheckoutRow | undefined;
}

function checkoutCompleted(
  { db, siteUrl, now, at }: Context,
  session: z.infer<typeof CheckoutSession>,
): EventOutcome {
  const checkout = findCheckout(db, session.client_reference_id ?? referenceIn(session.metadata));
  if (!checkout) return 'ignored';
  markCompleted(db, checkout.id, session.customer ?? null, at);
  if (session.mode === 'subscription' && session.subscription && session.customer) {
    startSubscription(db, session.subscription, checkout, session.customer, at);
    return 'recorded';
  }
  // A one-off gift by a method that settles later (a bank debit) completes unpaid; its
  // async_payment_succeeded event records it.
  if (session.mode !== 'payment' || session.payment_status !== 'paid' || !session.payment_intent) {
    return 'recorded';
  }
  recordDonation(
    { db, siteUrl, now, at },
    checkout,
    {
      frequency: 'one-off',
      amountPence: session.amount_total ?? checkout.amountPence,
      paymentIntentId: session.payment_intent,
      invoiceId: null,
    },
    null,
  );
  return 'recorded';
}

function invoicePaid(
  context: Context,
  invoice: z.infer<typeof Invoice>,
  paymentIntentId: string | null,
): EventOutcome {
  const details = invoice.parent?.subscription_details;
  const checkout = findCheckout(context.db, referenceIn(details?.metadata));
  // A free invoice (a zero-amount first month) is no gift.
  if (!checkout || !details || invoice.amount_paid <= 0) return 'ignored';
  markCompleted(context.db, checkout.id, invoice.customer, context.at);
  startSubscription(context.db, details.subscription, checkout, invoice.customer, context.at);
  const paidAt = invoice.status_transitions?.paid_at;
  recordDonation(
    { ...context, at: paidAt ? isoFromUnix(paidAt) : context.at },
    checkout,
    {
      frequency: 'monthly',
      amountPence: invoice.amount_paid,
      paymentIntentId,
      invoiceId: invoice.id,
    },
    invoice.customer,
  );
  return 'recorded';
}

/** The giver finished on Stripe's pages; whichever event says so first sets the time. */
function markCompleted(db: Db, checkoutId: number, customerId: string | null, at: string): void {
  statement(
    db,
    `UPDATE donation_checkouts SET state = 'completed', completed_at = coalesce(completed_at, ?),
       stripe_customer_id = coalesce(stripe_customer_id, ?)
     WHERE id = ?`,
  ).run(at, customerId, checkoutId);
}

/** A monthly gift begins; if Stripe has already told us it ended, it stays ended. */
function startSubscription(
  db: Db,
  subscriptionId: string,
  checkout: CheckoutRow,
  customerId: string,
  at: string,
): void {
  statement(
    db,
    `INSERT INTO donation_subscriptions
       (stripe_subscription_id, checkout_id, stripe_customer_id, amount_pence, state, started_at)
     VALUES (?, ?, ?, ?, 'active', ?)
     ON CONFLICT (stripe_subscription_id) DO UPDATE SET started_at = min(started_at, excluded.started_at)`,
  ).run(subscriptionId, checkout.id, customerId, checkout.amountPence, at);
}

function subscriptionDeleted(
  { db, at }: Context,
  subscription: z.infer<typeof Subscription>,
): EventOutcome {
  const checkout = findCheckout(db, referenceIn(subscription.metadata));
  if (!checkout) return 'ignored';
  const cancelledAt = subscription.canceled_at ? isoFromUnix(subscription.canceled_at) : at;
  statement(
    db,
    `INSERT INTO donation_subscriptions
       (stripe_subscription_id, checkout_id, stripe_customer_id, amount_pence, state, started_at,
        cancelled_at)
     VALUES (?, ?, ?, ?, 'cancelled', ?, ?)
     ON CONFLICT (stripe_subscription_id) DO UPDATE SET state = 'cancelled',
       cancelled_at = coalesce(cancelled_at, excluded.cancelled_at)`,
  ).run(
    subscription.id,
    checkout.id,
    subscription.customer,
    checkout.amountPence,
    cancelledAt,
    cancelledAt,
  );
  return 'recorded';
}

function chargeRefunded({ db, at }: Context, charge: z.infer<typeof Charge>): EventOutcome {
  if (!charge.payment_intent) return 'ignored';
  // Stripe reports the total refunded so far; events may arrive out of order, so keep the most.
  statement(
    db,
    `INSERT INTO donation_refunds (stripe_charge_id, stripe_payment_intent_id, amount_refunded_pence, updated_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (stripe_charge_id) DO UPDATE SET
       amount_refunded_pence = max(amount_refunded_pence, excluded.amount_refunded_pence),
       updated_at = excluded.updated_at`,
  ).run(charge.id, charge.payment_intent, charge.amount_refunded, at);
  return 'recorded';
}

function paymentFailed({ db, at }: Context, intent: z.infer<typeof PaymentIntent>): EventOutcome {
  const checkout = findCheckout(db, referenceIn(intent.metadata));
  const error = intent.last_payment_error;
  const reason = (error?.decline_code ?? error?.code ?? 'payment_failed').slice(0, 200);
  statement(
    db,
    `INSERT INTO donation_payment_failures (stripe_payment_intent_id, checkout_id, reason, failed_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (stripe_payment_intent_id) DO UPDATE SET reason = excluded.reason,
       failed_at = excluded.failed_at`,
  ).run(intent.id, checkout?.id ?? null, reason, at);
  return 'recorded';
}

interface Payment {
  frequency: Frequency;
  amountPence: number;
  paymentIntentId: string | null;
  invoiceId: string | null;
}

/**
 * Records money received, once per Stripe payment, and queues its receipt in the same step: the
 * receipt goes exactly once, and only for money that arrived.
 */
function recordDonation(
  { db, siteUrl, now, at }: Context,
  checkout: CheckoutRow,
  payment: Payment,
  customerId: string | null,
): void {
  const inserted = statement(
    db,
    `INSERT INTO donations (checkout_id, frequency, amount_pence, stripe_payment_intent_id,
                            stripe_invoice_id, paid_at, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(
    checkout.id,
    payment.frequency,
    payment.amountPence,
    payment.paymentIntentId,
    payment.invoiceId,
    at,
    now.toISOString(),
  );
  if (!inserted.changes || !checkout.email) return;
  const declaredAt = statement(
    db,
    'SELECT declared_at FROM gift_aid_declarations WHERE checkout_id = ?',
  )
    .pluck()
    .get(checkout.id) as string | undefined;
  enqueueEmail(
    db,
    receiptEmailKey(inserted.lastInsertRowid),
    donationReceiptEmail({
      to: checkout.email,
      amountPence: payment.amountPence,
      frequency: payment.frequency,
      paidAt: at,
      giftAidDeclaredAt: declaredAt ?? null,
      manageUrl: customerId ? createManageLink(db, customerId, siteUrl, now) : undefined,
    }),
  );
}
