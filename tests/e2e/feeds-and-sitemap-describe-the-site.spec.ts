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
