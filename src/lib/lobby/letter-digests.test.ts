import { describe, expect, it } from 'vitest';
import { eraseForTest } from '../site/testing.ts';
import { now } from '../test-world.ts';
import { wardCouncillorAndLead, ready, sendLetter, uniqueWords } from './testing.ts';

describe('a busy day', () => {
  it('sends each person 50 letters on their own and the rest in one digest the next morning', () => {
    const db = ready();
    const { mine, lead } = wardCouncillorAndLead(db);
    for (let i = 0; i < 60; i += 1) {
      const letter = {
        email: `w${i}@example.org`,
        opening: '',
        ownWords: uniqueWords(i),
        recipients: [mine, lead],
        choosing: '1',
      };
      expect(sendLetter(db, letter, { dailyCap: 1000 }).kind).toBe('sent');
    }
    for (const address of ['mo@cardiff.gov.uk', 'lead.member@cardiff.gov.uk']) {
      const emails = db
        .prepare(
          'SELECT template, subject, text, next_attempt_at AS notBefore FROM email_outbox WHERE to_address = ?',
        )
        .all(address) as { template: string; subject: string; text: string; notBefore: string }[];
      expect(emails).toHaveLength(51);
      const digests = emails.filter((e) => e.template === 'letter-digest');
      expect(digests).toHaveLength(1);
      expect(digests[0]!.subject).toBe('10 more letters from Cardiff residents, 24 November 2026');
      expect(digests[0]!.notBefore).toBe('2026-11-25T00:00:00.000Z');
      // Every letter in full, with its writer and where to reply.
      for (let i = 50; i < 60; i += 1) {
        expect(digests[0]!.text).toContain(uniqueWords(i));
        expect(digests[0]!.text).toContain(`w${i}@example.org`);
      }
    }

    // A writer in the digest asks to be erased before it goes: it goes without their letter.
    expect(eraseForTest(db, 'w55@example.org', now)).toBe(true);
    const digest = db
      .prepare(
        "SELECT subject, text FROM email_outbox WHERE template = 'letter-digest' AND to_address = ?",
      )
      .get('mo@cardiff.gov.uk') as { subject: string; text: string };
    expect(digest.subject).toBe('9 more letters from Cardiff residents, 24 November 2026');
    expect(digest.text).not.toContain('w55@example.org');
    expect(digest.text).not.toContain(uniqueWords(55));
  });
});
