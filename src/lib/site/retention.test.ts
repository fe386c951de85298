import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkoutCompleted,
  invoicePaid,
  paidGift,
  signed,
  subscriptionDeleted,
} from '../../../tests/fakes/stripe-events.ts';
import { startFakeStripe, type FakeStripe } from '../../../tests/fakes/stripe.ts';
import { InvalidationFilterSchema, invalidatePledges } from '../pledges/invalidation.ts';
import { createAccount } from '../admin/users.ts';
import type { Db } from '../db.ts';
import { startDonation } from '../donations/checkouts.ts';
import { GIFT_AID_DECLARATION } from '../donations/gift-aid.ts';
import { requestManageLink } from '../donations/manage.ts';
import { DonateFormSchema } from '../donations/schema.ts';
import { stripePayments, type Payments } from '../donations/stripe.ts';
import { handleStripeWebhook } from '../donations/webhook.ts';
import type { Transport } from '../email/transport.ts';
import { startOutboxWorker } from '../email/worker.ts';
import { createLetter, LetterFormSchema } from '../lobby/letters.ts';
import { confirmLetter } from '../lobby/letter-confirmation.ts';
import { answerFollowUp } from '../lobby/letter-replies.ts';
import { addComment, CommentFormSchema } from '../news/comments.ts';
import { confirmPledge, createPledge } from '../pledges/pledge.ts';
import { eraseSupporter, requestPrivacyLink } from './privacy.ts';
import { PledgeFormSchema } from '../pledges/schema.ts';
import { runRetention } from './retention.ts';
import { VERIFY_LINK_DAYS } from '../signing/link-lifetimes.ts';
import {
  approveSigningRequest,
  awaitingApproval,
  createSigningRequest,
  verifySigningRequest,
} from '../signing/requests.ts';
import { whereFound } from '../database-scans.ts';
import { checkLeadMemberForTest, openSeededDatabase, signingFormForTest } from './testing.ts';

/**
 * Each way the site forgets a person (a retention rule coming due, erasure on request, a fake
 * pledge removed) leaves nothing of them anywhere in the database: not in the emails it sent them
 * or about them, not in any other table. Each case makes the person as the forms would, lets the
 * outbox send what is due, moves the clock on and runs every retention rule the server runs, then
 * searches every text column of every table for their name (their address holds it too).
 */
const SITE = 'https://example.org.uk';
const DAY = 86_400_000;
const STRIPE_SECRET = 'whsec_retention_test';
const PERSON = {
  firstName: 'Quilla',
  lastName: 'Zanzibarova',
  email: 'Quilla.Zanzibarova+campaign@example.org',
};
const TRACES = [PERSON.firstName, PERSON.lastName];
/** The clock the records are made by: today, as the outbox stamps its rows by the real clock. */
const start = new Date();
const day = (n: number) => new Date(start.getTime() + n * DAY);

let stripe: FakeStripe;
let payments: Payments;
beforeAll(async () => {
  stripe = await startFakeStripe({ apiKey: 'sk_test_retention', webhookSecret: STRIPE_SECRET });
  payments = stripePayments({
    secretKey: 'sk_test_retention',
    webhookSecret: STRIPE_SECRET,
    apiUrl: stripe.url,
  });
});
afterAll(() => stripe.stop());

/** A provider that takes everything. */
const accepting: Transport = {
  name: 'test',
  send: async () => ({ ok: true, providerId: 'sent' }),
  sendBatch: async (messages) => ({ ok: true, providerIds: messages.map(() => null) }),
};

