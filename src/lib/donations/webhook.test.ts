import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  chargeRefunded,
  checkoutCompleted,
  invoicePaid,
  paidGift,
  paymentFailed,
  signed,
  stripeEvent,
  stripeId,
  subscriptionDeleted,
  type PaidGift,
} from '../../../tests/fakes/stripe-events.ts';
import { startFakeStripe, type FakeStripe } from '../../../tests/fakes/stripe.ts';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { checkoutStatus, startDonation, unpaidCheckout } from './checkouts.ts';
import { giftAidScheduleQuery } from './gift-aid-schedule.ts';

function giftAidScheduleRows(db: Db, range: { from?: string; to?: string } = {}) {
  const { sql, params } = giftAidScheduleQuery(range);
  return db
    .prepare(sql)
    .raw()
    .all(...params);
}
import { GIFT_AID_DECLARATION } from './gift-aid.ts';
import { findManagedGift, requestManageLink } from './manage.ts';
import { deleteAbandonedCheckouts, forgetOldDonors } from './retention.ts';
import { DonateFormSchema } from './schema.ts';
import { stripePayments, type Payments } from './stripe.ts';
import { donationTotals } from './totals.ts';
import { handleStripeWebhook } from './webhook.ts';

const SITE = 'https://example.org.uk';
const SECRET = 'whsec_unit_test_secret';
const now = new Date('2026-11-25T10:00:00Z');

let fake: FakeStripe;
let payments: Payments;
let db: Db;

beforeAll(async () => {
  fake = await startFakeStripe({ apiKey: 'sk_test_unit', webhookSecret: SECRET });
  payments = stripePayments({ secretKey: 'sk_test_unit', webhookSecret: SECRET, apiUrl: fake.url });
});
afterAll(() => fake.stop());
beforeEach(() => {
  db = openSeededDatabase();
});

const send = (event: Stripe.Event, secret = SECRET) => {
  const { body, signature } = signed(event, secret);
  return handleStripeWebhook(db, payments, body, signature, { siteUrl: SITE, now });
};

/** Starts a gift through the fake Stripe, as the donate form does, and returns what Stripe would make. */
async function give(
  frequency: 'one-off' | 'monthly',
  amount = '25',
  giftAid = true,
): Promise<PaidGift> {
  const form = DonateFormSchema.parse({
    frequency,
    amount,
    email: 'giver@example.org',
    ...(giftAid && {
      giftAid: 'yes',
      giftAidVersion: GIFT_AID_DECLARATION.version,
      firstName: 'Ada',
      lastName: 'Lovelace-King',
      house: '12',
      postcode: 'SW1A 1AA',
    }),
  });
  const started = await startDonation(db, payments, form, { siteUrl: SITE, now });
  expect(started.kind).toBe('checkout');
  return paidGift(fake.sessions.at(-1)!);
}

