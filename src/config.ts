/**
 * Campaign constants: the facts and numbers every page shares. Settings that differ between
 * machines live in `src/lib/env.ts` instead.
 */
export const SITE_NAME = 'Make Runaways Safe';

/**
 * Days the server's log is kept, as the privacy page promises. The log is the running server's
 * record of requests (time, address without its query, status, duration; never an IP address or
 * anything typed into a form); in production a journal of its own deletes it after this long
 * (deploy/journald@make-runaways-safe.conf, which a test holds to this number).
 */
export const LOG_RETENTION_DAYS = 14;

/**
 * Where quick exit goes: a busy, everyday site that says nothing about why someone left. It has
 * no account to sign in to and looks ordinary in a browser history.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** How to keep a visit private: linked from the quick-exit bar and the get-help page. */
export const COVER_YOUR_TRACKS_PATH = '/get-help/cover-your-tracks';

export interface Helpline {
  name: string;
  /** As people say and dial it, with spaces. */
  number: string;
  /** What to tell a young person about calling. */
  detail: string;
}

/** Signposted in the footer of every page and on the get-help page. */
export const HELPLINES: readonly Helpline[] = [
  {
    name: 'Runaway Helpline',
    number: '116 000',
    detail: 'Free and confidential. Call or text, any time of day or night.',
  },
  {
    name: 'Childline',
    number: '0800 1111',
    detail: 'Free, and it will not show on a phone bill.',
  },
  {
    name: 'In danger now',
    number: '999',
    detail: 'Call the police or an ambulance straight away.',
  },
];

/** The `tel:` form of a helpline number. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '')}`;
}

/**
 * The main sections, in the order the header lists them. A section joins the list when its page
 * exists: the crawl test fails on any link to a missing page.
 */
export const NAVIGATION = [
  { href: '/stories', label: 'Stories' },
  { href: '/charter', label: 'The charter' },
  { href: '/councils', label: 'Councils' },
  { href: '/news', label: 'News' },
  { href: '/get-help', label: 'Get help' },
  { href: '/join', label: 'Join' },
] as const;

/** Pages about the campaign and this site, linked from every footer. */
export const FOOTER_LINKS = [
  { href: '/about', label: 'About the campaign' },
  { href: '/progress', label: "The campaign's progress" },
  { href: '/sources', label: 'Where our figures come from' },
  { href: '/resources', label: 'Reports and guides' },
  { href: '/data', label: 'Open data' },
  { href: '/news/rss.xml', label: 'News feed (RSS)' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/accessibility', label: 'Accessibility' },
] as const;

/**
 * Added to the footer's links only where gifts can be taken (STRIPE_SECRET_KEY is set), so no
 * page sends anyone to a donate page that takes nothing. Only pages rendered on request show it:
 * a page built in advance cannot know the settings of the server that will serve it.
 */
export const DONATE_LINK = { href: '/donate', label: 'Donate' } as const;

/**
 * The campaign team's inbox, for councils, journalists and anyone who needs a person. It must be
 * an address the charity reads every working day.
 */
export const CONTACT_EMAIL = 'campaign@makerunawayssafe.org.uk';

/** The credit the councils dataset's licence asks for, wherever council data is shown. */
export const COUNCIL_DATA_CREDIT =
  'Council names, codes and locations: mySociety, UK local authority names and codes, CC BY 4.0.';
export const COUNCIL_DATA_CREDIT_URL =
  'https://pages.mysociety.org/uk_local_authority_names_and_codes/';
