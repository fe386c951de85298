import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { countSupporters, nextMilestone } from './counts.ts';
import { emailKey } from '../email-address.ts';
import { confirmPledge, createPledge, unsubscribe } from './pledge.ts';
import { PledgeFormSchema, type PledgeForm } from './schema.ts';

const SITE = 'https://example.org.uk';
const start = new Date('2026-11-24T12:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

const form = (changes: Partial<Record<string, unknown>> = {}): PledgeForm =>
  PledgeFormSchema.parse({
    firstName: 'Jo',
    lastName: 'Bloggs',
    email: 'Jo.Bloggs@example.org',
    postcode: '',
    from: '/join',
    website: '',
    shownAt: '0',
    ...changes,
  });

function kentId(db: Db): number {
  return db.prepare("SELECT id FROM councils WHERE slug = 'kent'").pluck().get() as number;
}

/** The token in the newest confirmation email, as the supporter would follow it. */
function tokenFromLatestEmail(db: Db): string {
  const text = db
    .prepare(
      "SELECT text FROM email_outbox WHERE template = 'confirm-pledge' ORDER BY id DESC LIMIT 1",
    )
    .pluck()
    .get() as string;
  return /token=([A-Za-z0-9_-]+)/.exec(text)![1]!;
}

describe('emailKey', () => {
  it.each([
    ['Jo.Bloggs@Example.org ', 'jo.bloggs@example.org'],
    ['jo+campaign@example.org', 'jo@example.org'],
    ['J.O.Bloggs+x@googlemail.com', 'jobloggs@gmail.com'],
    ['jobloggs@gmail.com', 'jobloggs@gmail.com'],
  ])('%s is the same person as %s', (email, key) => expect(emailKey(email)).toBe(key));
});

describe('pledging and confirming', () => {
  it('stores a new pledge as pending, with its consent and a confirmation email, all at once', () => {
    const db = openSeededDatabase();
    const outcome = createPledge(db, form({ campaignEmails: 'on' }), {
      now: start,
      siteUrl: SITE,
      councilId: kentId(db),
    });
    expect(outcome).toBe('created');
    expect(db.prepare('SELECT state, first_name, council_id FROM supporters').get()).toEqual({
      state: 'pending',
      first_name: 'Jo',
      council_id: kentId(db),
    });
    expect(
      db
        .prepare('SELECT purpose, text_version, source_page FROM consent_records ORDER BY id')
        .all(),
    ).toEqual([
      { purpose: 'pledge', text_version: 'pledge-2026-11-24', source_page: '/join' },
      {
        purpose: 'campaign_emails',
        text_version: 'campaign-emails-2026-11-24',
        source_page: '/join',
      },
    ]);
    expect(db.prepare('SELECT template, to_address FROM email_outbox').all()).toEqual([
      { template: 'confirm-pledge', to_address: 'Jo.Bloggs@example.org' },
    ]);
    // Only a hash of the token is stored.
    const token = tokenFromLatestEmail(db);
    expect(
      db.prepare('SELECT count(*) FROM supporters WHERE confirm_token_hash = ?').pluck().get(token),
    ).toBe(0);
    expect(countSupporters(db).online).toBe(0);
  });

  it('does not record consent to campaign emails unless the box was ticked', () => {
    const db = openSeededDatabase();
    createPledge(db, form(), { now: start, siteUrl: SITE, councilId: null });
    expect(db.prepare('SELECT purpose FROM consent_records').pluck().all()).toEqual(['pledge']);
  });

  it('counts a pledge once it is confirmed, in total and in its council, exactly once', () => {
    const db = openSeededDatabase();
    createPledge(db, form(), { now: start, siteUrl: SITE, councilId: kentId(db) });
    const token = tokenFromLatestEmail(db);
    const confirmed = confirmPledge(db, token, later(5));
    expect(confirmed).toMatchObject({ kind: 'confirmed', councilSlug: 'kent' });
    // The same share code both times: the thank-you page shows the same links again.
    expect(confirmPledge(db, token, later(6))).toEqual({
      kind: 'already-confirmed',
      councilSlug: 'kent',
      shareCode: (confirmed as { shareCode: string }).shareCode,
    });
    expect(countSupporters(db).online).toBe(1);
    expect(countSupporters(db, kentId(db)).online).toBe(1);
    expect(
      db.prepare("SELECT count(*) FROM supporters WHERE state = 'confirmed'").pluck().get(),
    ).toBe(1);
  });

  it('refuses an expired link and an invented one', () => {
    const db = openSeededDatabase();
    createPledge(db, form(), { now: start, siteUrl: SITE, councilId: null });
    const token = tokenFromLatestEmail(db);
    expect(confirmPledge(db, token, later(7 * 24 * 60 + 1))).toEqual({ kind: 'expired' });
    expect(confirmPledge(db, 'not-a-real-token', start)).toEqual({ kind: 'invalid' });
    expect(countSupporters(db).online).toBe(0);
  });

  it('resends a pending confirmation at most every 10 minutes, and the new link replaces the old', () => {
    const db = openSeededDatabase();
    createPledge(db, form(), { now: start, siteUrl: SITE, councilId: null });
    const first = tokenFromLatestEmail(db);
    expect(
      createPledge(db, form({ email: ' jo.bloggs+again@EXAMPLE.org' }), {
        now: later(5),
        siteUrl: SITE,
        councilId: null,
      }),
    ).toBe('throttled');
    expect(createPledge(db, form(), { now: later(11), siteUrl: SITE, councilId: null })).toBe(
      'confirmation-resent',
    );
    expect(db.prepare('SELECT count(*) FROM email_outbox').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM supporters').pluck().get()).toBe(1);
    expect(confirmPledge(db, first, later(12))).toEqual({ kind: 'invalid' });
    expect(confirmPledge(db, tokenFromLatestEmail(db), later(12)).kind).toBe('confirmed');
  });

  it("tells a confirmed supporter who pledges again that they're already in", () => {
    const db = openSeededDatabase();
    createPledge(db, form(), { now: start, siteUrl: SITE, councilId: null });
    confirmPledge(db, tokenFromLatestEmail(db), later(1));
    expect(createPledge(db, form(), { now: later(20), siteUrl: SITE, councilId: null })).toBe(
      'already-confirmed',
    );
    expect(db.prepare('SELECT template FROM email_outbox ORDER BY id').pluck().all()).toEqual([
      'confirm-pledge',
      'already-pledged',
    ]);
    expect(countSupporters(db).online).toBe(1);
  });

  it('sends one address at most three confirmation emails a day, however often the form is sent', () => {
    const db = openSeededDatabase();
    const outcomes = [0, 11, 22, 33].map((minutes) =>
      createPledge(db, form(), { now: later(minutes), siteUrl: SITE, councilId: null }),
    );
    expect(outcomes).toEqual([
      'created',
      'confirmation-resent',
      'confirmation-resent',
      'throttled',
    ]);
    expect(db.prepare('SELECT count(*) FROM email_outbox').pluck().get()).toBe(3);
    // The last link sent still works: a refused resend changes nothing.
    expect(confirmPledge(db, tokenFromLatestEmail(db), later(34)).kind).toBe('confirmed');
  });

  it('puts nothing typed into the form into the emails it sends', () => {
    const db = openSeededDatabase();
    const typed = form({ firstName: 'Claim your prize at prize.example', lastName: 'Now' });
    createPledge(db, typed, { now: start, siteUrl: SITE, councilId: null });
    confirmPledge(db, tokenFromLatestEmail(db), later(1));
    createPledge(db, typed, { now: later(20), siteUrl: SITE, councilId: null });
    const emails = db
      .prepare('SELECT template, subject || html || text AS words FROM email_outbox')
      .all() as { template: string; words: string }[];
    expect(emails.map((email) => email.template)).toEqual(['confirm-pledge', 'already-pledged']);
    for (const { words } of emails) expect(words).not.toContain('prize');
  });

  it('unsubscribes in one step, keeping the pledge', () => {
    const db = openSeededDatabase();
    createPledge(db, form({ campaignEmails: 'on' }), {
      now: start,
      siteUrl: SITE,
      councilId: null,
    });
    const key = db.prepare('SELECT unsubscribe_key FROM supporters').pluck().get() as string;
    expect(unsubscribe(db, key, later(1))).toBe(true);
    expect(unsubscribe(db, key, later(2))).toBe(true);
    expect(unsubscribe(db, 'unknown', later(2))).toBe(false);
    expect(db.prepare('SELECT wants_campaign_emails FROM supporters').pluck().get()).toBe(0);
    expect(
      db
        .prepare("SELECT withdrawn_at FROM consent_records WHERE purpose = 'campaign_emails'")
        .pluck()
        .get(),
    ).toBe(later(1).toISOString());
  });
});

describe('nextMilestone', () => {
  it.each([
    [0, 100],
    [100, 250],
    [7_499, 7_500],
    [120_000, 200_000],
  ])('after %i supporters the next goal is %i', (count, goal) =>
    expect(nextMilestone(count)).toBe(goal),
  );
});
