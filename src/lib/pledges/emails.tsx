import type { EmailMessage } from '../email/outbox.ts';
import { button, composeEmail } from '../email/layout.tsx';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';

/**
 * Asks a new supporter to confirm their pledge; the link opens a page with a Confirm button. Until
 * they do, nobody knows the address is theirs, so it carries none of the form's words, not even
 * the name typed into it (which could be "Claim your prize at …"). In the language of the page
 * they pledged on, as every email to them is.
 */
export function confirmPledgeEmail(
  to: string,
  confirmUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).join.emails;
  return composeEmail(
    { template: 'confirm-pledge', to, subject: t.confirmSubject },
    <>
      <p>{t.confirmAsk}</p>
      {button(confirmUrl, t.confirmButton)}
      <p>{t.confirmIgnore}</p>
    </>,
    { locale },
  );
}

/**
 * Sent when someone who has already confirmed pledges again: nothing to do, and no secret. Anyone
 * can fill in the form with a supporter's address, so nothing they typed goes into it. When that
 * pledge came from the other language's page (`languageChanged`), it says we will write in that
 * language from now on, and how to change back.
 */
export function alreadyPledgedEmail(
  to: string,
  siteUrl: string,
  locale: Locale = 'en',
  languageChanged = false,
): EmailMessage {
  const t = messages(locale).join.emails;
  return composeEmail(
    { template: 'already-pledged', to, subject: t.alreadySubject },
    <>
      <p>{t.alreadyIn}</p>
      {languageChanged && <p>{t.languageNow}</p>}
      <p>
        <a href={`${siteUrl}${localisedPath('/councils', locale)}`}>{t.seeCouncil}</a>
      </p>
    </>,
    { locale },
  );
}

/** The link to see or delete one's data, after a privacy request, in the person's language. */
export function privacyLinkEmail(
  to: string,
  manageUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).privacy.email;
  return composeEmail(
    { template: 'privacy-link', to, subject: t.subject },
    <>
      <p>{t.asked}</p>
      {button(manageUrl, t.button)}
      <p>{t.ignore}</p>
    </>,
    { locale },
  );
}
