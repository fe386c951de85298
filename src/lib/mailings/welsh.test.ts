import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import type { Db } from '../db.ts';
import { resendTransport } from '../email/transport.ts';
import { renderMailing } from './email.tsx';
import { countRecipientsByLanguage, mailingProgressByLanguage } from './languages.ts';
import { createMailing, findMailing, sendTestMailing, startMailing } from './mailings.ts';
import { MailingFormSchema } from './schema.ts';
import { startMailingSender } from './sender.ts';
import { addSupporter, councilIn, form, now, openMailingDatabase, SITE } from './testing.ts';

const ENGLISH = { subject: 'Your council has not signed', body: 'Please **write** this week.' };
const WELSH = {
  subject: "Dydy'ch cyngor chi ddim wedi llofnodi",
  body: 'Ysgrifennwch at eich cynghorydd **yr wythnos hon**, os gwelwch yn dda.',
};
const NOTE = "Does dim fersiwn Gymraeg o'r neges hon eto, felly dyma hi yn Saesneg.";
const welshForm = { welshSubject: WELSH.subject, welshBody: WELSH.body };

describe('a mailing in each language', () => {
  it('reads in English as it always has, to supporters who chose English', () => {
    const email = renderMailing({ ...ENGLISH, welsh: WELSH }, 'en');
    expect(email.subject).toBe(ENGLISH.subject);
    expect(email.html).toContain('<html lang="en-GB">');
    expect(email.html).toContain('<strong>write</strong>');
    expect(email.text).toContain('You asked for campaign emails when you pledged.');
    expect(email.html).not.toContain(NOTE);
  });

  it('is the Welsh version, framed in Welsh, for supporters who chose Welsh', () => {
    const email = renderMailing({ ...ENGLISH, welsh: WELSH }, 'cy');
    expect(email.subject).toBe(WELSH.subject);
    expect(email.html).toContain('<html lang="cy">');
    expect(email.text).toMatch(/^Annwyl MRS-FIRST-NAME-PLACEHOLDER,\n\nYsgrifennwch/);
    expect(email.html).toContain('<strong>yr wythnos hon</strong>');
    expect(email.text).toContain('Angen help nawr?');
    expect(email.text).toContain('Meic');
    expect(email.text).toContain('Peidio â chael negeseuon e-bost yr ymgyrch');
    expect(email.html).not.toContain('Please');
    expect(email.html).not.toContain(NOTE);
  });

  it('is the English under a Welsh note, marked as English, when there is no Welsh version', () => {
    const email = renderMailing({ ...ENGLISH, welsh: null }, 'cy');
    expect(email.subject).toBe(ENGLISH.subject);
    expect(email.html).toContain('<html lang="cy">');
    expect(
      email.text.startsWith(`${NOTE}\n\nDear MRS-FIRST-NAME-PLACEHOLDER,\n\nPlease write`),
    ).toBe(true);
    expect(email.html).toMatch(/<div lang="en-GB"><p>Dear [^<]+<\/p><div><p>Please/);
    expect(email.text).toContain(
      "Gofynnoch chi am negeseuon e-bost yr ymgyrch pan wnaethoch chi'ch addewid.",
    );
  });
});

describe('the Welsh boxes', () => {
  const parse = (welsh: object) =>
    MailingFormSchema.safeParse({ ...ENGLISH, segment: { kind: 'everyone' }, ...welsh });

  it('may both be left empty, and then there is no Welsh version', () => {
    expect(parse({ welshSubject: null, welshBody: '  ' }).data).toMatchObject({
      welshSubject: '',
      welshBody: '',
    });
  });

  it('ask for the other half of a Welsh version, and hold it to the English limits', () => {
    expect(parse({ welshSubject: WELSH.subject }).error?.issues).toEqual([
      expect.objectContaining({
        path: ['welshBody'],
        message: 'Write the Welsh email too, or leave both Welsh boxes empty',
      }),
    ]);
    expect(parse({ welshBody: WELSH.body }).error?.issues[0]?.message).toBe(
      'Write the Welsh subject too, or leave both Welsh boxes empty',
    );
    expect(parse({ welshSubject: 'a'.repeat(151), welshBody: 'b' }).error?.issues[0]?.message).toBe(
      'Keep the Welsh subject to 150 characters or fewer',
    );
    expect(
      parse({ welshSubject: 'a', welshBody: 'b'.repeat(20_001) }).error?.issues[0]?.message,
    ).toBe('Keep the Welsh email to 20,000 characters or fewer');
  });
});

