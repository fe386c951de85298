import type { EmailMessage } from '../email/outbox.ts';
import { formatDate } from '../format.ts';
import { button, buttonStyle, composeEmail } from '../email/layout.tsx';

/**
 * The emails a writer may get before they have shown the address is theirs: the link that sends
 * their letter, or word that they wrote to the council too recently. They share one daily limit,
 * so that which of them arrived never tells anyone else where an address has written.
 */
export const WRITER_CHECK_TEMPLATES = ['confirm-letter', 'letter-too-soon'] as const;

/**
 * Asks a writer to confirm their letter before it goes; the link opens a page with a button. The
 * address is not yet known to be theirs, so the email carries none of their words: the letter is
 * shown on the page the link opens.
 */
export function confirmLetterEmail(to: string, council: string, confirmUrl: string): EmailMessage {
  const subject = `Confirm your letter to ${council}`;
  return composeEmail(
    { template: 'confirm-letter', to, subject },
    <>
      <p>Your letter to {council} is ready. It goes only when you confirm it:</p>
      {button(confirmUrl, 'Send my letter')}
      <p>
        The link works for 7 days. If you did not write this letter, ignore this email and nothing
        is sent.
      </p>
    </>,
  );
}

/**
 * Tells a writer, in place of a confirmation link, that they wrote to this council too recently
 * for another letter to go yet. Only the owner of the address learns it: the page that took the
 * letter says "check your inbox" either way.
 */
export function letterTooSoonEmail(
  to: string,
  council: string,
  { lastSentOn, nextFrom }: { lastSentOn: string; nextFrom: string },
  siteUrl: string,
): EmailMessage {
  const subject = `Your letter to ${council}`;
  return composeEmail(
    { template: 'letter-too-soon', to, subject },
    <>
      <p>
        Someone, probably you, has just written a letter to {council} with this address. You already
        wrote to {council} on {formatDate(lastSentOn)}, so this one has not been kept.
      </p>
      <p>
        So that letters from the campaign stay welcome, each person writes to a council at most once
        a week. You can write again from {formatDate(nextFrom)}:
      </p>
      {button(`${siteUrl}/lobby`, 'Write to your councillor')}
      <p>If you did not write it, ignore this email: nothing has been sent.</p>
    </>,
  );
}

/** A held letter's 30 days are up and still nobody is checked to receive it. */
export function heldLetterExpiredEmail(
  to: { email: string; name: string },
  council: string,
  siteUrl: string,
): EmailMessage {
  return composeEmail(
    {
      template: 'letter-held-expired',
      to: to.email,
      subject: `We could not send your letter to ${council}`,
    },
    <>
      <p>
        Thirty days ago you wrote to {council}. We hold letters until we have checked who should
        receive them, and we have not yet been able to check anyone at {council}, so your letter has
        not been sent, and we have now deleted it.
      </p>
      <p>We are sorry. You can still add your name, so that your support counts in {council}:</p>
      {button(`${siteUrl}/join`, 'Add your name')}
    </>,
    { greet: to.name },
  );
}

/** Two weeks on: did anyone reply? Each answer is a link to a page with a button to record it. */
export function followUpEmail(
  to: { email: string; name: string },
  council: string,
  replyUrl: string,
): EmailMessage {
  const subject = `Did ${council} reply to your letter?`;
  const answers = [
    ['yes', 'Yes, I had a reply'],
    ['no', 'No reply'],
    ['not_yet', 'Not yet'],
  ] as const;
  const link = (answer: string) => `${replyUrl}&answer=${answer}`;
  return composeEmail(
    { template: 'letter-follow-up', to: to.email, subject },
    <>
      <p>
        Two weeks ago you wrote to {council} about the Runaways' Charter. Has anyone replied?
        Knowing which councils answer helps us decide where to push next.
      </p>
      <p>
        {answers.map(([answer, label]) => (
          <a key={answer} href={link(answer)} style={{ ...buttonStyle, margin: '0 8px 8px 0' }}>
            {label}
          </a>
        ))}
      </p>
      <p>We ask only this once. If a reply comes later, you can use the same links.</p>
    </>,
    { greet: to.name },
  );
}
