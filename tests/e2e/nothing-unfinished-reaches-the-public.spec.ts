import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Delivery } from '../fakes/resend.ts';
import { withDatabase } from './database.ts';
import { everyEmailSent } from './inbox.ts';

/**
 * Scaffolding that must never reach a reader: the word "placeholder", a domain reserved for
 * examples (RFC 2606), a developer's command. Runs after every journey (its own Playwright
 * project, depending on `site`), so the pages hold what the journeys added and the emails are all
 * the run sent.
 */
const UNFINISHED = [
  { what: '"placeholder"', pattern: /placeholder/gi },
  { what: 'a .example domain', pattern: /\.example\b/gi },
  // example.org, but not the real example.org.uk.
  { what: 'an example domain', pattern: /\bexample\.(?:com|org|net)(?![.-]?[a-z0-9])/gi },
  { what: 'a developer command', pattern: /\bnpm run\b/gi },
];

/** The most pages the crawl opens: the site has about 600, so a runaway crawl stops here. */
const MAX_PAGES = 2_000;

/** Paths a reader never sees (the team's area, development tools, webhooks). */
const NOT_PUBLIC = /^\/(?:admin|dev|api)(?:\/|$)/;

/** Responses that are copy someone may read: pages, feeds, open data, badges. Not CSS or images. */
const READABLE = /^(?:text\/(?:html|plain|csv|xml)|application\/(?:json|xml|rss\+xml)|image\/svg)/;

/** Leaves that are never pages, to save fetching them. */
const ASSET = /\.(?:css|js|mjs|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|pdf)$/i;

interface Found {
  what: string;
  snippet: string;
}

/** Each kind of scaffolding in `content`, with the text around its first appearance. */
function findUnfinished(content: string): Found[] {
  return UNFINISHED.flatMap(({ what, pattern }) => {
    const match = [...content.matchAll(pattern)][0];
    if (!match) return [];
    const at = match.index;
    const snippet = content
      .slice(Math.max(0, at - 50), at + match[0].length + 50)
      .replace(/\s+/g, ' ')
      .trim();
    return [{ what, snippet }];
  });
}

/**
 * Adds to `found` each kind of scaffolding in the first of `contents` that has it (a page's
 * markup, then its text), as "where: what in …snippet…": one line per kind and place, however
 * often it appears there. Emails are placed by subject, so a template's mistake is listed once.
 */
function report(found: Map<string, string>, where: string, ...contents: string[]): void {
  for (const content of contents) {
    for (const { what, snippet } of findUnfinished(content)) {
      const key = `${where}: ${what}`;
      if (!found.has(key)) found.set(key, `${key} in "…${snippet}…"`);
    }
  }
}

/** Text from HTML, entities decoded, so "npm&#32;run" cannot hide from the check. */
function textOf(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, code: string) => {
      if (code[0] !== '#') return named[code.toLowerCase()] ?? ' ';
      const point =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : +code.slice(1);
      return String.fromCodePoint(point);
    });
}

/**
 * A page or an email body as checked: its markup (alt text, titles, links) without form boxes'
 * `placeholder="…"` attributes, which are HTML's word for a hint, not scaffolding; and its text.
 */
function readable(html: string): string[] {
  return [html.replace(/\splaceholder\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ' '), textOf(html)];
}

/**
 * A page without its readers' comments (each an `<li id="comment-…">`, see
 * src/components/news/Comments.astro): their words, which a moderator approved, not our copy. A
 * reader may well write "placeholder", and the journeys' comments link to example.org on purpose.
 */
function withoutComments(html: string): string {
  return html.replace(/<li\b[^>]*\bid="comment-\d+"[^>]*>[\s\S]*?<\/li>/g, ' ');
}

