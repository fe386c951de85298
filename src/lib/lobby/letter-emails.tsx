import { Fragment } from 'react';
import type { EmailMessage } from '../email/outbox.ts';
import { formatDate, listInWords } from '../format.ts';
import { composeEmail } from '../email/layout.tsx';

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
 * steps, and for a council yet to sign, the page an officer signs it on.
 */
export interface CampaignFooter {
  councilName: string;
  /** "Kent has signed the Runaways' Charter", or has not, or has said it will. */
  standing: string;
  pageUrl: string;
  signUrl: string | null;
}

const FOUR_STEPS = [
  'Count every child who runs away from home or care.',
  'Think about why they ran.',
  'Act when they come back, with an independent return interview.',
  'Prevent it happening again, working with the police, schools and health services.',
];

const muted = { color: '#4a4a55', fontSize: '14px' } as const;

function footerParts(footer: CampaignFooter) {
  const rule = { ...muted, borderTop: '1px solid #d6d3cc', marginTop: '24px', paddingTop: '8px' };
  return (
    <>
      <p style={rule}>
        {footer.standing}. Its record, with sources: <a href={footer.pageUrl}>{footer.pageUrl}</a>
      </p>
      <p style={muted}>
        The charter asks each council to take four steps:
        {FOUR_STEPS.map((step, index) => (
          <Fragment key={step}>
            <br />
            {index + 1}. {step}
          </Fragment>
        ))}
      </p>
      {footer.signUrl && (
        <p style={muted}>
          An officer can sign for {footer.councilName} here:{' '}
          <a href={footer.signUrl}>{footer.signUrl}</a>
        </p>
      )}
    </>
  );
}

/** "Sam Writer, who lives in the Maidstone Central area of Kent (postcode ME14 1XX, checked)". */
function writerLine(writer: LetterWriter, council: string): string {
  const where = writer.wardName ? `the ${writer.wardName} area of ${council}` : council;
  return `${writer.writerName}, whose postcode (${writer.postcode}) we have checked is in ${where}`;
}

// The email renderer reads plain elements, not components: these build parts of the body.
function letterText(greeting: string, letter: LetterWriter & { body: string }) {
  const paragraphs = [`Dear ${greeting},`, ...letter.body.split(/\n{2,}/)];
  const signature = ['Yours sincerely,', letter.writerName, letter.postcode];
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

/**
 * The letter as a councillor receives it: plain words, from the campaign's address, with the
 * writer as Reply-To so the answer reaches them, and the campaign footer. The writer gets the
 * same text as a copy.
 */
export function letterEmail(
  to: string,
  letter: LetterWriter & { subject: string; body: string; councilName: string },
  as:
    | { kind: 'letter'; greeting: string; footer: CampaignFooter }
    | { kind: 'letter-copy'; greeting: string; sentTo: readonly string[] },
): EmailMessage {
  const note =
    as.kind === 'letter-copy'
      ? `This is a copy of the letter you sent to ${listInWords(as.sentTo)} through Make Runaways Safe. Their replies come straight to you.`
      : `Sent on behalf of ${writerLine(letter, letter.councilName)}, through the Make Runaways Safe campaign. Reply to this email to answer them directly.`;
  return composeEmail(
    {
      template: as.kind,
      to,
      subject: letter.subject,
      replyTo: letter.writerEmail,
    },
    <>
      <p style={muted}>{note}</p>
      {letterText(as.greeting, letter)}
      {as.kind === 'letter' && footerParts(as.footer)}
    </>,
    // A councillor gets the writer's words alone; the writer's own copy has the helplines.
    { helplines: as.kind === 'letter-copy' },
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
  letters: readonly (LetterWriter & { subject: string; body: string })[],
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
          {letterText(greeting, letter)}
        </Fragment>
      ))}
      {footerParts(footer)}
    </>,
    { helplines: false },
  );
}
