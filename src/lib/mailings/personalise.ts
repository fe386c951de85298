import type { EmailMessage } from '../email/outbox.ts';
import { escapeHtml } from '../html.ts';
import { unsubscribeHeaders, unsubscribeUrl } from '../email/unsubscribe.ts';
import type { Locale } from '../i18n/locales.ts';
import type { RenderedVersion } from './email.tsx';

// Stand-ins in a mailing's rendered HTML and text, filled for each recipient: the email is
// rendered once per mailing, not once per supporter.
export const FIRST_NAME = 'MRS-FIRST-NAME-PLACEHOLDER';
export const UNSUBSCRIBE = 'https://mrs-unsubscribe-placeholder.invalid/';

export interface MailingRecipient {
  email: string;
  firstName: string;
  unsubscribeKey: string;
  /** The language they chose: the version they get, and the unsubscribe page their link opens. */
  language: Locale;
}

export interface RenderedMailing extends RenderedVersion {
  id: number;
}

/**
 * One recipient's copy of the version in their language: their name in the greeting and their own
 * unsubscribe link, in the HTML and the text on the page in their language. The one-click
 * header (RFC 8058), which mail providers post to from their servers, stays the English address
 * the site accepts those posts at.
 */
export function personalise(
  mailing: RenderedMailing,
  recipient: MailingRecipient,
  siteUrl: string,
): EmailMessage {
  const unsubscribe = unsubscribeUrl(siteUrl, recipient.unsubscribeKey, recipient.language);
  return {
    template: `mailing-${mailing.id}`,
    to: recipient.email,
    subject: mailing.subject,
    headers: unsubscribeHeaders(unsubscribeUrl(siteUrl, recipient.unsubscribeKey)),
    html: mailing.html
      .replaceAll(FIRST_NAME, escapeHtml(recipient.firstName))
      .replaceAll(escapeHtml(UNSUBSCRIBE), escapeHtml(unsubscribe)),
    text: mailing.text
      .replaceAll(FIRST_NAME, recipient.firstName)
      .replaceAll(UNSUBSCRIBE, unsubscribe),
  };
}
