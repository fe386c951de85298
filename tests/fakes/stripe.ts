import { createServer, type ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import { listen, readBody, type FakeService } from './listen.ts';
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
  const sessions: FakeSession[] = [];
  const sent: SentEvent[] = [];
  const subscriptions = new Map<string, PaidGift>();
  const portals = new Map<string, { customer: string; returnUrl: string }>();
  const invoicePayments = new Map<string, string>();
  let webhookUrl = '';
  let base = '';
  /** Events held back per giver's email address, so tests running side by side do not meet. */
  const held = new Map<string, Stripe.Event[]>();

  async function deliver(events: Stripe.Event[], email = '') {
    const holding = held.get(email);
    if (holding) {
      holding.push(...events);
      return;
    }
    for (const e of events) {
      const { body, signature } = signed(e, options.webhookSecret);
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
        body,
      });
      sent.push({ id: e.id, type: e.type, status: response.status });
    }
  }

  /** The events a completed Checkout produces, in the order Stripe usually sends them. */
  function pay(session: FakeSession): Stripe.Event[] {
    const gift = paidGift(session);
    Object.assign(session, gift);
    if (!gift.subscription || !gift.invoice) return [checkoutCompleted(gift)];
    subscriptions.set(gift.subscription, gift);
    invoicePayments.set(gift.invoice, gift.paymentIntent);
    return [checkoutCompleted(gift), invoicePaid(gift)];
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const body = req.method === 'POST' ? await readBody(req) : '';
    const form = new URLSearchParams(body);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
    };
    const path = url.pathname;

    if (path.startsWith('/v1/')) {
      if (req.headers.authorization !== `Bearer ${options.apiKey}`) {
        return json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key' } });
      }
      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        const key = req.headers['idempotency-key'];
        const again = sessions.find((s) => key && `checkout-${s.reference}` === key);
        const id = again?.id ?? stripeId('cs');
        const session: FakeSession = again ?? {
          id,
          mode: form.get('mode') === 'subscription' ? 'subscription' : 'payment',
          amount: Number(form.get('line_items[0][price_data][unit_amount]')),
          email: form.get('customer_email') ?? '',
          reference: form.get('client_reference_id') ?? '',
          successUrl: form.get('success_url') ?? '',
          cancelUrl: form.get('cancel_url') ?? '',
          url: `${base}/pay/${id}`,
        };
        if (!again) sessions.push(session);
        return json(200, { id: session.id, object: 'checkout.session', url: session.url });
      }
      if (req.method === 'GET' && path === '/v1/invoice_payments') {
        const invoice = url.searchParams.get('invoice') ?? '';
        const intent = invoicePayments.get(invoice);
        return json(200, {
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
        });
      }
      if (req.method === 'POST' && path === '/v1/billing_portal/sessions') {
        const id = stripeId('bps');
        portals.set(id, {
          customer: form.get('customer') ?? '',
          returnUrl: form.get('return_url') ?? '',
        });
        return json(200, { id, object: 'billing_portal.session', url: `${base}/portal/${id}` });
      }
      return json(404, {
        error: { type: 'invalid_request_error', message: 'Unrecognized request URL' },
      });
    }

    const session = sessions.find((s) => path.startsWith(`/pay/${s.id}`));
    if (session && req.method === 'GET') {
      return page(
        res,
        'Fake Stripe Checkout',
        `<p>${session.mode === 'subscription' ? 'Monthly' : 'One-off'}: £${(session.amount / 100).toFixed(2)} for ${session.email}</p>` +
          `<form method="post" action="/pay/${session.id}"><button>Pay</button></form>` +
          `<form method="post" action="/pay/${session.id}/decline"><button>Pay with a card that is declined</button></form>` +
          `<p><a href="${session.cancelUrl}">Back</a></p>`,
      );
    }
    if (session && req.method === 'POST' && path.endsWith('/decline')) {
      await deliver([paymentFailed(session.reference)], session.email);
      res.writeHead(303, { Location: `/pay/${session.id}` }).end();
      return;
    }
    if (session && req.method === 'POST') {
      await deliver(pay(session), session.email);
      res.writeHead(303, { Location: session.successUrl }).end();
      return;
    }

    const portal = portals.get(path.split('/')[2] ?? '');
    if (portal && path.startsWith('/portal/') && req.method === 'GET') {
      return page(
        res,
        'Fake Stripe customer portal',
        `<form method="post" action="${path}/cancel"><button>Cancel subscription</button></form>` +
          `<p><a href="${portal.returnUrl}">Return</a></p>`,
      );
    }
    if (portal && path.endsWith('/cancel') && req.method === 'POST') {
      for (const gift of subscriptions.values()) {
        if (gift.customer === portal.customer) await deliver([subscriptionDeleted(gift)]);
      }
      res.writeHead(303, { Location: portal.returnUrl }).end();
      return;
    }

    if (path === '/_test/sessions') return json(200, sessions);
    if (path === '/_test/events') return json(200, sent);
    if (path === '/_test/hold' && req.method === 'POST') {
      held.set(url.searchParams.get('email') ?? '', []);
      return json(200, { holding: true });
    }
    if (path === '/_test/release' && req.method === 'POST') {
      const email = url.searchParams.get('email') ?? '';
      const events = held.get(email) ?? [];
      held.delete(email);
      await deliver(url.searchParams.get('order') === 'reverse' ? events.toReversed() : events);
      return json(200, { released: events.length });
    }
    if (path === '/_test/refund' && req.method === 'POST') {
      const intent = form.get('payment_intent') ?? '';
      await deliver([chargeRefunded(intent, Number(form.get('amount')))]);
      return json(200, { refunded: intent });
    }
    res.writeHead(404).end();
  });
  const service = await listen(server);
  base = service.url;
  return {
    ...service,
    sessions,
    sent,
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    registerInvoicePayment(invoice, paymentIntent) {
      invoicePayments.set(invoice, paymentIntent);
    },
  };
}