describe('sending to supporters in both languages', () => {
  let db: Db;
  let userId: number;
  let fake: FakeResend;
  beforeEach(async () => {
    ({ db, userId } = openMailingDatabase());
    fake = await startFakeResend({ apiKey: 'test' });
  });
  afterEach(() => fake.stop());

  async function sendAll(id: number) {
    const sender = startMailingSender({
      db: () => db,
      transport: resendTransport({ apiKey: 'test', baseUrl: fake.url, from: 'c@example.org' }),
      siteUrl: SITE,
      emailsPerSecond: 10_000,
      idleMs: 5,
      log: () => undefined,
    });
    await expect.poll(() => findMailing(db, id)?.state, { timeout: 5_000 }).toBe('sent');
    await sender.stop();
  }

  function people() {
    const council = councilIn(db, 'not_signed');
    const welsh = Array.from({ length: 60 }, () =>
      addSupporter(db, council.id, { language: 'cy' }),
    );
    const english = Array.from({ length: 90 }, () => addSupporter(db, council.id));
    return { welsh, english };
  }

  it('counts who will get Welsh before sending, and each language as it goes', async () => {
    const { welsh } = people();
    addSupporter(db, councilIn(db, 'not_signed').id, { language: 'cy', wants: 0 });
    expect(await countRecipientsByLanguage(db, { kind: 'not-signed' })).toEqual({ en: 90, cy: 60 });
    const id = createMailing(db, form({ kind: 'not-signed' }, undefined, welshForm), userId, now);
    await startMailing(db, id, userId, now);
    db.prepare('UPDATE supporters SET wants_campaign_emails = 0 WHERE id = ?').run(welsh[0]!.id);
    await sendAll(id);
    expect(mailingProgressByLanguage(db, id)).toEqual({
      en: { total: 90, queued: 0, sent: 90, skipped: 0, failed: 0 },
      cy: { total: 60, queued: 0, sent: 59, skipped: 1, failed: 0 },
    });
  });

  it('writes to each in the language they chose, in the same batches under the same keys', async () => {
    const { welsh, english } = people();
    const id = createMailing(db, form({ kind: 'not-signed' }, undefined, welshForm), userId, now);
    expect(await startMailing(db, id, userId, now)).toEqual({ kind: 'started', recipients: 150 });
    await sendAll(id);

    expect(fake.requests).toBe(2);
    expect(fake.deliveries).toHaveLength(150);
    const to = (email: string) => fake.deliveries.find((d) => d.to[0] === email)!;
    for (const person of welsh) {
      const copy = to(person.email);
      expect(copy.subject).toBe(WELSH.subject);
      expect(copy.html).toContain('<html lang="cy">');
      expect(copy.text).toContain(`${SITE}/cy/dad-danysgrifio?key=${person.key}`);
      // Mail providers post one-click unsubscribes to the address that takes them.
      expect(copy.headers['List-Unsubscribe']).toBe(`<${SITE}/unsubscribe?key=${person.key}>`);
    }
    for (const person of english) {
      const copy = to(person.email);
      expect(copy.subject).toBe(ENGLISH.subject);
      expect(copy.html).toContain('<html lang="en-GB">');
      expect(copy.text).toContain(`${SITE}/unsubscribe?key=${person.key}`);
    }
  });

  it('sends Welsh supporters the English with the note when there is no Welsh version', async () => {
    const { welsh } = people();
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);
    await sendAll(id);
    const copy = fake.deliveries.find((d) => d.to[0] === welsh[0]!.email)!;
    expect(copy.subject).toBe('Your council has not signed');
    expect(copy.text.startsWith(`${NOTE}\n\nDear Sam`)).toBe(true);
  });

  it('sends the campaigner a test of what Welsh supporters get', () => {
    const id = createMailing(db, form({ kind: 'not-signed' }, undefined, welshForm), userId, now);
    const to = { id: userId, email: 'campaigner@campaign.example' };
    sendTestMailing(db, findMailing(db, id)!, to, { now, siteUrl: SITE, language: 'cy' });
    sendTestMailing(db, findMailing(db, id)!, to, { now, siteUrl: SITE });
    expect(db.prepare('SELECT subject FROM email_outbox ORDER BY id').pluck().all()).toEqual([
      `[Test] ${WELSH.subject}`,
      '[Test] Your council has not signed',
    ]);
  });
});
