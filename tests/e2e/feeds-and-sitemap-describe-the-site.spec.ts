import { expect, test } from './fixtures.ts';

test('the news feed lists every post, newest first, with absolute links', async ({ request }) => {
  const response = await request.get('/news/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map(([item]) => item);
  expect(items.length).toBeGreaterThanOrEqual(4);
  const titles = items.map((item) =>
    /<title>(.*?)<\/title>/.exec(item)?.[1]?.replaceAll('&apos;', "'"),
  );
  expect(titles[0]).toBe('Why every child who comes back needs a return interview');
  expect(titles.at(-1)).toBe("Launching the Runaways' Charter");
  for (const item of items)
    expect(item).toMatch(/<link>https?:\/\/[^<]+\/news\/[a-z0-9-]+<\/link>/);
});

test('the sitemap lists every page, and every page it lists is there', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  for (const path of [
    '/',
    '/stories',
    '/stories/rhys-shed',
    '/charter',
    '/news',
    '/get-help',
    '/about',
    '/privacy',
    '/accessibility',
    '/sources',
    '/resources/safeguarding-planning-guide',
  ]) {
    expect(paths).toContain(path);
  }
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

test('the sitemap lists the Welsh pages, each paired with its English page both ways', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const urls = new Map(
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, url]) => [
      new URL(/<loc>([^<]+)<\/loc>/.exec(url!)![1]!).pathname,
      url!,
    ]),
  );
  /** The page in each language, as the sitemap names them for `path`. */
  const alternatesOf = (path: string) =>
    Object.fromEntries(
      [...(urls.get(path) ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
        ([, lang, href]) => [lang, new URL(href!).pathname],
      ),
    );
  for (const [english, welsh] of [
    ['/', '/cy'],
    ['/charter', '/cy/siarter'],
    ['/get-help', '/cy/cael-help'],
    ['/councils', '/cy/cynghorau'],
    ['/councils/cardiff', '/cy/cynghorau/caerdydd'],
    ['/councils/gwynedd', '/cy/cynghorau/gwynedd'],
  ] as const) {
    const both = { 'en-GB': english, cy: welsh, 'x-default': english };
    expect(alternatesOf(english), english).toEqual(both);
    expect(alternatesOf(welsh), welsh).toEqual(both);
  }
  const welshCouncils = [...urls.keys()].filter((path) => path.startsWith('/cy/cynghorau/'));
  expect(welshCouncils).toHaveLength(22);
  // A page only for someone following an emailed link stays out, in Welsh as in English.
  expect(urls.has('/cy/dad-danysgrifio')).toBe(false);
  expect(urls.has('/cy/addewid/cadarnhau')).toBe(false);
  // An English page with no Welsh version names no alternates.
  expect(alternatesOf('/about')).toEqual({});
});
