import { expect, test, withJavaScriptOff } from './fixtures.ts';

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

test('pressing Escape leaves for a neutral site and Back does not return', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('or press Esc')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.waitForURL(NEUTRAL_SITE);
  await page.goBack();
  expect(page.url()).not.toContain('127.0.0.1');
});

test('the quick-exit link is the first thing after the skip link', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const exit = page.getByRole('link', { name: 'Leave this site quickly' });
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(NEUTRAL_SITE);
});

withJavaScriptOff(() => {
  test('the quick-exit link still leaves for the neutral site', async ({ page }) => {
    await page.goto('/');
    // Without the script the Escape hint would be a false promise, so it is not shown.
    await expect(page.getByText('or press Esc')).toBeHidden();
    await page.getByRole('link', { name: 'Leave this site quickly' }).click();
    await page.waitForURL(NEUTRAL_SITE);
  });
});
