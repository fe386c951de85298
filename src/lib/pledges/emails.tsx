import type { EmailMessage } from '../email/outbox.ts';
import { button, composeEmail } from '../email/layout.tsx';

/**
 * Asks a new supporter to confirm their pledge; the link opens a page with a Confirm button. Until
 * they do, nobody knows the address is theirs, so it carries none of the form's words, not even
 * the name typed into it (which could be "Claim your prize at …").
 */
export function confirmPledgeEmail(to: string, confirmUrl: string): EmailMessage {
  const subject = 'Please confirm your pledge to make runaways safe';
  return composeEmail(
    { template: 'confirm-pledge', to, subject },
    <>
      <p>Thank you for pledging to make young runaways safe. Please confirm it is you:</p>
      {button(confirmUrl, 'Confirm my pledge')}
      <p>
        The link works for 7 days. If you did not pledge, ignore this email and nothing will happen.
      </p>
    </>,
  );
}

/**
 * Sent when someone who has already confirmed pledges again: nothing to do, and no secret. Anyone
 * can fill in the form with a supporter's address, so nothing they typed goes into it.
 */
export function alreadyPledgedEmail(to: string, siteUrl: string): EmailMessage {
  const subject = "You're already in";
  return composeEmail(
    { template: 'already-pledged', to, subject },
    <>
      <p>
        Someone, probably you, pledged again with this address. You are already a confirmed
        supporter, so there is nothing more to do. Thank you.
      </p>
      <p>
        <a href={`${siteUrl}/councils`}>See where your council stands</a>
      </p>
    </>,
  );
}

/** The link to see or delete one's data, after a privacy request. */
export function privacyLinkEmail(to: string, manageUrl: string): EmailMessage {
  const subject = 'Your data: download or delete it';
  return composeEmail(
    { template: 'privacy-link', to, subject },
    <>
      <p>You asked to see or delete the data we hold about this email address.</p>
      {button(manageUrl, 'Download or delete my data')}
      <p>
        The link works for 24 hours. If you did not ask, ignore this email and nothing will happen.
      </p>
    </>,
  );
}