/** The outbox sends whatever is due at `at`, as the server's worker would then. */
async function sendDue(db: Db, at: Date) {
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
function tokenFor(db: Db, template: string): string {
  const text = db
    .prepare(
      `SELECT text FROM email_outbox WHERE template = ? AND to_address = ? AND state = 'queued'
       ORDER BY id DESC`,
    )
    .pluck()
    .get(template, PERSON.email) as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

function pledge(db: Db, at: Date, context: { council?: string; network?: string } = {}) {
  const councilId = context.council
    ? (db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(context.council) as number)
    : null;
  createPledge(
    db,
    PledgeFormSchema.parse({ ...PERSON, postcode: 'CF10 1AA', campaignEmails: 'on', from: '/' }),
    { now: at, siteUrl: SITE, councilId, network: context.network },
  );
}

function writeLetter(
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
function cardiffSigns(db: Db, at: Date) {
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
async function give(db: Db, frequency: 'one-off' | 'monthly', at: Date) {
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

describe('forgetting a person leaves nothing of them in any table', () => {
  it('an unconfirmed pledge, 30 days on, with the privacy link they asked for', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    pledge(db, start);
    requestPrivacyLink(db, PERSON.email, SITE, day(0.1));
    pledge(db, day(1)); // the confirmation again, with a new link
    await sendDue(db, day(1));
    expect(whereFound(db, TRACES)).not.toEqual([]);

    runRetention(db, day(31));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a letter never confirmed, once its link has expired', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    writeLetter(db, start);
    await sendDue(db, start);

    runRetention(db, day(8));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a letter sent, its copy, the councillors’ copies, the follow-up and a too-soon note, a year on', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    writeLetter(db, start);
    confirmLetter(db, tokenFor(db, 'confirm-letter'), { now: start, siteUrl: SITE, dailyCap: 50 });
    const replyToken = tokenFor(db, 'letter-follow-up');
    // Too soon: the writer is told so, by email (other words, or it would be held as a copy).
    writeLetter(
      db,
      day(2),
      `${PERSON.firstName} again: please offer a return interview to every child found.`,
    );
    expect(
      db
        .prepare("SELECT count(*) FROM email_outbox WHERE template = 'letter-too-soon'")
        .pluck()
        .get(),
    ).toBe(1);
    await sendDue(db, day(15));
    answerFollowUp(db, replyToken, 'yes', day(16));
    expect(whereFound(db, TRACES)).toContain('email_outbox.reply_to');

    runRetention(db, day(367));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a signing request never confirmed, a week after its link expired', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    createSigningRequest(
      db,
      signingFormForTest({ name: `${PERSON.firstName} ${PERSON.lastName}`, email: PERSON.email }),
      { now: start, siteUrl: SITE },
    );
    await sendDue(db, start);

    runRetention(db, day(VERIFY_LINK_DAYS + 8));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a gift never completed on Stripe’s page, after a week', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    await startDonation(
      db,
      payments,
      DonateFormSchema.parse({ frequency: 'one-off', amount: '10', email: PERSON.email }),
      { siteUrl: SITE, now: start },
    );

    runRetention(db, day(8));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a donor, seven years after their last payment, and not before', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    const { gift, send } = await give(db, 'monthly', start);
    requestManageLink(db, PERSON.email, SITE, day(1));
    await send(subscriptionDeleted(gift, day(2)));
    await sendDue(db, day(2));

    // HMRC asks charities to keep Gift Aid records for six years after the accounting period,
    // and the privacy page says we keep a donor's for seven after their last payment: the
    // address, the declaration's name and the receipts stay until then. The link to manage the
    // gift has long expired, and its email with it.
    runRetention(db, day(6 * 365));
    expect(whereFound(db, TRACES)).toEqual([
      'email_outbox.to_address',
      'donation_checkouts.email',
      'gift_aid_declarations.first_name',
      'gift_aid_declarations.last_name',
    ]);
    expect(db.prepare('SELECT template FROM email_outbox').pluck().all()).toEqual([
      'donation-receipt',
    ]);

    runRetention(db, day(7 * 365.25 + 2));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('erasure on request, all but the Gift Aid record the law requires', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    pledge(db, start, { council: 'cardiff' });
    confirmPledge(db, tokenFor(db, 'confirm-pledge'), start);
    writeLetter(db, start);
    confirmLetter(db, tokenFor(db, 'confirm-letter'), { now: start, siteUrl: SITE, dailyCap: 50 });
    addComment(
      db,
      CommentFormSchema.parse({
        post: '2013-09-first-anniversary',
        name: PERSON.firstName,
        email: PERSON.email,
        body: 'Every council should sign.',
      }),
      start,
    );
    cardiffSigns(db, start);
    await give(db, 'one-off', start);
    await sendDue(db, start);
    requestPrivacyLink(db, PERSON.email, SITE, day(1));
    const erase = tokenFor(db, 'privacy-link');
    await sendDue(db, day(1));

    expect(eraseSupporter(db, erase, day(1))).toBe(true);
    // The privacy page says so: asking us to delete your data does not delete Gift Aid records
    // before their seven years, because HMRC requires them.
    expect(whereFound(db, TRACES)).toEqual([
      'donation_checkouts.email',
      'gift_aid_declarations.first_name',
      'gift_aid_declarations.last_name',
    ]);
  });

  it('a fake pledge removed by an admin', async () => {
    const db = openSeededDatabase();
    checkLeadMemberForTest(db, 'kent');
    const filter = InvalidationFilterSchema.parse({ network: '203.0.113.7' });
    pledge(db, start, { council: 'cardiff', network: filter.network });
    confirmPledge(db, tokenFor(db, 'confirm-pledge'), start);
    pledge(db, day(1), { council: 'cardiff' }); // "you're already in"
    const adminId = cardiffSigns(db, day(1));
    await sendDue(db, day(1));

    expect(invalidatePledges(db, filter, 1, adminId, day(2))).toEqual({
      kind: 'invalidated',
      count: 1,
    });
    expect(whereFound(db, TRACES)).toEqual([]);
  });
});
