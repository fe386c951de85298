import type { EmailMessage } from '../email/outbox.ts';
import { formatDate } from '../format.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import { button, buttonStyle, composeEmail } from '../email/layout.tsx';
import { LETTER_LINK_DAYS } from './letters.ts';

/**
 * The emails a writer may get before they have shown the address is theirs: the link that sends
 * their letter, or word that they wrote to the council too recently. They share one daily limit,
 * so that which of them arrived never tells anyone else where an address has written.
 */
export const WRITER_CHECK_TEMPLATES = ['confirm-letter', 'letter-too-soon'] as const;

/**
 * Asks a writer to confirm their letter before it goes; the link opens a page with a button. The
 * address is not yet known to be theirs, so the email carries none of their words: the letter is
 * shown on the page the link opens. Every email to a writer is in the language they wrote in.
 */
export function confirmLetterEmail(
  to: string,
  council: string,
  confirmUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).lobby.emails.confirm;
  return composeEmail(
    { template: 'confirm-letter', to, subject: t.subject(council) },
    <>
      <p>{t.ready(council)}</p>
      {button(confirmUrl, t.button)}
      <p>{t.notYou(LETTER_LINK_DAYS)}</p>
    </>,
    { locale },
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
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).lobby.emails.tooSoon;
  return composeEmail(
    { template: 'letter-too-soon', to, subject: t.subject(council) },
    <>
      <p>{t.already(council, formatDate(lastSentOn, locale))}</p>
      <p>{t.onceAWeek(formatDate(nextFrom, locale))}</p>
      {button(`${siteUrl}${localisedPath('/lobby', locale)}`, t.button)}
      <p>{t.notYou}</p>
    </>,
    { locale },
  );
}

/** A held letter's 30 days are up and still nobody is checked to receive it. */
export function heldLetterExpiredEmail(
  to: { email: string; name: string },
  council: string,
  siteUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).lobby.emails.heldExpired;
  return composeEmail(
    { template: 'letter-held-expired', to: to.email, subject: t.subject(council) },
    <>
      <p>{t.deleted(council)}</p>
      <p>{t.sorry(council)}</p>
      {button(`${siteUrl}${localisedPath('/join', locale)}`, t.button)}
    </>,
    { greet: to.name, locale },
  );
}

/** Two weeks on: did anyone reply? Each answer is a link to a page with a button to record it. */
export function followUpEmail(
  to: { email: string; name: string },
  council: string,
  replyUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).lobby.emails.followUp;
  const labels = messages(locale).lobby.reply.answers;
  const answers = (['yes', 'no', 'not_yet'] as const).map(
    (answer) => [answer, labels[answer]] as const,
  );
  const link = (answer: string) => `${replyUrl}&answer=${answer}`;
  return composeEmail(
    { template: 'letter-follow-up', to: to.email, subject: t.subject(council) },
    <>
      <p>{t.asked(council)}</p>
      <p>
        {answers.map(([answer, label]) => (
          <a key={answer} href={link(answer)} style={{ ...buttonStyle, margin: '0 8px 8px 0' }}>
            {label}
          </a>
        ))}
      </p>
      <p>{t.once}</p>
    </>,
    { greet: to.name, locale },
  );
}
