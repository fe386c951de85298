import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import { listen, readBody, sendJson, type FakeService } from './listen.ts';
import {
  chargeRefunded,
  checkoutCompleted,
  invoicePaid,
  paidGift,
  paymentFailed,
  signed,
  stripeId,
  subscriptionDeleted,
  type PaidGift,
} from './stripe-events.ts';

export interface FakeSession {
  id: string;
  mode: 'payment' | 'subscription';
  amount: number;
  email: string;
  reference: string;
  successUrl: string;
  cancelUrl: string;
  url: string;
  /** Set once paid: the ids Stripe would have made. */
  paymentIntent?: string;
  subscription?: string;
  customer?: string;
  invoice?: string;
}

export interface SentEvent {
  id: string;
  type: string;
  /** The status our webhook answered with. */
  status: number;
}

export interface FakeStripe extends FakeService {
  sessions: FakeSession[];
  sent: SentEvent[];
  /** Where events go: the site's webhook, known only once the site has started. */
  setWebhookUrl(url: string): void;
  /** Tells the fake which payment paid an invoice made outside it (in a unit test's event). */
  registerInvoicePayment(invoice: string, paymentIntent: string): void;
}

const page = (res: ServerResponse, title: string, body: string) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(
    `<!doctype html><html lang="en"><title>${title}</title><main><h1>${title}</h1>${body}</main></html>`,
  );
};

/** What the fake knows: the options it started with, and everything made or sent since. */
interface StripeState {
  options: { apiKey: string; webhookSecret: string };
  sessions: FakeSession[];
  sent: SentEvent[];
  subscriptions: Map<string, PaidGift>;
  portals: Map<string, { customer: string; returnUrl: string }>;
  invoicePayments: Map<string, string>;
  /** Events held back per giver's email address, so tests running side by side do not meet. */
  held: Map<string, Stripe.Event[]>;
  webhookUrl: string;
  base: string;
}

/** One request, as the handlers below read it. */
interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  path: string;
  form: URLSearchParams;
}

/** Signs and sends events to the site's webhook, unless this giver's events are held back. */
async function deliver(state: StripeState, events: Stripe.Event[], email = ''): Promise<void> {
  const holding = state.held.get(email);
  if (holding) {
    holding.push(...events);
    return;
  }
  for (const e of events) {
    const { body, signature } = signed(e, state.options.webhookSecret);
    const response = await fetch(state.webhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body,
    });
    state.sent.push({ id: e.id, type: e.type, status: response.status });
  }
}

/** The events a completed Checkout produces, in the order Stripe usually sends them. */
function pay(state: StripeState, session: FakeSession): Stripe.Event[] {
  const gift = paidGift(session);
  Object.assign(session, gift);
  if (!gift.subscription || !gift.invoice) return [checkoutCompleted(gift)];
  state.subscriptions.set(gift.subscription, gift);
  state.invoicePayments.set(gift.invoice, gift.paymentIntent);
  return [checkoutCompleted(gift), invoicePaid(gift)];
}

/** A Checkout Session, made once per idempotency key as Stripe makes it. */
function createCheckoutSession(state: StripeState, { req, form }: Call): FakeSession {
  const key = req.headers['idempotency-key'];
  const again = state.sessions.find((s) => key && `checkout-${s.reference}` === key);
  if (again) return again;
  const id = stripeId('cs');
  const session: FakeSession = {
    id,
    mode: form.get('mode') === 'subscription' ? 'subscription' : 'payment',
    amount: Number(form.get('line_items[0][price_data][unit_amount]')),
    email: form.get('customer_email') ?? '',
    reference: form.get('client_reference_id') ?? '',
    successUrl: form.get('success_url') ?? '',
    cancelUrl: form.get('cancel_url') ?? '',
    url: `${state.base}/pay/${id}`,
  };
  state.sessions.push(session);
  return session;
}

/** The list Stripe gives of the payments that paid an invoice. */
function invoicePaymentList(state: StripeState, invoice: string) {
  const intent = state.invoicePayments.get(invoice);
  return {
    object: 'list',
    has_more: false,
    url: '/v1/invoice_payments',
    data: intent
      ? [
          {
            id: stripeId('inpay'),
            object: 'invoice_payment',
            invoice,
            payment: { type: 'payment_intent', payment_intent: intent },
          },
        ]
      : [],
  };
}

/** The API calls the site makes (under /v1/), with its secret key. */
function answerApi(state: StripeState, call: Call): void {
  const { req, res, url, path, form } = call;
  if (req.headers.authorization !== `Bearer ${state.options.apiKey}`) {
    return sendJson(res, 401, {
      error: { type: 'invalid_request_error', message: 'Invalid API Key' },
    });
  }
  if (req.method === 'POST' && path === '/v1/checkout/sessions') {
    const session = createCheckoutSession(state, call);
    return sendJson(res, 200, { id: session.id, object: 'checkout.session', url: session.url });
  }
  if (req.method === 'GET' && path === '/v1/invoice_payments') {
    return sendJson(res, 200, invoicePaymentList(state, url.searchParams.get('invoice') ?? ''));
  }
  if (req.method === 'POST' && path === '/v1/billing_portal/sessions') {
    const id = stripeId('bps');
    state.portals.set(id, {
      customer: form.get('customer') ?? '',
      returnUrl: form.get('return_url') ?? '',
    });
    const portalUrl = `${state.base}/portal/${id}`;
    return sendJson(res, 200, { id, object: 'billing_portal.session', url: portalUrl });
  }
  sendJson(res, 404, {
    error: { type: 'invalid_request_error', message: 'Unrecognized request URL' },
  });
}

