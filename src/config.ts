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
  /** Its name and what to tell a young person about it are in the catalogue: site.helplines. */
  id: 'runaway' | 'childline' | 'meic' | 'danger';
  /** As people say and dial it, with spaces. */
  number: string;
}

/**
 * Signposted in the footer of every page and on the get-help page. Meic is the helpline for
 * children and young people in Wales (8am to midnight, in Welsh or English).
 */
export const HELPLINES: readonly Helpline[] = [
  { id: 'runaway', number: '116 000' },
  { id: 'childline', number: '0800 1111' },
  { id: 'meic', number: '080880 23456' },
  { id: 'danger', number: '999' },
];

/** Meic also answers texts, on a number of its own (free, 8am to midnight). */
export const MEIC_TEXT_NUMBER = '84001';

/** The `sms:` form of a number people text. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/\s+/g, '')}`;
}

/** The `tel:` form of a helpline number. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '')}`;
}

/**
 * The main sections, in the order the header lists them, by their English paths; the labels are
 * in the catalogue (site.nav, site.footer). A section joins the list when its page exists: the
 * crawl test fails on any link to a missing page.
 */
export const NAVIGATION = [
  { href: '/stories', key: 'stories' },
  { href: '/charter', key: 'charter' },
  { href: '/councils', key: 'councils' },
  { href: '/news', key: 'news' },
  { href: '/get-help', key: 'getHelp' },
  { href: '/join', key: 'join' },
] as const;

/** Pages about the campaign and this site, linked from every footer. */
export const FOOTER_LINKS = [
  { href: '/about', key: 'about' },
  { href: '/progress', key: 'progress' },
  { href: '/sources', key: 'sources' },
  { href: '/resources', key: 'resources' },
  { href: '/data', key: 'data' },
  { href: '/news/rss.xml', key: 'rss' },
  { href: '/privacy', key: 'privacy' },
  { href: '/accessibility', key: 'accessibility' },
] as const;

/**
 * Added to the footer's links only where gifts can be taken (STRIPE_SECRET_KEY is set), so no
 * page sends anyone to a donate page that takes nothing. Only pages rendered on request show it:
 * a page built in advance cannot know the settings of the server that will serve it.
 */
export const DONATE_LINK = { href: '/donate', key: 'donate' } as const;

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
