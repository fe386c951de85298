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
