import Stripe from 'stripe';

/**
 * Stripe events as Stripe sends them (API version 2026-10-28), trimmed to the fields a
 * webhook handler reads, for the fake Stripe and for unit tests.
 */
let serial = 0;
export const stripeId = (prefix: string) => `${prefix}_test_${Date.now().toString(36)}${++serial}`;
const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

export function stripeEvent(type: string, object: object, at = new Date()): Stripe.Event {
  return {
    id: stripeId('evt'),
    object: 'event',
    api_version: '2026-10-28.endive',
    created: seconds(at),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  } as unknown as Stripe.Event;
}

/** The body and Stripe-Signature header of a webhook call, signed as Stripe signs them. */
export function signed(event: Stripe.Event, secret: string): { body: string; signature: string } {
  const body = JSON.stringify(event);
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) };
}

export interface PaidGift {
  reference: string;
  mode: 'payment' | 'subscription';
  amount: number;
  email: string;
  customer: string;
  paymentIntent: string;
  subscription?: string;
  invoice?: string;
}

/** The ids Stripe makes when a Checkout Session is paid: a customer, a payment, and for a monthly gift a subscription and its first invoice. */
export function paidGift(
  session: Pick<PaidGift, 'reference' | 'mode' | 'amount' | 'email'>,
): PaidGift {
  return {
    reference: session.reference,
    mode: session.mode,
    amount: session.amount,
    email: session.email,
    customer: stripeId('cus'),
    paymentIntent: stripeId('pi'),
    ...(session.mode === 'subscription' && {
      subscription: stripeId('sub'),
      invoice: stripeId('in'),
    }),
  };
}

export function checkoutCompleted(gift: PaidGift, at?: Date): Stripe.Event {
  return stripeEvent(
    'checkout.session.completed',
    {
      id: stripeId('cs'),
      object: 'checkout.session',
      mode: gift.mode,
      client_reference_id: gift.reference,
      metadata: { donation_reference: gift.reference },
      customer: gift.customer,
      customer_details: { email: gift.email },
      amount_total: gift.amount,
      currency: 'gbp',
      status: 'complete',
      payment_status: 'paid',
      payment_intent: gift.mode === 'payment' ? gift.paymentIntent : null,
      subscription: gift.subscription ?? null,
    },
    at,
  );
}

export function invoicePaid(gift: PaidGift, at = new Date()): Stripe.Event {
  return stripeEvent(
    'invoice.paid',
    {
      id: gift.invoice,
      object: 'invoice',
      customer: gift.customer,
      customer_email: gift.email,
      amount_paid: gift.amount,
      currency: 'gbp',
      status: 'paid',
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: {
          subscription: gift.subscription,
          metadata: { donation_reference: gift.reference },
        },
      },
      status_transitions: { paid_at: seconds(at) },
    },
    at,
  );
}

export function subscriptionDeleted(gift: PaidGift, at?: Date): Stripe.Event {
  return stripeEvent(
    'customer.subscription.deleted',
    {
      id: gift.subscription,
      object: 'subscription',
      customer: gift.customer,
      status: 'canceled',
      metadata: { donation_reference: gift.reference },
      canceled_at: seconds(at ?? new Date()),
    },
    at,
  );
}

/** Stripe reports the total refunded so far on the charge, not this refund alone. */
export function chargeRefunded(
  paymentIntent: string,
  totalRefunded: number,
  charge = stripeId('ch'),
): Stripe.Event {
  return stripeEvent('charge.refunded', {
    id: charge,
    object: 'charge',
    payment_intent: paymentIntent,
    amount_refunded: totalRefunded,
    refunded: true,
  });
}

export function paymentFailed(reference: string, paymentIntent = stripeId('pi')): Stripe.Event {
  return stripeEvent('payment_intent.payment_failed', {
    id: paymentIntent,
    object: 'payment_intent',
    metadata: { donation_reference: reference },
    last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' },
  });
}
