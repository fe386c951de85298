import { Fragment } from 'react';
import type { EmailMessage } from '../email/outbox.ts';
import { formatDate, listInWords } from '../format.ts';
import { composeEmail } from '../email/layout.tsx';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';

/** Who wrote a letter, as the councillor is told: only what the site has checked. */
export interface LetterWriter {
  writerName: string;
  writerEmail: string;
  postcode: string;
  /** The ward (or county division) the postcode is in, from the lookup. */
  wardName: string | null;
}

/**
 * What a councillor can do about the letter, at its foot: where the council stands, the four
 * steps, and for a council yet to sign, the page an officer signs it on. A Welsh council's
 * footer has its Welsh too, with links to the Welsh pages, for letters written in Welsh.
 */
export interface CampaignFooter {
  councilName: string;
  /** "Kent has signed the Runaways' Charter", or has not, or has said it will. */
  standing: string;
  pageUrl: string;
  signUrl: string | null;
  welsh?: Omit<CampaignFooter, 'welsh'>;
}

const muted = { color: '#4a4a55', fontSize: '14px' } as const;

function footerParts(footer: Omit<CampaignFooter, 'welsh'>, locale: Locale = 'en') {
  const t = messages(locale).lobby.emails.frame;
  const rule = { ...muted, borderTop: '1px solid #d6d3cc', marginTop: '24px', paddingTop: '8px' };
  return (
    <>
      <p style={rule}>
        {footer.standing}. {t.record} <a href={footer.pageUrl}>{footer.pageUrl}</a>
      </p>
      <p style={muted}>
        {t.fourSteps}
        {t.steps.map((step, index) => (
          <Fragment key={step}>
            <br />
            {index + 1}. {step}
          </Fragment>
        ))}
      </p>
      {footer.signUrl && (
        <p style={muted}>
          {t.officer(footer.councilName)} <a href={footer.signUrl}>{footer.signUrl}</a>
        </p>
      )}
    </>
  );
}

/** "Sam Writer, who lives in the Maidstone Central area of Kent (postcode ME14 1XX, checked)". */
function writerLine(writer: LetterWriter, council: string, locale: Locale = 'en'): string {
  const t = messages(locale).lobby.emails.frame;
  const where = writer.wardName ? t.wardOf(writer.wardName, council) : t.councilOnly(council);
  return t.writer(writer.writerName, writer.postcode, where);
}

/**
 * "Cllr Cy Ward" as a Welsh letter greets them, "Annwyl Gynghorydd Cy Ward": the name as recorded,
 * its English title in Welsh (mutated after "Annwyl").
 */
export function greetingIn(name: string, locale: Locale): string {
  if (locale === 'en') return name;
  if (name === 'Councillor') return messages('cy').lobby.letter.councillor;
  return name.replace(/^(Cllr\.?|Councillor)\s+/i, `${messages('cy').lobby.letter.councillor} `);
}

/**
 * The people a copy went to, as its Welsh says it after "at": "Gynghorydd Cy Ward a Chynghorydd
 * Ana Lead" (names as recorded, their English title in Welsh, mutated as the sentence asks).
 */
function peopleIn(names: readonly string[], locale: Locale): string {
  if (locale === 'en') return listInWords(names);
  const titled = names.map((name) => name.replace(/^(Cllr\.?|Councillor)\s+/i, 'Cynghorydd '));
  return listInWords(titled, 'cy').replace(/^Cynghorydd /, 'Gynghorydd ');
}

// The email renderer reads plain elements, not components: these build parts of the body.
function letterText(greeting: string, letter: LetterWriter & { body: string }, locale: Locale) {
  const t = messages(locale).lobby.letter;
  const paragraphs = [t.dear(greetingIn(greeting, locale)), ...letter.body.split(/\n{2,}/)];
  const signature = [t.signOff, letter.writerName, letter.postcode];
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </p>
      ))}
      <p style={{ whiteSpace: 'pre-line' }}>{signature.join('\n')}</p>
    </>
  );
}

/** A letter and who wrote it, in the language they wrote it in. */
export type LetterToSend = LetterWriter & {
  subject: string;
  body: string;
  councilName: string;
  language?: Locale;
};

/**
 * The letter as a councillor receives it: plain words, from the campaign's address, with the
 * writer as Reply-To so the answer reaches them, and the campaign footer. The writer gets the
 * same text as a copy, in their language. A letter written in Welsh to a Welsh council keeps the
 * writer's words as they are, framed in Welsh first and then English, as Welsh public bodies
 * write: the councillor may read either.
 */
export function letterEmail(
  to: string,
  letter: LetterToSend,
  as:
    | { kind: 'letter'; greeting: string; footer: CampaignFooter }
    | { kind: 'letter-copy'; greeting: string; sentTo: readonly string[] },
): EmailMessage {
  const locale = letter.language ?? 'en';
  const envelope = { template: as.kind, to, subject: letter.subject, replyTo: letter.writerEmail };
  if (as.kind === 'letter-copy') {
    return composeEmail(
      envelope,
      <>
        <p style={muted}>{messages(locale).lobby.emails.copy(peopleIn(as.sentTo, locale))}</p>
        {letterText(as.greeting, letter, locale)}
      </>,
      { locale },
    );
  }
  const welsh = locale === 'cy' ? as.footer.welsh : undefined;
  const note = (frame: Locale, council: string) =>
    messages(frame).lobby.emails.frame.onBehalf(writerLine(letter, council, frame));
  return composeEmail(
    envelope,
    <>
      {welsh && (
        <p style={muted} lang="cy">
          {note('cy', welsh.councilName)}
        </p>
      )}
      <p style={muted} lang={welsh ? 'en-GB' : undefined}>
        {note('en', letter.councilName)}
      </p>
      {letterText(as.greeting, letter, welsh ? 'cy' : 'en')}
      {welsh && footerParts(welsh, 'cy')}
      {footerParts(as.footer)}
    </>,
    // A councillor gets the writer's words alone, without the helplines.
    { helplines: false, locale: welsh ? 'cy' : 'en' },
  );
}

/**
 * On a busy day, the letters a councillor would otherwise get one by one, in a single email: each
 * in full, with its writer's name, ward and address to reply to.
 */
export function letterDigestEmail(
  to: string,
  greeting: string,
  day: string,
  letters: readonly (LetterWriter & { subject: string; body: string; language?: Locale })[],
  footer: CampaignFooter,
): EmailMessage {
  const subject = `${letters.length} more letters from ${footer.councilName} residents, ${formatDate(day)}`;
  return composeEmail(
    { template: 'letter-digest', to, subject },
    <>
      <p style={muted}>
        So many residents wrote on {formatDate(day)} that, rather than send you each letter on its
        own, we have put the rest of the day's together. Each is in full, with the address its
        writer asked us to give you for your reply.
      </p>
      {letters.map((letter, index) => (
        <Fragment key={index}>
          <h2 style={{ fontSize: '18px', borderTop: '1px solid #d6d3cc', paddingTop: '8px' }}>
            {index + 1}. {letter.subject}
          </h2>
          <p style={muted}>
            From {writerLine(letter, footer.councilName)}. Reply to {letter.writerEmail}.
          </p>
          {/* Each letter greets and signs off in the language it was written in. */}
          {letterText(greeting, letter, letter.language ?? 'en')}
        </Fragment>
      ))}
      {footerParts(footer)}
    </>,
    { helplines: false },
  );
}
