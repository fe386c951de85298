import { expect, test } from './fixtures.ts';

test('the home page counts the councils that have signed, from the database', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The 32 seeded signatories, and any that other tests have signed meanwhile.
  const signed = page.locator('strong', { hasText: /\b\d+ of 175\b/ });
  await expect(signed).toBeVisible();
  expect(Number(/(\d+) of 175/.exec(await signed.innerText())![1])).toBeGreaterThanOrEqual(32);
  await expect(
    page.getByRole('link', { name: 'See the map of councils, and find yours' }),
  ).toHaveAttribute('href', '/councils');
});

test('the home page says how many people support the campaign, and how that is made up', async ({
  page,
}) => {
  // The 7,000 of the charter's first year are counted from the start, with everyone since.
  await expect(async () => {
    await page.goto('/');
    const { online, offline, total } = await (
      await page.request.get('/api/pledges/count.json')
    ).json();
    expect(offline).toBeGreaterThanOrEqual(7000);
    expect(total).toBe(online + offline);
    const supporters = page.getByRole('region', { name: 'People who have joined' });
    await expect(supporters.locator('.goal__figure')).toHaveText(
      `${total.toLocaleString('en-GB')} people have joined the campaign.`,
      { timeout: 500 },
    );
    await expect(supporters).toContainText(
      `That is ${offline.toLocaleString('en-GB')} counted by the campaign team from sign-ups elsewhere (on paper, or on lists from before this site; how we count), and ${online.toLocaleString('en-GB')} who joined here.`,
      { timeout: 500 },
    );
    await expect(supporters.getByRole('link', { name: 'how we count' })).toHaveAttribute(
      'href',
      '/sources#counts-heading',
    );
  }).toPass({ timeout: 30_000 });
});

test('every page has the main sections, a skip link and the helplines', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const section of ['Stories', 'The charter', 'Councils', 'News', 'Get help', 'Join']) {
    await expect(nav.getByRole('link', { name: section, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: '116 000' })).toHaveAttribute('href', 'tel:116000');
  await expect(footer.getByRole('link', { name: '0800 1111' })).toHaveAttribute(
    'href',
    'tel:08001111',
  );
  await expect(footer.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
});

test('the home page ships no JavaScript but the small quick-exit script and the live count', async ({
  page,
}) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push({
        url: new URL(response.url()).pathname,
        bytes: (await response.body()).length,
      });
    }
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(scripts.map((script) => script.url)).toEqual(['/quick-exit.js']);
  expect(scripts[0]!.bytes).toBeLessThanOrEqual(2048);
  // The goal bar's count keeps itself current (GoalBar.astro), in a script small enough to inline.
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain('/api/pledges/count.json');
  expect(inline[0]!.length).toBeLessThanOrEqual(1024);
});

test('the home page is sent with a strict security policy and headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
});
