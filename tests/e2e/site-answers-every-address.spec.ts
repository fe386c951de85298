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

test('pages reached by a secret link are kept by no cache and named to no other site', async ({
  request,
}) => {
  const secret = 'a'.repeat(43);
  for (const path of [
    `/pledge/confirm?token=${secret}`,
    `/lobby/confirm?token=${secret}`,
    `/lobby/reply?token=${secret}`,
    `/sign/verify?token=${secret}`,
    `/assess?token=${secret}`,
    `/privacy/manage?token=${secret}`,
    `/donate/manage?token=${secret}`,
    `/donate/thanks?ref=${secret}`,
    `/donate?cancelled=${secret}`,
    `/admin/set-password?token=${secret}`,
    `/unsubscribe?key=${secret}`,
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers['cache-control'], path).toBe('no-store');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
  // Other pages keep the site's own rule, which lets forms send our origin.
  expect((await request.get('/join')).headers()['referrer-policy']).toBe('same-origin');
});
