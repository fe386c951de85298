import { SET_PASSWORD_HOURS } from './users.ts';
import type { EmailMessage } from '../email/outbox.ts';
import { button, composeEmail } from '../email/layout.tsx';

/** The template name of the link below, which the per-account daily limit counts. */
export const SET_PASSWORD_LINK_TEMPLATE = 'set-password-link';

/** A campaign account's own way back in: a one-time link to set a new password, on request. */
export function setPasswordLinkEmail(to: string, setPasswordUrl: string): EmailMessage {
  const subject = 'Set a new password for your campaign account';
  return composeEmail(
    { template: SET_PASSWORD_LINK_TEMPLATE, to, subject },
    <>
      <p>
        Someone asked for a link to set a new password for your account in the campaign team’s area.
        It works once, within {SET_PASSWORD_HOURS} hours, even while logging in is paused after too
        many tries.
      </p>
      {button(setPasswordUrl, 'Set a new password')}
      <p>
        If you use two-step login, you will need a code from your app too. If you did not ask,
        ignore this email: your password stays as it is.
      </p>
    </>,
  );
}
