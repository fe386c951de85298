import { localeOfPath, type Locale } from './locales.ts';

/**
 * Every page that has a Welsh version, by its English path. A page is listed here when its Welsh
 * version exists and not before: the language link, hreflang and every localised redirect read
 * this table, and the Welsh crawl fails on a link to a Welsh page that does not answer.
 * Pages whose address holds a name (a council, a story) pass their counterpart to the layout.
 */
export const WELSH_PAGES = {
  '/': '/cy',
  '/charter': '/cy/siarter',
  '/get-help': '/cy/cael-help',
  '/get-help/cover-your-tracks': '/cy/cael-help/cuddio-eich-olion',
  '/join': '/cy/ymuno',
  '/pledge/check-inbox': '/cy/addewid/gwirio-eich-ebost',
  '/pledge/confirm': '/cy/addewid/cadarnhau',
  '/pledge/thanks': '/cy/addewid/diolch',
  '/councils': '/cy/cynghorau',
  '/councils/find': '/cy/cynghorau/chwilio',
  '/sign': '/cy/llofnodi',
  '/sign/check-inbox': '/cy/llofnodi/gwirio-eich-ebost',
  '/sign/verify': '/cy/llofnodi/gwirio',
  '/sign/verified': '/cy/llofnodi/wedi-gwirio',
  '/assess': '/cy/hunanasesu',
  '/assess/new-link': '/cy/hunanasesu/dolen-newydd',
  '/lobby': '/cy/lobio',
  '/lobby/check-inbox': '/cy/lobio/gwirio-eich-ebost',
  '/lobby/confirm': '/cy/lobio/cadarnhau',
  '/lobby/sent': '/cy/lobio/wedi-anfon',
  '/lobby/reply': '/cy/lobio/ateb',
  '/lobby/results': '/cy/lobio/canlyniadau',
  '/privacy': '/cy/preifatrwydd',
  '/privacy/manage': '/cy/preifatrwydd/rheoli',
  '/privacy/request': '/cy/preifatrwydd/cais',
  '/stories': '/cy/straeon',
  '/unsubscribe': '/cy/dad-danysgrifio',
} as const satisfies Record<string, `/cy${string}`>;

const ENGLISH_PAGES = new Map<string, string>(
  Object.entries(WELSH_PAGES).map(([english, welsh]) => [welsh, english]),
);

/**
 * The same page in the other language, when the table has it (a path whose address holds a name
 * is given by its page instead). Undefined for a page with no counterpart.
 */
export function counterpartOf(pathname: string): string | undefined {
  if (localeOfPath(pathname) === 'cy') return ENGLISH_PAGES.get(pathname);
  return (WELSH_PAGES as Record<string, string>)[pathname];
}

/**
 * A site path as a page in `locale` links to it: the Welsh page where there is one, otherwise the
 * English page as it is. A query or fragment is kept (`/sign/check-inbox?council=…`).
 */
export function localisedPath(path: string, locale: Locale): string {
  if (locale === 'en') return path;
  const at = path.search(/[?#]/);
  const [bare, rest] = at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
  const welsh = (WELSH_PAGES as Record<string, string>)[bare];
  return welsh ? `${welsh}${rest}` : path;
}

/** Whether a Welsh page links here in Welsh (true) or sends the reader to English (false). */
export function hasWelsh(path: string): boolean {
  return localisedPath(path, 'cy') !== path;
}
