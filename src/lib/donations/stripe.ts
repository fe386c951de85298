import Stripe from 'stripe';
import { readEnv, type Env } from '../env.ts';
import type { Frequency } from './amount.ts';

/** What we ask Stripe for when someone chooses to give. */
export interface CheckoutRequest {
  reference: string;
  frequency: Frequency;
  amountPence: number;
  email: string;
  successUrl: string;
  cancelUrl: string;
}

/**
 * Everything the site asks of Stripe, and the only code that talks to it. Card details never
 * reach us: Stripe Checkout takes them on Stripe's own pages.
 */
export interface Payments {
  /** Starts a Checkout Session; returns its id and the Stripe page to send the giver to. */
  createCheckout(request: CheckoutRequest): Promise<{ id: string; url: string }>;
  /** A one-time link into Stripe's customer portal, where a monthly donor changes or stops. */
  createPortal(customerId: string, returnUrl: string): Promise<string>;
  /** The payment intent that paid an invoice (events about invoices do not carry it). */
  paymentIntentOfInvoice(invoiceId: string): Promise<string | null>;
  /** The event in a webhook body, if its signature is right; throws otherwise. */
  verifyEvent(body: string, signature: string): Stripe.Event;
}

/** The name given to the gift on Stripe's pages, receipts and statements. */
const GIFT_NAMES: Record<Frequency, string> = {
  'one-off': 'A gift to make young runaways safe',
  monthly: 'A monthly gift to make young runaways safe',
};

export function stripePayments(options: {
  secretKey: string;
  webhookSecret: string | undefined;
  apiUrl: string;
}): Payments {
  const api = new URL(options.apiUrl);
  const stripe = new Stripe(options.secretKey, {
    protocol: api.protocol === 'http:' ? 'http' : 'https',
    host: api.hostname,
    ...(api.port && { port: api.port }),
    // A person is waiting on the other side of each call.
    timeout: 10_000,
    maxNetworkRetries: 2,
    appInfo: { name: 'make-runaways-safe' },
  });
  return {
    async createCheckout(request) {
      const metadata = { donation_reference: request.reference };
      const price = {
        currency: 'gbp',
        unit_amount: request.amountPence,
        product_data: { name: GIFT_NAMES[request.frequency] },
        ...(request.frequency === 'monthly' && { recurring: { interval: 'month' as const } }),
      };
      const session = await stripe.checkout.sessions.create(
        {
          mode: request.frequency === 'monthly' ? 'subscription' : 'payment',
          line_items: [{ price_data: price, quantity: 1 }],
          customer_email: request.email,
          client_reference_id: request.reference,
          metadata,
          ...(request.frequency === 'monthly'
            ? { subscription_data: { metadata } }
            : { payment_intent_data: { metadata }, submit_type: 'donate' as const }),
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        // A retry of the same request (a timeout, a double press) gets the same session.
        { idempotencyKey: `checkout-${request.reference}` },
      );
      if (!session.url) throw new Error(`Checkout session ${session.id} has no address`);
      return { id: session.id, url: session.url };
    },
    async createPortal(customerId, returnUrl) {
      const session = await stripe.billingPortal.sessions.create({
        customer: customerId,
        return_url: returnUrl,
      });
      return session.url;
    },
    async paymentIntentOfInvoice(invoiceId) {
      const payments = await stripe.invoicePayments.list({ invoice: invoiceId, limit: 10 });
      const paid = payments.data.find((payment) => payment.payment.payment_intent);
      const intent = paid?.payment.payment_intent;
      return typeof intent === 'string' ? intent : (intent?.id ?? null);
    },
    verifyEvent(body, signature) {
      if (!options.webhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET is not set');
      return stripe.webhooks.constructEvent(body, signature, options.webhookSecret);
    },
  };
}

let configured: { payments: Payments | undefined } | undefined;

/**
 * Stripe as configured, one client for the process (the donate form and the webhook share it),
 * or undefined when no key is set: donations are then turned off.
 */
export function configuredPayments(): Payments | undefined {
  if (!configured) {
    const env = readEnv();
    configured = {
      payments: env.STRIPE_SECRET_KEY
        ? stripePayments({
            secretKey: env.STRIPE_SECRET_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            apiUrl: env.STRIPE_API_URL,
          })
        : undefined,
    };
  }
  return configured.payments;
}

/**
 * A Stripe failure for the log: its kind, code and status, never its message, which can quote
 * what was sent (an email address, say).
 */
export function describeStripeError(error: unknown): string {
  if (error instanceof Stripe.errors.StripeError) {
    return [error.type, error.code, error.statusCode].filter(Boolean).join(' ');
  }
  return error instanceof Error ? error.name : 'unknown error';
}

/**
 * The form-action directive for a page whose form leads on to Stripe's own pages (a redirect
 * after a form post must be allowed by the page's policy too). Only the donate pages add it.
 */
export function stripeFormAction(env: Env): `form-action ${string}` {
  return `form-action 'self' ${env.STRIPE_PAGE_ORIGINS}`;
}
