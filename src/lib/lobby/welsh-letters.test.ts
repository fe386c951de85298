import { describe, expect, it } from 'vitest';
import { listCouncils } from '../councils/queries.ts';
import { FACTS } from '../facts/facts.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { SITE } from '../test-world.ts';
import { fingerprint, similarity } from './fingerprint.ts';
import { createLetter, LETTER_MAX } from './letters.ts';
import { letterEmail } from './letter-emails.tsx';
import { suggestLetter, WELSH_FIGURES } from './suggested-letter.ts';
import { HOME, LIMITS, confirmToken, emailsTo, form, ready, sendLetter } from './testing.ts';
import { confirmLetterEmail, followUpEmail, letterTooSoonEmail } from './writer-emails.tsx';

const councils = listCouncils(openSeededDatabase());
const council = (slug: string) => councils.find((c) => c.slug === slug)!;

const WELSH_WORDS =
  'Rhedodd fy nith i ffwrdd ddwywaith y llynedd, a neb yn gofyn pam nes i weithiwr ieuenctid ' +
  'wneud. Rwyf am i’r cyngor addo y bydd pob plentyn yn cael y sgwrs honno: ŵyr, ŷd, tŷ, môr.';

describe('the suggested letter in Welsh', () => {
  it('asks Cardiff in Welsh, with the same facts, the four steps and Wales’s record', () => {
    const letter = suggestLetter(council('cardiff'), councils, 'cy');
    expect(letter.kind).toBe('ask');
    expect(letter.subject).toBe(
      "Caerdydd: llofnodwch Siarter y Plant sy'n Rhedeg i Ffwrdd, os gwelwch yn dda",
    );
    expect(letter.opening).toContain("Rwy'n byw yn ardal Cyngor Caerdydd");
    expect(letter.opening).toContain(
      "Does dim un o'r 22 cyngor yng Nghymru wedi llofnodi eto; gallai Caerdydd fod y cyntaf.",
    );
    expect(letter.opening).toMatch(/gyfrif .* meddwl .* gweithredu .* cyfweliad dychwelyd/);
    expect(letter.opening).toContain('Mae tua 100,000 o blant yn rhedeg i ffwrdd');
  });

  it('translates the figures the English letter quotes, and fails when they change', () => {
    for (const [id, figure] of Object.entries(WELSH_FIGURES)) {
      expect(FACTS[id as keyof typeof WELSH_FIGURES].figure).toBe(figure.en);
    }
  });

  it('thanks a signed council in Welsh', () => {
    const signed = councils.find((c) => c.status === 'signed')!;
    const letter = suggestLetter(signed, councils, 'cy');
    expect(letter.kind).toBe('thank');
    expect(letter.subject).toBe("Diolch am lofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd");
    expect(letter.opening).toContain('addawodd y cyngor gyfrif pob plentyn');
  });
});

