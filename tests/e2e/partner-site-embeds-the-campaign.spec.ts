import { createServer } from 'node:http';
import { councilEmbed, COUNT_EMBED, embedSnippet } from '../../src/lib/sharing/embeds.ts';
import { expect, expectStatusErrors, test } from './fixtures.ts';

/**
 * A partner's site serving one page: another origin on this machine (another port). A real server
 * rather than an intercepted address, because Chromium refuses frames from a page of unknown
 * address onto a loopback one (local network access checks).
 */
async function startPartnerSite(html: string): Promise<{ url: string; stop: () => void }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  server.unref();
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

/** A PNG's width and height, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("a partner's page shows the count and a council's card in frames, but not the site's own pages", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const site = new URL(baseURL!);
  // Exactly the code /data gives partners, and a frame of a page that is not made for it.
  const frames = [
    COUNT_EMBED,
    councilEmbed('kent', 'Kent'),
    { path: '/councils/kent', title: 'Kent', width: 320, height: 240 },
  ];
  const html = `<!doctype html><html lang="en-GB"><title>Partner</title><h1>Our partners</h1>${frames
    .map((frame) => embedSnippet(site, frame))
    .join('')}</html>`;
  const partner = await startPartnerSite(html);
  // Past the check that keeps pages from other sites (fixtures.ts): this one is the test's own.
  await page.route(`${partner.url}**`, (route) => route.continue());
  // The frame's own goto: page.goto would run axe over the refused frame's error page as well.
  await page.mainFrame().goto(partner.url);

  const count = page.frameLocator('iframe[src$="/embed/count"]');
  await expect(count.getByText(/\d+ (people have|person has) joined the campaign/)).toBeVisible();
  await expect(
    count.getByRole('link', { name: 'Join the campaign (opens in a new tab)' }),
  ).toHaveAttribute('href', '/join');
  const kent = page.frameLocator('iframe[src$="/embed/councils/kent"]');
  await expect(
    kent.getByRole('heading', { name: "Kent has signed the Runaways' Charter" }),
  ).toBeVisible();
  await expect(kent.locator('p', { hasText: /Signed\s+(by|on|in)\s/ })).toBeVisible();
  await expect(kent.getByRole('link', { name: /See what it promised/ })).toHaveAttribute(
    'href',
    '/councils/kent',
  );

  // Each card fits the size the code gives its frame, with no scroll bar.
  for (const path of [COUNT_EMBED.path, '/embed/councils/kent']) {
    const frame = page.frames().find((f) => f.url().endsWith(path))!;
    const overflow = await frame.evaluate(() => {
      const root = document.documentElement;
      return [root.scrollWidth - root.clientWidth, root.scrollHeight - root.clientHeight];
    });
    expect(overflow, `${path} overflows its frame by [x, y]`).toEqual([0, 0]);
    expect(await frame.evaluate(() => document.scripts.length), `${path} scripts`).toBe(0);
  }

  // The council's own page refuses to be framed: the browser says so and shows none of it.
  await expect
    .poll(() => consoleErrors.filter((e) => e.includes("frame-ancestors 'none'")).length)
    .toBe(1);
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((e) => !e.includes("frame-ancestors 'none'")),
  );
  const refused = page.frameLocator('iframe[src$="/councils/kent"]');
  await expect(refused.getByRole('heading', { name: 'Kent County Council' })).toHaveCount(0);
  partner.stop();
});

test('embeds, and only embeds, may be framed; they are cached and tagged, and a wrong council is a 404', async ({
  request,
}) => {
  for (const path of ['/embed/count', '/embed/councils/kent']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain('frame-ancestors *');
    expect(headers['content-security-policy'], path).not.toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(headers['cache-control'], path).toBe('public, max-age=60');
    const again = await request.get(path, { headers: { 'If-None-Match': headers.etag! } });
    expect(again.status(), path).toBe(304);
  }
  for (const path of ['/councils/kent', '/data', '/og/site.png', '/embed/councils/kent/']) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  const unknown = await request.get('/embed/councils/atlantis');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('There is no council at this address.');
});

test('the embeds pass axe, a missing council included', async ({ page, consoleErrors }) => {
  await page.goto('/embed/count');
  await page.goto('/embed/councils/wakefield');
  await expect(
    page.getByRole('link', { name: 'Ask the council to sign (opens in a new tab)' }),
  ).toBeVisible();
  await page.goto('/embed/councils/atlantis');
  await expect(page.getByText('There is no council at this address.')).toBeVisible();
  expectStatusErrors(consoleErrors, 404);
});

test("a council page's link preview is its own picture of where the council stands", async ({
  page,
  request,
}) => {
  await page.goto('/councils/kent');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/og\/councils\/kent\.png\?status=signed$/);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
    'content',
    "Kent has signed the Runaways' Charter",
  );
  const { pathname, search } = new URL(image!);
  const png = await request.get(pathname + search);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  const etag = png.headers().etag!;
  expect((await request.get(pathname, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  expect((await request.get('/og/councils/atlantis.png')).status()).toBe(404);
});
