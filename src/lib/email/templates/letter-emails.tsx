import type { EmailMessage } from '../outbox.ts';
import { buttonStyle, renderEmailHtml, TEXT_FOOTER } from './layout.tsx';

/** Asks a writer to confirm their letter before it goes; the link opens a page with a button. */
export function confirmLetterEmail(
  to: { email: string; name: string },
  council: string,
  confirmUrl: string,
): EmailMessage {
  const subject = `Confirm your letter to ${council}`;
  return {
    template: 'confirm-letter',
    to: to.email,
    subject,
    html: renderEmailHtml(
      subject,
      <>
        <p>Dear {to.name},</p>
        <p>Your letter to {council} is ready. It goes only when you confirm it:</p>
        <p>
          <a href={confirmUrl} style={buttonStyle}>
            Send my letter
          </a>
        </p>
        <p>
          The link works for 7 days. If you did not write this letter, ignore this email and nothing
          is sent.
        </p>
      </>,
    ),
    text:
      `Dear ${to.name},\n\nYour letter to ${council} is ready. It goes only when you confirm it:\n\n` +
      `${confirmUrl}\n\nThe link works for 7 days. If you did not write this letter, ignore this ` +
      `email and nothing is sent.` +
      TEXT_FOOTER,
  };
}

/**
 * The letter as a councillor receives it: plain words, from the campaign's address, with the
 * writer as Reply-To so the answer reaches them. The same text goes to the writer as a copy.
 */
export function letterEmail(
  to: string,
  letter: {
    subject: string;
    body: string;
    writerName: string;
    writerEmail: string;
    postcode: string;
  },
  template: 'letter' | 'letter-copy',
): EmailMessage {
  const signature = `${letter.writerName}\n${letter.postcode}`;
  const note =
    template === 'letter-copy'
      ? 'This is a copy of the letter you sent through Make Runaways Safe.\n\n'
      : `Sent on behalf of ${letter.writerName}, a constituent, through the Make Runaways Safe campaign. Reply to this email to answer them directly.\n\n`;
  return {
    template,
    to,
    subject: letter.subject,
    replyTo: letter.writerEmail,
    html: renderEmailHtml(
      letter.subject,
      <>
        <p style={{ color: '#4a4a55', fontSize: '14px' }}>{note.trim()}</p>
        {`${letter.body}\n\n${signature}`.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index} style={{ whiteSpace: 'pre-line' }}>
            {paragraph}
          </p>
        ))}
      </>,
    ),
    text: `${note}${letter.body}\n\n${signature}\n`,
  };
}
