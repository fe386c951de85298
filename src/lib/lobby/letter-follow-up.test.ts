import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { createLetter } from './letters.ts';
import { confirmLetter, findLetterForLink } from './letter-confirmation.ts';
import { answerFollowUp, findFollowUp } from './letter-replies.ts';
import { lettersSentByDay, repliesByCouncil } from './results.ts';
import { deleteStaleLetters } from './retention.ts';
import { days, now, SITE } from '../test-world.ts';
import {
  OWN_WORDS,
  OPENING,
  HOME,
  ready,
  form,
  confirmToken,
  publicLetterTally,
  sendLetter,
} from './testing.ts';

describe('after a letter is sent', () => {
  const followUp = (db: Db) =>
    db
      .prepare(
        "SELECT text, next_attempt_at AS notBefore FROM email_outbox WHERE template = 'letter-follow-up'",
      )
      .get() as { text: string; notBefore: string };

  it('greets each target by name and tells the writer who it went to', () => {
    const db = ready();
    sendLetter(db);
    const texts = db
      .prepare(
        "SELECT template, text FROM email_outbox WHERE template IN ('letter', 'letter-copy') ORDER BY id",
      )
      .all() as { template: string; text: string }[];
    const [toCouncillor, copy] = texts;
    // Only what the site has checked: the postcode, and the ward the lookup put it in.
    expect(toCouncillor!.text).toMatch(
      /^Sent on behalf of Ana Silva, whose postcode \(CF10 1AA\) we have checked is in the Butetown area of Cardiff/,
    );
    expect(toCouncillor!.text).not.toContain('constituent');
    expect(toCouncillor!.text).toContain(`Dear `);
    expect(toCouncillor!.text).toContain(`${OPENING}\n\n${OWN_WORDS}`);
    expect(toCouncillor!.text).toContain('Yours sincerely,\nAna Silva\nCF10 1AA\n');
    // Something to act on: where the council stands, the four steps, and where to sign.
    expect(toCouncillor!.text).toContain("Cardiff has not signed the Runaways' Charter");
    expect(toCouncillor!.text).toContain(`${SITE}/councils/cardiff`);
    expect(toCouncillor!.text).toContain(
      'Act when they come back, with an independent return interview.',
    );
    expect(toCouncillor!.text).toContain(`${SITE}/sign?council=cardiff`);
    expect(copy!.text).toMatch(/^This is a copy of the letter you sent to /);
  });

  it('asks the writer two weeks later whether anyone replied, and records the answer', () => {
    const db = ready();
    sendLetter(db);
    const { text, notBefore } = followUp(db);
    expect(notBefore).toBe('2026-12-08T10:00:00.000Z');
    const token = /reply\?token=([\w-]+)&answer=yes/.exec(text)![1]!;
    expect(findFollowUp(db, token)).toMatchObject({ councilName: 'Cardiff', answer: null });
    expect(answerFollowUp(db, token, 'not_yet', days(14))).toBe(true);
    expect(answerFollowUp(db, token, 'yes', days(20))).toBe(true);
    expect(findFollowUp(db, token)?.answer).toBe('yes');
    expect(answerFollowUp(db, 'invented', 'no', days(14))).toBe(false);
  });

  it('shows campaigners letters per day and reply rates once enough writers answer', () => {
    const db = ready();
    const answers = ['yes', 'yes', 'no', 'not_yet'] as const;
    const own = [
      'I fostered two teenagers who both ran away, and the return interviews made all the difference.',
      'As a teacher I see pupils go missing for days; the school is often the last to find out.',
      'My brother slept rough at fifteen after running from care and nobody came looking for him.',
      'I volunteer on a youth helpline and hear every week from children who feel nobody listens.',
      'Our town lost a young girl to exploitation after she ran away; I want that never to happen again.',
    ];
    const tokens = own.map((ownWords, i) => {
      sendLetter(db, { email: `w${i}@example.org`, opening: '', ownWords });
      return /reply\?token=([\w-]+)/.exec(
        db
          .prepare(
            "SELECT text FROM email_outbox WHERE template = 'letter-follow-up' ORDER BY id DESC",
          )
          .pluck()
          .get() as string,
      )![1]!;
    });
    answers.forEach((answer, i) => answerFollowUp(db, tokens[i]!, answer, days(15)));
    expect(repliesByCouncil(db, '2026-11-01')).toEqual([
      { slug: 'cardiff', name: 'Cardiff', sent: 5, yes: 2, no: 1, notYet: 1, replyRate: null },
    ]);
    // The fifth answer is the one that makes a rate worth showing.
    answerFollowUp(db, tokens[4]!, 'yes', days(15));
    expect(repliesByCouncil(db, '2026-11-01')[0]!.replyRate).toBeCloseTo(3 / 5);
    expect(lettersSentByDay(db, '2026-11-23')).toEqual({
      days: [{ day: '2026-11-24', amount: 5 }],
      ever: 5,
    });
    expect(lettersSentByDay(db, '2026-11-25')).toEqual({ days: [], ever: 5 });
  });

  it('deletes unconfirmed letters once their link expires, and sent ones after a year', () => {
    const db = ready();
    sendLetter(db);
    createLetter(db, form({ council: 'kent' }), HOME, { now, siteUrl: SITE });
    const count = () => db.prepare('SELECT count(*) FROM letters').pluck().get();
    expect(deleteStaleLetters(db, days(6))).toBe(0);
    expect(deleteStaleLetters(db, days(8))).toBe(1);
    expect(deleteStaleLetters(db, days(365))).toBe(0);
    expect(deleteStaleLetters(db, days(366))).toBe(1);
    expect(count()).toBe(0);
    // The public tally is kept.
    expect(publicLetterTally(db, 'cardiff')).toBe(1);
  });

  it('finds the letter a confirmation link belongs to, for the page to show', () => {
    const db = ready();
    createLetter(db, form(), HOME, { now, siteUrl: SITE });
    const token = confirmToken(db);
    const pending = findLetterForLink(db, token, now);
    expect(pending.kind === 'pending' && pending.recipients.length).toBe(1);
    expect(findLetterForLink(db, token, days(8))).toEqual({ kind: 'expired' });
    confirmLetter(db, token, { now, siteUrl: SITE, dailyCap: 50 });
    expect(findLetterForLink(db, token, now).kind).toBe('already-sent');
    expect(findLetterForLink(db, 'invented', now)).toEqual({ kind: 'invalid' });
  });
});
