import { describe, expect, it } from 'vitest';
import { whereFound } from '../database-scans.ts';
import { confirmLetter } from '../lobby/letter-confirmation.ts';
import { addComment, CommentFormSchema } from '../news/comments.ts';
import { InvalidationFilterSchema, invalidatePledges } from '../pledges/invalidation.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import {
  cardiffSigns,
  day,
  give,
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

useFakeStripe();

describe('forgetting a person on request, or as a fake, leaves nothing of them in any table', () => {
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

    expect(invalidatePledges(db, filter, 1, adminId, day(2))).toEqual({
      kind: 'invalidated',
      count: 1,
    });
    expect(whereFound(db, TRACES)).toEqual([]);
  });
});
