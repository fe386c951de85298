import { afterAll, beforeAll } from 'vitest';
import {
  checkoutCompleted,
  invoicePaid,
  paidGift,
  signed,
} from '../../../tests/fakes/stripe-events.ts';
import { startFakeStripe, type FakeStripe } from '../../../tests/fakes/stripe.ts';
import { createAccount } from '../admin/users.ts';
import type { Db } from '../db.ts';
import { startDonation } from '../donations/checkouts.ts';
import { GIFT_AID_DECLARATION } from '../donations/gift-aid.ts';
import { DonateFormSchema } from '../donations/schema.ts';
import { stripePayments, type Payments } from '../donations/stripe.ts';
import { handleStripeWebhook } from '../donations/webhook.ts';
import type { Transport } from '../email/transport.ts';
import { startOutboxWorker } from '../email/worker.ts';
import { createLetter, LetterFormSchema } from '../lobby/letters.ts';
import { createPledge } from '../pledges/pledge.ts';
import { PledgeFormSchema } from '../pledges/schema.ts';
import {
  approveSigningRequest,
  awaitingApproval,
  createSigningRequest,
  verifySigningRequest,
} from '../signing/requests.ts';
import { checkLeadMemberForTest, openSeededDatabase, signingFormForTest } from './testing.ts';

/**
 * A person for the tests of forgetting (retention.test.ts). Each way the site forgets a person (a retention rule coming due, erasure on request, a fake
 * pledge removed) leaves nothing of them anywhere in the database: not in the emails it sent them
 * or about them, not in any other table. Each case makes the person as the forms would, lets the
 * outbox send what is due, moves the clock on and runs every retention rule the server runs, then
 * searches every text column of every table for their name (their address holds it too).
 */
export const SITE = 'https://example.org.uk';
const DAY = 86_400_000;
const STRIPE_SECRET = 'whsec_retention_test';
export const PERSON = {
  firstName: 'Quilla',
  lastName: 'Zanzibarova',
  email: 'Quilla.Zanzibarova+campaign@example.org',
};
export const TRACES = [PERSON.firstName, PERSON.lastName];
/** The clock the records are made by: today, as the outbox stamps its rows by the real clock. */
export const start = new Date();
export const day = (n: number) => new Date(start.getTime() + n * DAY);

let stripe: FakeStripe;
/** Stripe's API and webhooks for gifts, faked for the test file that calls this once. */
export let payments: Payments;
export function useFakeStripe() {
  beforeAll(async () => {
    stripe = await startFakeStripe({ apiKey: 'sk_test_retention', webhookSecret: STRIPE_SECRET });
    payments = stripePayments({
      secretKey: 'sk_test_retention',
      webhookSecret: STRIPE_SECRET,
      apiUrl: stripe.url,
    });
  });
  afterAll(() => stripe.stop());
}

/** A database as the site starts, with Kent's lead member checked so letters there can go. */
export function seededWorld(): Db {
  const db = openSeededDatabase();
  checkLeadMemberForTest(db, 'kent');
  return db;
}

/** A provider that takes everything. */
const accepting: Transport = {
  name: 'test',
  send: async () => ({ ok: true, providerId: 'sent' }),
  sendBatch: async (messages) => ({ ok: true, providerIds: messages.map(() => null) }),
};

/** The outbox sends whatever is due at `at`, as the server's worker would then. */
export async function sendDue(db: Db, at: Date) {
  const worker = startOutboxWorker({
    db: () => db,
    transport: accepting,
    intervalMs: 60_000,
    now: () => at,
    log: () => {},
  });
  await worker.runOnce();
  await worker.stop();
}

/** The token in the newest email of this kind still waiting to go to the person. */
export function tokenFor(db: Db, template: string): string {
  const text = db
    .prepare(
      `SELECT text FROM email_outbox WHERE template = ? AND to_address = ? AND state = 'queued'
       ORDER BY id DESC`,
    )
    .pluck()
    .get(template, PERSON.email) as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

export function pledge(db: Db, at: Date, context: { council?: string; network?: string } = {}) {
  const councilId = context.council
    ? (db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(context.council) as number)
    : null;
  createPledge(
    db,
    PledgeFormSchema.parse({ ...PERSON, postcode: 'CF10 1AA', campaignEmails: 'on', from: '/' }),
    { now: at, siteUrl: SITE, councilId, network: context.network },
  );
}

export function writeLetter(
  db: Db,
  at: Date,
  ownWords = `I am ${PERSON.firstName} and I want every child who runs away to be asked why.`,
) {
  createLetter(
    db,
    LetterFormSchema.parse({
      council: 'kent',
      writerName: `${PERSON.firstName} ${PERSON.lastName}`,
      email: PERSON.email,
      postcode: 'CT1 1AA',
      subject: `${PERSON.lastName} asks you to sign the charter`,
      opening: '',
      ownWords,
    }),
    { kind: 'resident', ward: null },
    { now: at, siteUrl: SITE },
  );
}

/** Cardiff signs through the site: its supporters who asked for campaign emails are told. */
export function cardiffSigns(db: Db, at: Date) {
  createAccount(db, 'sam@campaign.example', 'campaigner', at);
  const adminId = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
  createSigningRequest(db, signingFormForTest(), { now: at, siteUrl: SITE });
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'signing-verify'")
    .pluck()
    .get() as string;
  verifySigningRequest(db, /token=([\w-]+)/.exec(text)![1]!, at);
  approveSigningRequest(db, awaitingApproval(db)[0]!.id, { adminId, now: at, siteUrl: SITE });
  return adminId;
}

/** A gift through the fake Stripe, as the donate form and Stripe's webhook make it. */
export async function give(db: Db, frequency: 'one-off' | 'monthly', at: Date) {
  await startDonation(
    db,
    payments,
    DonateFormSchema.parse({
      frequency,
      amount: '10',
      email: PERSON.email,
      giftAid: 'yes',
      giftAidVersion: GIFT_AID_DECLARATION.version,
      firstName: PERSON.firstName,
      lastName: PERSON.lastName,
      house: '7',
      postcode: 'CF10 1AA',
    }),
    { siteUrl: SITE, now: at },
  );
  const gift = paidGift(stripe.sessions.at(-1)!);
  const send = async (event: ReturnType<typeof checkoutCompleted>) => {
    const { body, signature } = signed(event, STRIPE_SECRET);
    await handleStripeWebhook(db, payments, body, signature, { siteUrl: SITE, now: at });
  };
  await send(checkoutCompleted(gift, at));
  if (frequency === 'monthly') {
    stripe.registerInvoicePayment(gift.invoice!, gift.paymentIntent);
    await send(invoicePaid(gift, at));
  }
  return { gift, send };
}