const count = (table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const receipts = () =>
  db
    .prepare(
      'SELECT to_address AS "to", subject, text FROM email_outbox WHERE template = \'donation-receipt\'',
    )
    .all() as { to: string; subject: string; text: string }[];

describe('starting a gift', () => {
  it('asks Stripe for a Checkout page carrying our reference, and keeps the declaration', async () => {
    const gift = await give('monthly');
    const session = fake.sessions.at(-1)!;
    expect(session).toMatchObject({
      mode: 'subscription',
      amount: 2500,
      email: 'giver@example.org',
    });
    expect(session.successUrl).toBe(`${SITE}/donate/thanks?ref=${gift.reference}`);
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
    expect(db.prepare('SELECT text_version FROM gift_aid_declarations').pluck().get()).toBe(
      GIFT_AID_DECLARATION.version,
    );
    expect(checkoutStatus(db, gift.reference)).toMatchObject({ received: false, giftAid: true });
  });

  it('gives back only how often and how much to someone who left Stripe without paying', async () => {
    // Whoever holds the return address (browser history, a shared screen) learns nothing of the giver.
    const gift = await give('monthly', '12.50');
    expect(unpaidCheckout(db, gift.reference)).toEqual({ frequency: 'monthly', amountPence: 1250 });
  });

  it('says so, charging nothing, when Stripe cannot be reached', async () => {
    const down = stripePayments({
      secretKey: 'sk',
      webhookSecret: SECRET,
      apiUrl: 'http://127.0.0.1:9',
    });
    const form = DonateFormSchema.parse({
      frequency: 'one-off',
      amount: '10',
      email: 'a@example.org',
    });
    expect(await startDonation(db, down, form, { siteUrl: SITE, now })).toEqual({
      kind: 'stripe-failed',
    });
  });
});

describe('the Stripe webhook', () => {
  it('refuses a bad signature and stores nothing', async () => {
    const gift = await give('one-off');
    expect(await send(checkoutCompleted(gift), 'whsec_someone_else')).toEqual({
      status: 400,
      error: 'The signature is missing or wrong.',
    });
    const { body } = signed(checkoutCompleted(gift), SECRET);
    expect(
      (await handleStripeWebhook(db, payments, body, null, { siteUrl: SITE, now })).status,
    ).toBe(400);
    expect([count('stripe_events'), count('donations'), receipts().length]).toEqual([0, 0, 0]);
  });

  it('records a one-off gift once, however often the event comes', async () => {
    const gift = await give('one-off');
    const event = checkoutCompleted(gift);
    expect(await send(event)).toEqual({ status: 200, outcome: 'recorded' });
    expect(await send(event)).toEqual({ status: 200, outcome: 'duplicate' });
    expect(count('donations')).toBe(1);
    expect(receipts()).toEqual([
      expect.objectContaining({ to: 'giver@example.org', subject: 'Your receipt: £25 gift' }),
    ]);
    expect(receipts()[0]!.text).toContain('we will claim £6.25 from HMRC');
    expect(checkoutStatus(db, gift.reference)).toMatchObject({ received: true });
    expect(donationTotals(db, now)).toMatchObject({
      oneOff: { gifts: 1, pence: 2500 },
      giftAid: { payments: 1, pence: 2500, claimablePence: 625 },
    });
  });

  it('ends right when the first invoice is paid before Checkout says it completed', async () => {
    const gift = await give('monthly');
    fake.registerInvoicePayment(gift.invoice!, gift.paymentIntent);
    expect((await send(invoicePaid(gift))).status).toBe(200);
    expect(checkoutStatus(db, gift.reference)).toMatchObject({ received: true });
    expect((await send(checkoutCompleted(gift))).status).toBe(200);
    expect(
      db.prepare('SELECT frequency, amount_pence, stripe_payment_intent_id FROM donations').all(),
    ).toEqual([
      { frequency: 'monthly', amount_pence: 2500, stripe_payment_intent_id: gift.paymentIntent },
    ]);
    expect(receipts()).toHaveLength(1);
    expect(receipts()[0]!.subject).toBe('Your receipt: £25 monthly gift');
    const link = /\/donate\/manage\?token=([\w-]+)/.exec(receipts()[0]!.text)![1]!;
    expect(findManagedGift(db, link, now)).toEqual({
      customerId: gift.customer,
      activeAmounts: [2500],
    });
    expect(donationTotals(db, now)).toMatchObject({
      monthly: { payments: 1, pence: 2500 },
      activeMonthly: { donors: 1, pencePerMonth: 2500 },
    });
    // The next month's payment is another donation, with its own receipt.
    const month2 = { ...gift, invoice: stripeId('in'), paymentIntent: stripeId('pi') };
    await send(invoicePaid(month2, new Date('2026-12-25T10:00:00Z')));
    expect([count('donations'), receipts().length]).toEqual([2, 2]);
  });

  it('emails a monthly donor who asks a link to manage their gift, three a day at most', async () => {
    const gift = await give('monthly');
    fake.registerInvoicePayment(gift.invoice!, gift.paymentIntent);
    await send(checkoutCompleted(gift));
    await send(invoicePaid(gift));
    for (let n = 0; n < 4; n += 1) requestManageLink(db, 'Giver@example.org', SITE, now);
    requestManageLink(db, 'someone-else@example.org', SITE, now);
    expect(
      db
        .prepare("SELECT to_address FROM email_outbox WHERE template = 'donation-manage-link'")
        .pluck()
        .all(),
    ).toEqual(Array(3).fill('Giver@example.org'));
  });

  it('keeps a monthly gift cancelled, whichever event about it arrives last', async () => {
    const gift = await give('monthly');
    await send(subscriptionDeleted(gift));
    await send(invoicePaid(gift));
    await send(checkoutCompleted(gift));
    expect(db.prepare('SELECT state FROM donation_subscriptions').pluck().all()).toEqual([
      'cancelled',
    ]);
    expect(donationTotals(db, now).activeMonthly).toEqual({ donors: 0, pencePerMonth: 0 });
    // The payment that did arrive still counts.
    expect(donationTotals(db, now).monthly.pence).toBe(2500);
  });

  it('takes refunds off the totals, even one reported before its payment', async () => {
    const first = await give('one-off', '40');
    const second = await give('one-off', '10', false);
    await send(checkoutCompleted(first));
    await send(chargeRefunded(second.paymentIntent, 1000));
    await send(checkoutCompleted(second));
    const charge = stripeId('ch');
    await send(chargeRefunded(first.paymentIntent, 1500, charge));
    // Stripe's running total arriving late changes nothing.
    await send(chargeRefunded(first.paymentIntent, 500, charge));
    expect(donationTotals(db, now)).toMatchObject({
      oneOff: { gifts: 1, pence: 2500 },
      refundedPence: 2500,
      giftAid: { pence: 2500, claimablePence: 625 },
    });
  });

  it('tells the thank-you page when a payment failed, until one succeeds', async () => {
    const gift = await give('one-off');
    await send(paymentFailed(gift.reference));
    expect(checkoutStatus(db, gift.reference)).toMatchObject({
      received: false,
      failure: 'insufficient_funds',
    });
    expect(donationTotals(db, now).failedLast30Days).toBe(1);
    await send(checkoutCompleted(gift));
    expect(checkoutStatus(db, gift.reference)).toMatchObject({ received: true, failure: null });
  });

  it('ignores events about payments this site did not start, and refuses malformed ones', async () => {
    const stranger: PaidGift = {
      reference: 'not-one-of-ours-000000000',
      mode: 'payment',
      amount: 500,
      email: 'x@example.org',
      customer: stripeId('cus'),
      paymentIntent: stripeId('pi'),
    };
    expect(await send(checkoutCompleted(stranger))).toEqual({ status: 200, outcome: 'ignored' });
    expect(await send(stripeEvent('customer.created', { id: 'cus_1' }))).toEqual({
      status: 200,
      outcome: 'ignored',
    });
    expect(
      (await send(stripeEvent('invoice.paid', { id: 'in_1', amount_paid: 'lots' }))).status,
    ).toBe(400);
    expect(count('donations')).toBe(0);
  });

  it('answers 503 when donations are not set up', async () => {
    expect(await handleStripeWebhook(db, undefined, '{}', 'sig', { siteUrl: SITE, now })).toEqual({
      status: 503,
      error: 'Donations are not set up on this site.',
    });
  });
});

describe('Gift Aid and retention', () => {
  it('exports declared, unrefunded gifts in the columns of HMRC’s schedule', async () => {
    const declared = await give('one-off', '25');
    const refunded = await give('one-off', '50');
    const undeclared = await give('one-off', '10', false);
    for (const gift of [declared, refunded, undeclared]) await send(checkoutCompleted(gift));
    await send(chargeRefunded(refunded.paymentIntent, 5000));
    const paidOn = new Date().toISOString().slice(0, 10);
    const [y, m, d] = paidOn.split('-');
    expect(giftAidScheduleRows(db)).toEqual([
      ['', 'Ada', 'Lovelace King', '12', 'SW1A 1AA', '', '', `${d}/${m}/${y!.slice(2)}`, '25.00'],
    ]);
    expect(giftAidScheduleRows(db, { from: '2000-01-01', to: '2000-12-31' })).toEqual([]);
    expect(giftAidScheduleRows(db, { from: paidOn, to: paidOn })).toHaveLength(1);
  });

  it('forgets unpaid checkouts after a week, and donors after seven years', async () => {
    const unpaid = await give('one-off');
    const paid = await give('one-off');
    await send(checkoutCompleted(paid));
    expect(deleteAbandonedCheckouts(db, new Date(now.getTime() + 6 * 86_400_000))).toBe(0);
    expect(deleteAbandonedCheckouts(db, new Date(now.getTime() + 8 * 86_400_000))).toBe(1);
    expect(checkoutStatus(db, unpaid.reference)).toBeUndefined();
    expect(forgetOldDonors(db, new Date(Date.now() + 8 * 365 * 86_400_000))).toBe(1);
    expect(db.prepare('SELECT email FROM donation_checkouts').pluck().all()).toEqual([null]);
    expect(count('gift_aid_declarations')).toBe(0);
    expect(donationTotals(db, now).oneOff.pence).toBe(2500);
  });
});