describe('a letter written in Welsh', () => {
  it('is accepted with its accents, counted in letters as people see them, and recorded as Welsh', () => {
    const decomposed = `${WELSH_WORDS}`.normalize('NFD');
    const letter = form({
      ownWords: decomposed,
      writerName: 'Siân Ŵyn'.normalize('NFD'),
      language: 'cy',
    });
    expect(letter.ownWords).toBe(WELSH_WORDS);
    expect(letter.writerName).toBe('Siân Ŵyn');
    expect(letter.language).toBe('cy');
    const db = ready();
    createLetter(db, letter, HOME, { now: LIMITS.now, siteUrl: SITE });
    expect(db.prepare('SELECT language FROM letters').pluck().get()).toBe('cy');
    expect(LETTER_MAX).toBe(5000);
  });

  it('is compared with other letters by its Welsh words: a copy is a copy, accents or not', () => {
    const copy = fingerprint(WELSH_WORDS.normalize('NFD'));
    expect(similarity(fingerprint(WELSH_WORDS), copy)).toBe(1);
    expect(similarity(fingerprint(WELSH_WORDS), fingerprint('Mae fy mab yn ddiogel nawr.'))).toBe(
      0,
    );
  });

  it('gets its writer every email in Welsh, with links to the Welsh pages', () => {
    const db = ready();
    sendLetter(db, { ownWords: WELSH_WORDS, language: 'cy' });
    const [confirm, letter, copy] = [
      ...emailsTo(db, 'ana@example.org').filter((e) => e.template === 'confirm-letter'),
      ...emailsTo(db, 'lead.member@cardiff.gov.uk'),
      ...emailsTo(db, 'ana@example.org').filter((e) => e.template === 'letter-copy'),
    ];
    expect(confirm!.subject).toBe('Cadarnhewch eich llythyr at Gyngor Caerdydd');
    expect(confirm!.text).toContain(`${SITE}/cy/lobio/cadarnhau?token=`);
    expect(letter!.text.indexOf('Anfonwyd ar ran Ana Silva')).toBeLessThan(
      letter!.text.indexOf('Sent on behalf of Ana Silva'),
    );
    expect(letter!.text).toContain(WELSH_WORDS);
    expect(copy!.text).toContain("Dyma gopi o'r llythyr a anfonoch chi at");
    expect(copy!.text).toContain('Yn gywir,');
    const followUp = db
      .prepare("SELECT subject, text FROM email_outbox WHERE template = 'letter-follow-up'")
      .get() as { subject: string; text: string };
    expect(followUp.subject).toBe('A atebodd Cyngor Caerdydd eich llythyr?');
    expect(followUp.text).toContain(`${SITE}/cy/lobio/ateb?token=`);
    expect(followUp.text).toContain('Do, ces i ateb');
    expect(confirmToken(db)).toBeTruthy();
  });

  it('reaches an English council in English, whatever its writer wrote in', () => {
    const db = ready();
    sendLetter(db, { council: 'kent', ownWords: WELSH_WORDS, language: 'cy' });
    const [letter] = emailsTo(db, 'lead.member@kent.gov.uk');
    expect(letter!.text).toContain('Sent on behalf of');
    expect(letter!.text).not.toContain('Anfonwyd ar ran');
  });
});

describe('the Welsh emails', () => {
  it('ask for confirmation, say "too soon" and follow up in Welsh, with Welsh dates', () => {
    const confirm = confirmLetterEmail('a@example.org', 'Cyngor Caerdydd', `${SITE}/c`, 'cy');
    expect(confirm.subject).toBe('Cadarnhewch eich llythyr at Gyngor Caerdydd');
    expect(confirm.html).toContain('lang="cy"');
    expect(confirm.text).toContain("Mae'r ddolen yn gweithio am 7 diwrnod");
    expect(confirm.text).toContain('Angen help nawr?');
    const soon = letterTooSoonEmail(
      'a@example.org',
      'Cyngor Caerdydd',
      { lastSentOn: '2026-11-24', nextFrom: '2026-12-01' },
      SITE,
      'cy',
    );
    expect(soon.text).toContain('ar 24 Tachwedd 2026');
    expect(soon.text).toContain('o 1 Rhagfyr 2026 ymlaen');
    expect(soon.text).toContain(`${SITE}/cy/lobio`);
    const followUp = followUpEmail(
      { email: 'a@example.org', name: 'Siân' },
      'Cyngor Caerdydd',
      `${SITE}/cy/lobio/ateb?token=t`,
      'cy',
    );
    expect(followUp.text).toMatch(/^Annwyl Siân,/);
  });

  it('greet a councillor in Welsh by their name as recorded', () => {
    const email = letterEmail(
      'c@example.org',
      {
        subject: 'Pwnc',
        body: WELSH_WORDS,
        writerName: 'Siân',
        writerEmail: 'a@example.org',
        postcode: 'CF10 1AA',
        wardName: null,
        councilName: 'Cardiff',
        language: 'cy',
      },
      { kind: 'letter-copy', greeting: 'Cllr Cy Ward', sentTo: ['Cllr Cy Ward', 'Cllr Ana Lead'] },
    );
    expect(email.text).toContain('Annwyl Gynghorydd Cy Ward,');
    expect(email.text).toContain('at Gynghorydd Cy Ward a Chynghorydd Ana Lead drwy');
  });
});
