import { expect, expectStatusErrors, test, withJavaScriptOff } from './fixtures.ts';

test('the map shows every council with its status, and each hexagon opens its page', async ({
  page,
}) => {
  await page.goto('/councils');
  const hexagons = page.locator('svg.council-map a');
  await expect(hexagons).toHaveCount(175);
  await expect(page.locator('svg.council-map a.hex--signed')).toHaveCount(32);
  await expect(page.locator('svg.council-map a[aria-label="Kent: Signed"]')).toHaveCount(1);
  await expect(page.locator('svg.council-map a[aria-label="Cardiff: Not signed"]')).toHaveCount(1);

  // The key says the same as the map, in numbers.
  const key = page.locator('.map-key');
  await expect(key).toContainText('32');
  await expect(key).toContainText('143');

  // Keyboard: skip link past the map, or Tab into it; focus shows the council's card.
  const skip = page.getByRole('link', { name: 'Skip the map and go to the table' });
  await skip.focus();
  // Past the two layer links and the map's scrolling box to the first hexagon.
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('Tab');
  const first = hexagons.first();
  await expect(first).toBeFocused();
  const name = await first.getAttribute('data-name');
  await expect(page.locator('[data-map-card] [data-card="name"]')).toHaveText(name!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toMatch(/\/councils\/[a-z-]+$/);
});

withJavaScriptOff(() => {
  test('the table filters, searches and sorts through the address', async ({ page }) => {
    await page.goto('/councils');
    await page.getByRole('combobox', { name: 'Region' }).selectOption('London');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('signed');
    await page.getByRole('button', { name: 'Show councils' }).click();
    await expect(page.getByText('Showing 5 of 175 councils.')).toBeVisible();
    expect(new URL(page.url()).search).toBe('?q=&nation=&region=London&type=&status=signed');
    const names = page.locator('#council-table tbody th');
    await expect(names).toHaveText([
      'Barking and Dagenham',
      'Barnet',
      'Enfield',
      'Harrow',
      'Havering',
    ]);

    await page.getByRole('link', { name: /^Council\b.*sorted ascending/ }).click();
    await expect(names.first()).toHaveText('Havering');
    await expect(page.locator('th[aria-sort="descending"]')).toContainText('Council');

    await page.goto('/councils?q=newcastle');
    await expect(names).toHaveText(['Newcastle upon Tyne']);
    await page.goto('/councils?nation=Scotland');
    await expect(page.getByRole('alert')).toContainText('“Scotland” is not a nation we know');
    await expect(page.getByText('All 175 councils.')).toBeVisible();
  });
});

test('a council page shows its status, history and neighbours, and takes a correction', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/councils/derby');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Derby City Council');
  await expect(
    page.getByRole('heading', { name: 'This council has signed the charter' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Signed');
  await expect(page.getByRole('region', { name: 'Support in Derby' })).toContainText(
    '0 supporters have pledged',
  );
  await expect(page.getByRole('region', { name: 'Nearby councils' }).getByRole('link')).toHaveCount(
    6,
  );
  await expect(page.getByText(/This record was last checked on/)).toBeVisible();

  // A correction that is too short comes back with the words kept and the problem beside them.
  const form = page.getByRole('region', { name: 'Is this wrong?' });
  await form.getByLabel('Who signed, or when').check();
  await form.getByLabel('What should it say?').fill('Too short');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByText('Tell us a little more: at least 10 characters')).toBeVisible();
  await expect(form.getByLabel('What should it say?')).toHaveValue('Too short');
  await expect(form.getByLabel('Who signed, or when')).toBeChecked();
  // The page comes back with status 400, which Chromium reports in the console; that is expected.
  expectStatusErrors(consoleErrors, 400);

  await form.getByLabel('What should it say?').fill('The council signed again in March 2025.');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you');
});

test('a council that has not signed asks for support; an unknown council is a 404', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/councils/cardiff');
  await expect(
    page.getByRole('heading', { name: 'This council has not signed yet' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'sign the charter for Cardiff' })).toHaveAttribute(
    'href',
    '/sign?council=cardiff',
  );
  const response = await page.goto('/councils/atlantis');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // Chromium reports the 404 status itself as a console error; that one is expected.
  expectStatusErrors(consoleErrors, 404);
});
