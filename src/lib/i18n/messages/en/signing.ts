import { signingAssess } from './signing-assess.ts';
import { signingEmails } from './signing-emails.ts';

/**
 * The signing pages' interface strings: the form a council officer signs with, the pages its
 * emailed link leads to, the self-assessment (`assess`) and the emails they get (`emails`).
 */
export const signing = {
  title: "Sign the Runaways' Charter for your council",
  description:
    "For council officers and lead members: sign the Runaways' Charter, or tell us your council intends to.",
  heading: 'Sign the charter for your council',
  lead: 'For directors and officers of children’s services and lead members. It takes five minutes.',
  howItWorks: {
    tell: 'Tell us who you are, and commit your council to the four steps below.',
    press: 'Press the link we email to your council address.',
    check:
      'We check the request and publish it. You then get a certificate, a badge for your website and a self-assessment against the planning guide.',
  },
  form: {
    signedCouncilLink: 'See the council’s page, certificate and badge',
    yourCouncil: 'Your council',
    councilLabel: 'Council',
    chooseCouncil: 'Choose your council',
    aboutYou: 'About you',
    name: 'Your full name',
    role: 'Your job title',
    roleHint: 'For example, Director of Children’s Services.',
    email: 'Your council email address',
    emailHint:
      'Use your address on the council’s own domain: then the link we send proves who you are. Any other address is checked with the council first, which takes longer.',
    leadMember: 'Name of the lead member for children’s services',
    leadMemberHint: 'The councillor who holds the portfolio.',
    intent: 'Signing now, or later?',
    intentSign: 'We sign now',
    intentPledge: 'We intend to sign, by the date below',
    intendsBy: 'Date by which your council intends to sign (only if it is not signing now)',
    intendsByHint: 'For example, 2027-03-31.',
    charterHeading: 'The Runaways’ Charter',
    wordedIn: (month: string) => `The wording you commit to: the charter as worded in ${month}.`,
    commitment:
      "On behalf of my council, I commit to the four steps of the Runaways' Charter set out here, and to working with our partners to take them.",
    privacy:
      'We publish your name, job title and the date on your council’s page and certificate, never your email address.',
    submit: 'Send for checking',
  },
  /** Shared by the forms and the pages their links open. */
  common: {
    checkEmail: 'Check your email',
  },
  checkInbox: {
    description: "Confirm your council's signature from the link we emailed you.",
    lead: (council: string | undefined) =>
      `We have emailed a link to the address you gave. Open it and press Confirm to show the request${council ? ` for ${council}` : ''} is yours.`,
    lasts: (days: number) =>
      `The link works for ${days} days. Council mail filters sometimes hold messages from outside: if nothing arrives within a few minutes, look in your junk folder or ask your IT team to release it. Nothing is published until you confirm and we have checked the request.`,
  },
  verify: {
    title: "Confirm your council's request",
    description: "Confirm that this request to sign the Runaways' Charter is yours.",
    heading: (council: string) => `Confirm your request for ${council}`,
    council: 'Council',
    asked: 'What you asked',
    askedSign: 'To sign the Runaways’ Charter now',
    askedPledge: (date: string) => `To record that the council intends to sign by ${date}`,
    signatory: 'Signatory',
    leadMember: 'Lead member for children’s services',
    willCheck: 'We will check with the council before publishing.',
    notOnDomain: (domain: string, councilDomain: string) =>
      `The address is at ${domain}, not at ${councilDomain} (the council’s own domain) or one of its subdomains.`,
    noDomain: (council: string, domain: string) =>
      `We have no web domain on record for ${council}, so the address (at ${domain}) cannot be matched to the council.`,
    confirm: 'Confirm',
    notYou: 'Not you, or changed your mind? Close this page and nothing happens.',
    already: 'You have already confirmed this request',
    approved: (council: string) => `It has been approved: ${council}'s page shows it.`,
    rejected: 'We could not approve it; we emailed you the reason.',
    waiting: 'It is waiting for us to check it. We will email you when it is published.',
    seePage: (council: string) => `See ${council}’s page`,
    expired:
      'Links work for a week, and this one was not used in time. Please fill in the form again.',
    signAgain: 'Sign the charter',
    signForCouncil: 'Sign the charter for your council',
  },
  verified: {
    title: 'Thank you: your request is confirmed',
    description: "Your council's request is waiting to be checked.",
    lead: (council: string | undefined) =>
      `We check every request before it is published, and will email you when ${council ? `${council}'s page` : 'your council’s page'} shows it, usually within two working days.`,
    review: (domain: string | undefined) =>
      `Your address is not on ${domain ?? 'the council’s own domain'}, so we will first check with the council that the request is genuine. It may take a little longer.`,
    meanwhile: 'Meanwhile, the',
    guide: 'planning guide',
    guideAfter: 'sets out the checklist you will assess your council against.',
  },
  problems: {
    unknownCouncil: 'Choose your council from the list.',
    alreadySigned: (council: string, when: string) =>
      `${council} signed the charter ${when}. A council signs once; its certificate and badge are on its page.`,
    alreadyPledged: (council: string, when: string) =>
      `${council} told us ${when} that it intends to sign. When it is ready, choose “We sign now”.`,
    dateOutOfRange: 'Choose a date after today and within the next two years.',
    tooManyEmails: (count: number) =>
      `We have already sent ${count} links to this address today. Look for them in its inbox (and spam folder), or try again tomorrow.`,
  },
  assess: signingAssess,
  emails: signingEmails,
};
