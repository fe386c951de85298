import { LANGUAGE_TAG } from '../i18n/locales.ts';
import { WELSH_PAGES } from '../i18n/pages.ts';

/** The English private pages and prefixes; their Welsh pages are added below. */
const ENGLISH_PRIVATE_PATHS = [
  '/pledge/',
  '/privacy/manage',
  '/unsubscribe',
  '/dev/',
  '/councils/find',
  '/lobby/check-inbox',
  '/lobby/confirm',
  '/lobby/sent',
  '/lobby/reply',
  '/sign/',
  '/assess',
  '/donate/thanks',
  '/donate/manage',
  '/admin',
];

/**
 * Pages reached from an emailed link or a form, and development pages: kept out of the sitemap
 * and out of search engines (robots.txt), in both languages (/pledge/confirm and
 * /cy/addewid/cadarnhau alike).
 */
export const PRIVATE_PATHS: readonly string[] = [
  ...ENGLISH_PRIVATE_PATHS,
  ...Object.entries(WELSH_PAGES)
    .filter(([english]) => ENGLISH_PRIVATE_PATHS.some((prefix) => english.startsWith(prefix)))
    .map(([, welsh]) => welsh),
];

export interface SitemapEntry {
  /** Path on this site, such as `/stories/maya`. */
  path: string;
  /** When the page's content last changed, where known. */
  lastModified?: Date;
  /** The page in each language, when it has a Welsh counterpart: its hreflang alternates. */
  alternates?: { en: string; cy: string };
}

/**
 * A page and, when it has one, its Welsh counterpart (`welshPath`), each listing both as
 * alternates, as the pages' own hreflang links do.
 */
export function withWelsh(entry: SitemapEntry, welshPath: string | undefined): SitemapEntry[] {
  if (!welshPath) return [entry];
  const alternates = { en: entry.path, cy: welshPath };
  return [
    { ...entry, alternates },
    { ...entry, path: welshPath, alternates },
  ];
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/**
 * The `xhtml:link` alternates of a page in both languages (Google's sitemap extension for
 * localised pages): English, Welsh, and English for a reader of any other language.
 */
function alternateLinks(site: URL, alternates: SitemapEntry['alternates']): string {
  if (!alternates) return '';
  const link = (hreflang: string, path: string) =>
    `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(new URL(path, site).href)}"/>`;
  return (
    link(LANGUAGE_TAG.en, alternates.en) +
    link(LANGUAGE_TAG.cy, alternates.cy) +
    link('x-default', alternates.en)
  );
}

/**
 * A sitemaps.org document listing each entry once, in path order; the xhtml namespace is declared
 * when some page has alternates in the other language.
 */
export function renderSitemap(site: URL, entries: readonly SitemapEntry[]): string {
  const unique = new Map(entries.map((entry) => [entry.path, entry]));
  const urls = [...unique.values()]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ path, lastModified, alternates }) => {
      const lastmod = lastModified
        ? `<lastmod>${lastModified.toISOString().slice(0, 10)}</lastmod>`
        : '';
      return `  <url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod}${alternateLinks(site, alternates)}</url>`;
    });
  const xhtml = entries.some((entry) => entry.alternates)
    ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join('\n')}\n</urlset>\n`;
}