/** Stripe's Checkout page for a session: pay, pay with a declined card, or go back. */
async function answerCheckout(state: StripeState, call: Call, session: FakeSession) {
  const { req, res, path } = call;
  if (req.method === 'GET') {
    return page(
      res,
      'Fake Stripe Checkout',
      `<p>${session.mode === 'subscription' ? 'Monthly' : 'One-off'}: £${(session.amount / 100).toFixed(2)} for ${session.email}</p>` +
        `<form method="post" action="/pay/${session.id}"><button>Pay</button></form>` +
        `<form method="post" action="/pay/${session.id}/decline"><button>Pay with a card that is declined</button></form>` +
        `<p><a href="${session.cancelUrl}">Back</a></p>`,
    );
  }
  if (path.endsWith('/decline')) {
    await deliver(state, [paymentFailed(session.reference)], session.email);
    res.writeHead(303, { Location: `/pay/${session.id}` }).end();
    return;
  }
  await deliver(state, pay(state, session), session.email);
  res.writeHead(303, { Location: session.successUrl }).end();
}

/** The customer portal: cancelling ends the customer's monthly gifts. Says if it answered. */
async function answerPortal(state: StripeState, { req, res, path }: Call): Promise<boolean> {
  const portal = state.portals.get(path.split('/')[2] ?? '');
  if (portal && path.startsWith('/portal/') && req.method === 'GET') {
    page(
      res,
      'Fake Stripe customer portal',
      `<form method="post" action="${path}/cancel"><button>Cancel subscription</button></form>` +
        `<p><a href="${portal.returnUrl}">Return</a></p>`,
    );
    return true;
  }
  if (portal && path.endsWith('/cancel') && req.method === 'POST') {
    for (const gift of state.subscriptions.values()) {
      if (gift.customer === portal.customer) await deliver(state, [subscriptionDeleted(gift)]);
    }
    res.writeHead(303, { Location: portal.returnUrl }).end();
    return true;
  }
  return false;
}

/** What tests in other processes ask of the fake, under /_test/. */
async function answerTestControl(state: StripeState, { req, res, url, path, form }: Call) {
  if (path === '/_test/sessions') return sendJson(res, 200, state.sessions);
  if (path === '/_test/events') return sendJson(res, 200, state.sent);
  if (req.method !== 'POST') return res.writeHead(404).end();
  const email = url.searchParams.get('email') ?? '';
  if (path === '/_test/hold') {
    state.held.set(email, []);
    return sendJson(res, 200, { holding: true });
  }
  if (path === '/_test/release') {
    const events = state.held.get(email) ?? [];
    state.held.delete(email);
    const reverse = url.searchParams.get('order') === 'reverse';
    await deliver(state, reverse ? events.toReversed() : events);
    return sendJson(res, 200, { released: events.length });
  }
  if (path === '/_test/refund') {
    const intent = form.get('payment_intent') ?? '';
    await deliver(state, [chargeRefunded(intent, Number(form.get('amount')))]);
    return sendJson(res, 200, { refunded: intent });
  }
  res.writeHead(404).end();
}

/**
 * A stand-in for the parts of Stripe the site uses: the API calls (Checkout Sessions, invoice
 * payments, customer-portal sessions) and Stripe's own pages (Checkout, where "Pay" sends the
 * signed webhooks a real payment would, and the portal, where "Cancel" ends a monthly gift).
 * Events are signed with the SDK's test-header helper, as Stripe signs them.
 *
 * Tests in other processes steer it over HTTP: /_test/hold?email= keeps one giver's events back
 * and /_test/release?email= sends them (add `&order=reverse` to send them backwards);
 * /_test/refund refunds a payment; /_test/sessions and /_test/events show what happened.
 */
export async function startFakeStripe(options: {
  apiKey: string;
  webhookSecret: string;
}): Promise<FakeStripe> {
  const state: StripeState = {
    options,
    sessions: [],
    sent: [],
    subscriptions: new Map(),
    portals: new Map(),
    invoicePayments: new Map(),
    held: new Map(),
    webhookUrl: '',
    base: '',
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', state.base);
    const body = req.method === 'POST' ? await readBody(req) : '';
    const call: Call = { req, res, url, path: url.pathname, form: new URLSearchParams(body) };
    if (call.path.startsWith('/v1/')) return answerApi(state, call);
    const session = state.sessions.find((s) => call.path.startsWith(`/pay/${s.id}`));
    if (session && (req.method === 'GET' || req.method === 'POST')) {
      return answerCheckout(state, call, session);
    }
    if (await answerPortal(state, call)) return;
    if (call.path.startsWith('/_test/')) return answerTestControl(state, call);
    res.writeHead(404).end();
  });
  const service = await listen(server);
  state.base = service.url;
  return {
    ...service,
    sessions: state.sessions,
    sent: state.sent,
    setWebhookUrl(url) {
      state.webhookUrl = url;
    },
    registerInvoicePayment(invoice, paymentIntent) {
      state.invoicePayments.set(invoice, paymentIntent);
    },
  };
}