/** The links on a page (and a sitemap's addresses), as paths on this site worth reading. */
function linksIn(body: string, from: URL): string[] {
  const hrefs = [
    ...[...body.matchAll(/<(?:a|link)\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
      (m) => (m[1] ?? m[2])!,
    ),
    ...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
  ];
  return hrefs.flatMap((href) => {
    let url: URL;
    try {
      url = new URL(href.replaceAll('&amp;', '&'), from);
    } catch {
      return [];
    }
    // Canonical, sitemap and preview addresses use the configured public address (localhost).
    const ours = url.origin === from.origin || url.hostname === 'localhost';
    if (!ours || !url.protocol.startsWith('http')) return [];
    if (NOT_PUBLIC.test(url.pathname) || ASSET.test(url.pathname)) return [];
    return [url.pathname + url.search];
  });
}

/** Crawls the public site from `start`, reading every page it links to; returns what it read. */
async function crawl(request: APIRequestContext, origin: string, start: string[]) {
  const queue = [...new Set(start)];
  const seen = new Set(queue);
  const pages: { path: string; body: string }[] = [];
  let next = 0;
  // Four requests at a time: the server has two cores, and the floods' servers share them.
  while (next < queue.length && next < MAX_PAGES) {
    const wave = queue.slice(next, Math.min(next + 4, MAX_PAGES));
    next += wave.length;
    await Promise.all(
      wave.map(async (path) => {
        const response = await request.get(path);
        if (!READABLE.test(response.headers()['content-type'] ?? '')) return;
        const body = await response.text();
        pages.push({ path, body });
        for (const link of linksIn(body, new URL(path, origin))) {
          if (!seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }),
    );
  }
  return { pages, unread: queue.length - next };
}

/**
 * An email body with every email address taken out. The tests type writers' and targets'
 * addresses on reserved domains (ana@cardiff.example, x@example.org) on purpose, and our copy
 * repeats them where it should (a letter's Reply-To, "we sent a link to …"); what is checked is
 * the copy around them. An address our own copy made up would be missed, which is the price.
 */
function withoutAddresses(content: string): string {
  return content.replace(/[\w.+-]+(?:@|%40|&#0*64;)[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi, ' ');
}

test('no public page shows anything unfinished', async ({ request, baseURL }) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const councils = [...sitemap.matchAll(/<loc>[^<]*\/councils\/([a-z0-9-]+)<\/loc>/g)].map(
    (m) => m[1]!,
  );
  expect(councils).toHaveLength(175);
  // Each council's letter page is linked from its council page; a sample is named here as well,
  // in case a council page stops linking to it.
  const letterPages = councils.filter((_, n) => n % 10 === 0).map((slug) => `/lobby/${slug}`);
  const { pages, unread } = await crawl(request, origin, [
    '/',
    '/sitemap.xml',
    ...linksIn(sitemap, new URL('/sitemap.xml', origin)),
    ...letterPages,
  ]);

  const paths = pages.map((page) => page.path);
  expect(unread, `pages left unread after ${MAX_PAGES}`).toBe(0);
  for (const slug of councils) expect(paths).toContain(`/councils/${slug}`);
  for (const path of letterPages) expect(paths).toContain(path);
  expect(paths.filter((path) => /^\/stories\/[a-z0-9-]+$/.test(path)).length).toBeGreaterThan(3);

  const found = new Map<string, string>();
  for (const { path, body } of pages) report(found, path, ...readable(withoutComments(body)));
  test.info().annotations.push({ type: 'crawled', description: `${pages.length} pages` });
  console.log(`Read ${pages.length} public pages; ${found.size} problems`);
  expect([...found.values()], 'scaffolding on public pages').toEqual([]);
});

test('no email the run sent says anything unfinished', async () => {
  // What the journeys queued last is sent within a second or two; wait for it.
  const due = () =>
    withDatabase(
      (db) =>
        db
          .prepare(
            `SELECT count(*) FROM email_outbox WHERE state = 'queued' AND next_attempt_at <= ?`,
          )
          .pluck()
          .get(new Date().toISOString()) as number,
    );
  await expect.poll(due, { timeout: 60_000, message: 'emails waiting to be sent' }).toBe(0);

  const { shared, ownSites } = await everyEmailSent();
  // Emails set for later (a follow-up, a letter held for a day with room) are read from the
  // outbox, which keeps a queued email's body until it goes.
  const later = withDatabase(
    (db) =>
      db
        .prepare(`SELECT subject, html, text FROM email_outbox WHERE state = 'queued'`)
        .all() as Pick<Delivery, 'subject' | 'html' | 'text'>[],
  );

  const found = new Map<string, string>();
  for (const { subject, html, text } of [...shared, ...ownSites, ...later]) {
    report(
      found,
      `email "${subject}"`,
      withoutAddresses(subject),
      withoutAddresses(text),
      ...readable(withoutAddresses(html)),
    );
  }
  test.info().annotations.push({
    type: 'read',
    description: `${shared.length} emails sent by the shared server, ${ownSites.length} by tests' own servers, ${later.length} set for later`,
  });
  console.log(
    `Read ${shared.length} emails from the shared server, ${ownSites.length} from tests' own servers and ${later.length} set for later; ${found.size} problems`,
  );
  expect([...found.values()], 'scaffolding in emails').toEqual([]);
});
