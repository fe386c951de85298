import { ASSESSMENT_LINK_DAYS, VERIFY_LINK_DAYS } from './link-lifetimes.ts';
import type { EmailMessage } from '../email/outbox.ts';
import { button, campaignEmailParts, composeEmail } from '../email/layout.tsx';
import { unsubscribeUrl } from '../email/unsubscribe.ts';

interface Person {
  email: string;
  name: string;
}

/**
 * Asks the person who filled in the signing form to prove the address is theirs. Until they do,
 * it may be anyone's, so the email carries nothing they typed (their name, their job title).
 */
export function verifySigningEmail(
  to: string,
  { councilName, intent }: { councilName: string; intent: 'sign' | 'pledge' },
  verifyUrl: string,
): EmailMessage {
  const what =
    intent === 'sign'
      ? `sign the Runaways' Charter for ${councilName}`
      : `record that ${councilName} intends to sign the Runaways' Charter`;
  const subject = `Please confirm: ${councilName} and the Runaways' Charter`;
  return composeEmail(
    { template: 'signing-verify', to, subject },
    <>
      <p>Someone, probably you, asked to {what} with this address.</p>
      <p>
        Please confirm that this is your address by opening the link and pressing Confirm. The link
        works for {VERIFY_LINK_DAYS} days.
      </p>
      {button(verifyUrl, 'Confirm my address')}
      <p>
        Once you have confirmed, someone from the campaign checks the request before anything is
        published. If you did not ask, ignore this email and nothing will happen.
      </p>
    </>,
  );
}

/** Tells the signatory the signature (or pledge) is public, with what comes next. */
export function signingApprovedEmail(
  to: Person,
  {
    councilName,
    slug,
    status,
  }: { councilName: string; slug: string; status: 'signed' | 'pledged' },
  { siteUrl, assessUrl }: { siteUrl: string; assessUrl: string },
): EmailMessage {
  const page = `${siteUrl}/councils/${slug}`;
  const subject =
    status === 'signed'
      ? `${councilName} has signed the Runaways' Charter`
      : `${councilName} is recorded as intending to sign`;
  const opening =
    status === 'signed'
      ? `Thank you. ${councilName}'s signature is now on the Runaways' Charter, and its page shows it.`
      : `Thank you. ${councilName}'s page now shows that it intends to sign the Runaways' Charter.`;
  const assess = `The planning guide turns the four steps into a checklist. Rate your progress on each action with your private link (it works for ${ASSESSMENT_LINK_DAYS} days; ask for a new one from your council page at any time):`;
  return composeEmail(
    { template: 'signing-approved', to: to.email, subject },
    <>
      <p>{opening}</p>
      {status === 'signed' ? (
        <p>
          <a href={`${page}/certificate`}>Your certificate, ready to print</a>, and a badge for your
          website on <a href={page}>your council's page</a>.
        </p>
      ) : (
        <p>
          See it on <a href={page}>your council's page</a>.
        </p>
      )}
      <p>{assess}</p>
      {button(assessUrl, 'Start the self-assessment')}
    </>,
    { greet: to.name },
  );
}

/** Tells the person who asked why their request was not approved. */
export function signingRejectedEmail(
  to: Person,
  { councilName, slug }: { councilName: string; slug: string },
  reason: string,
  siteUrl: string,
): EmailMessage {
  const subject = `Your request for ${councilName} and the Runaways' Charter`;
  const opening = `Thank you for your request about ${councilName} and the Runaways' Charter. We have not been able to approve it, for this reason:`;
  const after = `If you can put this right, you are welcome to ask again from ${siteUrl}/sign?council=${slug}, or reply to this email.`;
  return composeEmail(
    { template: 'signing-rejected', to: to.email, subject },
    <>
      <p>{opening}</p>
      <blockquote style={{ whiteSpace: 'pre-wrap' }}>{reason}</blockquote>
      <p>{after}</p>
    </>,
    { greet: to.name },
  );
}

/**
 * "Your council has signed", to supporters there who asked for campaign emails. A campaign
 * email, so it carries one-click unsubscribe (RFC 8058) in its headers and a link in its body.
 */
export function councilSignedEmail(
  to: { email: string; firstName: string; unsubscribeKey: string },
  { councilName, slug }: { councilName: string; slug: string },
  siteUrl: string,
): EmailMessage {
  const campaign = campaignEmailParts(unsubscribeUrl(siteUrl, to.unsubscribeKey));
  const subject = `${councilName} has signed the Runaways' Charter`;
  return composeEmail(
    {
      template: 'council-signed',
      to: to.email,
      subject,
      headers: campaign.headers,
    },
    <>
      <p>
        Good news: {councilName} has signed the Runaways' Charter. It has committed to count every
        child who runs away, to think about why, to act when they come back, and to prevent it
        happening again.
      </p>
      <p>Your support helped. Councils sign when they hear from the people they serve.</p>
      {button(`${siteUrl}/councils/${slug}`, `See ${councilName}'s page`)}
    </>,
    { greet: to.firstName, footer: campaign.footer },
  );
}

/** The kind of email below, named so the per-address limit can be asked before a link is made. */
export const ASSESSMENT_LINK_TEMPLATE = 'assessment-link';

/** A new private link to a council's self-assessment, sent on request. */
export function assessmentLinkEmail(
  to: string,
  councilName: string,
  assessUrl: string,
): EmailMessage {
  const subject = `Your self-assessment link for ${councilName}`;
  const body = `Here is a private link to your council’s self-assessment against the planning guide. It works for ${ASSESSMENT_LINK_DAYS} days. Anyone with the link can change the assessment, so do not forward it outside your team.`;
  const ignore = 'If you did not ask for it, you can ignore this email.';
  return composeEmail(
    { template: ASSESSMENT_LINK_TEMPLATE, to, subject },
    <>
      <p>{body}</p>
      {button(assessUrl, 'Open the self-assessment')}
      <p>{ignore}</p>
    </>,
  );
}
