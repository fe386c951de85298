import { COUNCIL_DATA_CREDIT } from '../../../../config.ts';

/** The frame every page shares: header, footer, quick exit, helplines. */
export const site = {
  skipLink: 'Skip to main content',
  /** The campaign's name stays in English on Welsh pages: it is a name, not a sentence. */
  mainNavigation: 'Main',
  footerNavigation: 'About this site',
  languageLink: 'Read this page in Welsh',
  nav: {
    stories: 'Stories',
    charter: 'The charter',
    councils: 'Councils',
    news: 'News',
    getHelp: 'Get help',
    join: 'Join',
  },
  footer: {
    about: 'About the campaign',
    progress: "The campaign's progress",
    sources: 'Where our figures come from',
    resources: 'Reports and guides',
    data: 'Open data',
    rss: 'News feed (RSS)',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    donate: 'Donate',
    /** After a link to a page that has no version in this language; nothing in English. */
    inEnglish: '',
    campaignBy: (siteName: string, charity: string) =>
      `${siteName} is a campaign by ${charity}, asking every council in England and Wales to sign the Runaways' Charter.`,
    contact: 'Contact the campaign team at',
    dataCredit: COUNCIL_DATA_CREDIT,
  },
  /** What an emailed link that no longer opens anything says (LinkProblem). */
  link: {
    expired: 'This link has expired',
    unknown: 'We do not recognise this link',
    wholeLink:
      'Check you used the whole link from our email; some email programs split long links.',
  },
  quickExit: {
    label: 'Quick exit',
    leave: 'Leave this site quickly',
    hint: 'or press Shift 3 times',
    coverTracks: 'Cover your tracks',
  },
  helplines: {
    heading: 'Need help now?',
    runaway: {
      name: 'Runaway Helpline',
      detail: 'Free and confidential. Call or text, any time of day or night.',
    },
    childline: { name: 'Childline', detail: 'Free, and it will not show on a phone bill.' },
    meic: {
      name: 'Meic (in Wales)',
      detail: 'Free. Call, or text 84001, 8am to midnight every day. In Welsh or English.',
    },
    danger: { name: 'In danger now', detail: 'Call the police or an ambulance straight away.' },
  },
  /** "There is a problem" before a page's title when its form came back. */
  problemTitle: (title: string) => `There is a problem: ${title}`,
};
