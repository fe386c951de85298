import { expect, expectStatusErrors, test } from './fixtures.ts';

test('an unknown address gets a helpful 404 page with the site around it', async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto('/no-such-page');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Leave this site quickly' })).toBeVisible();
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // Chromium reports the 404 status itself as a console error; that one is expected.
  expectStatusErrors(consoleErrors, 404);
});

test('/healthz reports the database is reachable', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toMatchObject({
    status: 'ok',
    database: { ok: true, councils: 175 },
    outbox: { dead: 0 },
  });
});
