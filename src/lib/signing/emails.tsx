import { ASSESSMENT_LINK_DAYS, VERIFY_LINK_DAYS } from './link-lifetimes.ts';
import type { EmailMessage } from '../email/outbox.ts';
import { button, campaignEmailParts, composeEmail } from '../email/layout.tsx';
import { unsubscribeUrl } from '../email/unsubscribe.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import { councilPageIn } from './council-names.ts';

/*
 * Every email here is in the language the person chose (the page they signed or joined on), and
 * names the council as that language does: a council in Wales by its Welsh name in Welsh. Links
 * go to pages in that language where there are some.
 */

interface Person {
  email: string;
  name: string;
}

/** A council's page, from an email in `locale`. */
function councilPageUrl(
  siteUrl: string,
  council: { slug: string; welshSlug?: string | null | undefined },
  locale: Locale,
): string {
  return `${siteUrl}${councilPageIn(locale, council).path}`;
}

/**
 * Asks the person who filled in the signing form to prove the address is theirs. Until they do,
 * it may be anyone's, so the email carries nothing they typed (their name, their job title).
 */
export function verifySigningEmail(
  to: string,
  { councilName, intent }: { councilName: string; intent: 'sign' | 'pledge' },
  verifyUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).signing.emails.verify;
  const what = intent === 'sign' ? t.sign(councilName) : t.pledge(councilName);
  return composeEmail(
    { template: 'signing-verify', to, subject: t.subject(councilName) },
    <>
      <p>{t.asked(what)}</p>
      <p>{t.confirm(VERIFY_LINK_DAYS)}</p>
      {button(verifyUrl, t.button)}
      <p>{t.after}</p>
    </>,
    { locale },
  );
}

/** Tells the signatory the signature (or pledge) is public, with what comes next. */
export function signingApprovedEmail(
  to: Person,
  {
    councilName,
    slug,
    welshSlug,
    status,
  }: {
    councilName: string;
    slug: string;
    welshSlug?: string | null;
    status: 'signed' | 'pledged';
  },
  { siteUrl, assessUrl }: { siteUrl: string; assessUrl: string },
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).signing.emails.approved;
  const page = councilPageUrl(siteUrl, { slug, welshSlug }, locale);
  // The certificate's address is the English page's: it serves every council, Welsh ones bilingual.
  const certificate = `${siteUrl}/councils/${slug}/certificate`;
  const signed = status === 'signed';
  return composeEmail(
    {
      template: 'signing-approved',
      to: to.email,
      subject: signed ? t.signedSubject(councilName) : t.pledgedSubject(councilName),
    },
    <>
      <p>{signed ? t.signedOpening(councilName) : t.pledgedOpening(councilName)}</p>
      {signed ? (
        <p>
          <a href={certificate}>{t.certificate}</a>
          {t.badgeBefore} <a href={page}>{t.councilPage}</a>.
        </p>
      ) : (
        <p>
          {t.seeIt} <a href={page}>{t.councilPage}</a>.
        </p>
      )}
      <p>{t.assess(ASSESSMENT_LINK_DAYS)}</p>
      {button(assessUrl, t.button)}
    </>,
    { greet: to.name, locale },
  );
}

/** Tells the person who asked why their request was not approved. */
export function signingRejectedEmail(
  to: Person,
  { councilName, slug }: { councilName: string; slug: string },
  reason: string,
  siteUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).signing.emails.rejected;
  const again = `${siteUrl}${localisedPath('/sign', locale)}?council=${slug}`;
  return composeEmail(
    { template: 'signing-rejected', to: to.email, subject: t.subject(councilName) },
    <>
      <p>{t.opening(councilName)}</p>
      <blockquote style={{ whiteSpace: 'pre-wrap' }}>{reason}</blockquote>
      <p>{t.after(again)}</p>
    </>,
    { greet: to.name, locale },
  );
}

/**
 * "Your council has signed", to supporters there who asked for campaign emails, each in their own
 * language. A campaign email, so it carries one-click unsubscribe (RFC 8058) in its headers and a
 * link in its body.
 */
export function councilSignedEmail(
  to: { email: string; firstName: string; unsubscribeKey: string },
  {
    councilName,
    slug,
    welshSlug,
  }: { councilName: string; slug: string; welshSlug?: string | null },
  siteUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).signing.emails.councilSigned;
  const campaign = campaignEmailParts(unsubscribeUrl(siteUrl, to.unsubscribeKey));
  return composeEmail(
    {
      template: 'council-signed',
      to: to.email,
      subject: t.subject(councilName),
      headers: campaign.headers,
    },
    <>
      <p>{t.news(councilName)}</p>
      <p>{t.helped}</p>
      {button(councilPageUrl(siteUrl, { slug, welshSlug }, locale), t.button(councilName))}
    </>,
    { greet: to.firstName, footer: campaign.footer, locale },
  );
}

/** The kind of email below, named so the per-address limit can be asked before a link is made. */
export const ASSESSMENT_LINK_TEMPLATE = 'assessment-link';

/** A new private link to a council's self-assessment, sent on request. */
export function assessmentLinkEmail(
  to: string,
  councilName: string,
  assessUrl: string,
  locale: Locale = 'en',
): EmailMessage {
  const t = messages(locale).signing.emails.assessmentLink;
  return composeEmail(
    { template: ASSESSMENT_LINK_TEMPLATE, to, subject: t.subject(councilName) },
    <>
      <p>{t.body(ASSESSMENT_LINK_DAYS)}</p>
      {button(assessUrl, t.button)}
      <p>{t.ignore}</p>
    </>,
    { locale },
  );
}
