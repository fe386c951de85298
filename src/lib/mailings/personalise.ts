import type { EmailMessage } from '../email/outbox.ts';
import { escapeHtml } from '../html.ts';
import { unsubscribeHeaders, unsubscribeUrl } from '../email/unsubscribe.ts';

// Stand-ins in a mailing's rendered HTML and text, filled for each recipient: the email is
// rendered once per mailing, not once per supporter.
export const FIRST_NAME = 'MRS-FIRST-NAME-PLACEHOLDER';
export const UNSUBSCRIBE = 'https://mrs-unsubscribe-placeholder.invalid/';

export interface MailingRecipient {
  email: string;
  firstName: string;
  unsubscribeKey: string;
}

export interface RenderedMailing {
  id: number;
  subject: string;
  html: string;
  text: string;
}

/**
 * One recipient's copy: their name in the greeting and their own one-click unsubscribe link
 * (RFC 8058), in the headers, the HTML and the text.
 */
export function personalise(
  mailing: RenderedMailing,
  recipient: MailingRecipient,
  siteUrl: string,
): EmailMessage {
  const unsubscribe = unsubscribeUrl(siteUrl, recipient.unsubscribeKey);
  return {
    template: `mailing-${mailing.id}`,
    to: recipient.email,
    subject: mailing.subject,
    headers: unsubscribeHeaders(unsubscribe),
    html: mailing.html
      .replaceAll(FIRST_NAME, escapeHtml(recipient.firstName))
      .replaceAll(escapeHtml(UNSUBSCRIBE), escapeHtml(unsubscribe)),
    text: mailing.text
      .replaceAll(FIRST_NAME, recipient.firstName)
      .replaceAll(UNSUBSCRIBE, unsubscribe),
  };
}
