import type { Locale } from '../i18n/locales.ts';

/**
 * The words people agree to, versioned: a consent record names the version it was given under,
 * so a change of wording never changes what someone agreed to. Change the text, change the
 * version.
 */
export const CONSENT_TEXTS = {
  pledge: {
    version: 'pledge-2026-11-24',
    text:
      "I support the Runaways' Charter. Count my name among its supporters, and use my postcode " +
      'to count me in my council area.',
  },
  campaign_emails: {
    version: 'campaign-emails-2026-11-24',
    text: 'Email me about the campaign, including when my council signs. I can stop at any time.',
  },
} as const;

export type ConsentPurpose = keyof typeof CONSENT_TEXTS;

/**
 * The same agreements in Welsh, as a supporter on a Welsh page reads and agrees to them. Their
 * versions end in `-cy`, so a consent record names the Welsh words themselves, not the English
 * they were translated from.
 */
export const WELSH_CONSENT_TEXTS: Record<ConsentPurpose, { version: string; text: string }> = {
  pledge: {
    version: 'pledge-2026-12-02-cy',
    text:
      "Rwy'n cefnogi Siarter y Plant sy'n Rhedeg i Ffwrdd. Cyfrifwch fy enw ymhlith ei " +
      "chefnogwyr, a defnyddiwch fy nghod post i'm cyfrif yn ardal fy nghyngor.",
  },
  campaign_emails: {
    version: 'campaign-emails-2026-12-02-cy',
    text:
      'Anfonwch negeseuon e-bost ataf am yr ymgyrch, gan gynnwys pan fydd fy nghyngor yn ' +
      "llofnodi. Gallaf roi'r gorau iddi unrhyw bryd.",
  },
};

/** The wording of an agreement, and its version, in the language of the page it was given on. */
export function consentText(
  purpose: ConsentPurpose,
  locale: Locale,
): { version: string; text: string } {
  return locale === 'cy' ? WELSH_CONSENT_TEXTS[purpose] : CONSENT_TEXTS[purpose];
}
