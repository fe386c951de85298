/**
 * Pages reached from an emailed link or a form, and development pages: kept out of the sitemap
 * and out of search engines (robots.txt).
 */
export const PRIVATE_PATHS = [
  '/pledge/',
  '/privacy/manage',
  '/unsubscribe',
  '/dev/',
  '/councils/find',
  '/lobby/check-inbox',
  '/lobby/confirm',
  '/lobby/sent',
  '/lobby/reply',
  '/cy/lobio/gwirio-eich-ebost',
  '/cy/lobio/cadarnhau',
  '/cy/lobio/wedi-anfon',
  '/cy/lobio/ateb',
  '/sign/',
  '/assess',
  '/donate/thanks',
  '/donate/manage',
  '/admin',
];

export interface SitemapEntry {
  /** Path on this site, such as `/stories/maya`. */
  path: string;
  /** When the page's content last changed, where known. */
  lastModified?: Date;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/** A sitemaps.org document listing each entry once, in path order. */
export function renderSitemap(site: URL, entries: readonly SitemapEntry[]): string {
  const unique = new Map(entries.map((entry) => [entry.path, entry]));
  const urls = [...unique.values()]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ path, lastModified }) => {
      const lastmod = lastModified
        ? `<lastmod>${lastModified.toISOString().slice(0, 10)}</lastmod>`
        : '';
      return `  <url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
