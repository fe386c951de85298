import { describe, expect, it } from 'vitest';
import { subscriptionDeleted } from '../../../tests/fakes/stripe-events.ts';
import { whereFound } from '../database-scans.ts';
import { startDonation } from '../donations/checkouts.ts';
import { requestManageLink } from '../donations/manage.ts';
import { DonateFormSchema } from '../donations/schema.ts';
import { confirmLetter } from '../lobby/letter-confirmation.ts';
import { addComment, CommentFormSchema } from '../news/comments.ts';
import { InvalidationFilterSchema, invalidatePledges } from '../pledges/invalidation.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import { answerFollowUp } from '../lobby/letter-replies.ts';
import { createSigningRequest } from '../signing/requests.ts';
import { VERIFY_LINK_DAYS } from '../signing/link-lifetimes.ts';
import {
  cardiffSigns,
  day,
  give,
  payments,
  PERSON,
  pledge,
  seededWorld,
  sendDue,
  SITE,
  start,
  tokenFor,
  TRACES,
  useFakeStripe,
  writeLetter,
} from './forgetting.testing.ts';
import { eraseSupporter, requestPrivacyLink } from './privacy.ts';
import { runRetention } from './retention.ts';
import { signingFormForTest } from './testing.ts';

useFakeStripe();

describe('forgetting a person leaves nothing of them in any table', () => {
  it('an unconfirmed pledge, 30 days on, with the privacy link they asked for', async () => {
    const db = seededWorld();
    pledge(db, start);
    requestPrivacyLink(db, PERSON.email, SITE, day(0.1));
    pledge(db, day(1)); // the confirmation again, with a new link
    await sendDue(db, day(1));
    expect(whereFound(db, TRACES)).not.toEqual([]);

    await runRetention(db, day(31));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a letter never confirmed, once its link has expired', async () => {
    const db = seededWorld();
    writeLetter(db, start);
    await sendDue(db, start);

    await runRetention(db, day(8));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a letter sent, its copy, the councillors’ copies, the follow-up and a too-soon note, a year on', async () => {
    const db = seededWorld();
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

    await runRetention(db, day(367));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a signing request never confirmed, a week after its link expired', async () => {
    const db = seededWorld();
    createSigningRequest(
      db,
      signingFormForTest({ name: `${PERSON.firstName} ${PERSON.lastName}`, email: PERSON.email }),
      { now: start, siteUrl: SITE },
    );
    await sendDue(db, start);

    await runRetention(db, day(VERIFY_LINK_DAYS + 8));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a gift never completed on Stripe’s page, after a week', async () => {
    const db = seededWorld();
    await startDonation(
      db,
      payments,
      DonateFormSchema.parse({ frequency: 'one-off', amount: '10', email: PERSON.email }),
      { siteUrl: SITE, now: start },
    );

    await runRetention(db, day(8));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('a donor, seven years after their last payment, and not before', async () => {
    const db = seededWorld();
    const { gift, send } = await give(db, 'monthly', start);
    requestManageLink(db, PERSON.email, SITE, day(1));
    await send(subscriptionDeleted(gift, day(2)));
    await sendDue(db, day(2));

    // HMRC asks charities to keep Gift Aid records for six years after the accounting period,
    // and the privacy page says we keep a donor's for seven after their last payment: the
    // address, the declaration's name and the receipts stay until then. The link to manage the
    // gift has long expired, and its email with it.
    await runRetention(db, day(6 * 365));
    expect(whereFound(db, TRACES)).toEqual([
      'email_outbox.to_address',
      'donation_checkouts.email',
      'gift_aid_declarations.first_name',
      'gift_aid_declarations.last_name',
    ]);
    expect(db.prepare('SELECT template FROM email_outbox').pluck().all()).toEqual([
      'donation-receipt',
    ]);

    await runRetention(db, day(7 * 365.25 + 2));
    expect(whereFound(db, TRACES)).toEqual([]);
  });

  it('erasure on request, all but the Gift Aid record the law requires', async () => {
    const db = seededWorld();
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
    const db = seededWorld();
    const filter = InvalidationFilterSchema.parse({ network: '203.0.113.7' });
    pledge(db, start, { council: 'cardiff', network: filter.network });
    confirmPledge(db, tokenFor(db, 'confirm-pledge'), start);
    pledge(db, day(1), { council: 'cardiff' }); // "you're already in"
    const adminId = cardiffSigns(db, day(1));
    await sendDue(db, day(1));

    expect(await invalidatePledges(db, filter, 1, adminId, day(2))).toEqual({
      kind: 'invalidated',
      count: 1,
    });
    expect(whereFound(db, TRACES)).toEqual([]);
  });
});
