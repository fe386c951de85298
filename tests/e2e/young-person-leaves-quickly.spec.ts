import type { Page } from '@playwright/test';
import { expect, test, withJavaScriptOff } from './fixtures.ts';

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
const EXIT = 'Leave this site quickly';
const HINT = 'or press Shift 3 times';

/** Three pages of the site in this tab's history, as a young person reading around would have. */
async function readThreePages(page: Page) {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Stories' }).click();
  await expect(page).toHaveURL(/\/stories$/);
  await nav.getByRole('link', { name: 'Get help' }).click();
  await expect(page).toHaveURL(/\/get-help$/);
}

const exits: { name: string; leave: (page: Page) => Promise<void> }[] = [
  {
    name: 'the button',
    leave: (page) => page.getByRole('link', { name: EXIT }).click(),
  },
  {
    name: 'Shift three times',
    leave: async (page) => {
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    },
  },
  { name: 'Esc', leave: (page) => page.keyboard.press('Escape') },
];

for (const { name, leave } of exits) {
  test(`${name} opens the neutral site in a tab with no way back, and this tab leaves too`, async ({
    page,
    context,
  }) => {
    await readThreePages(page);
    // The keys work once the script has run. Wait for the mark it leaves, not for the hint: a
    // page whose stylesheet has not arrived yet shows the hint before the script has run.
    await expect(page.locator('html')).toHaveAttribute('data-quick-exit-ready');
    await expect(page.getByText(HINT)).toBeVisible();
    const newTab = context.waitForEvent('page');
    await leave(page);

    const front = await newTab;
    await front.waitForURL(NEUTRAL_SITE);
    await expect(front.getByRole('heading', { name: 'Weather' })).toBeVisible();
    // Back in the tab in front finds nothing of the site: there is nowhere to go.
    expect(await front.goBack()).toBeNull();
    expect(front.url()).toBe(NEUTRAL_SITE);

    await page.waitForURL(NEUTRAL_SITE);
  });
}

test('typing in a field never leaves: not Esc, not Shift for capitals', async ({ page }) => {
  await page.goto('/join');
  await expect(page.getByText(HINT)).toBeVisible();
  const field = page.getByLabel('First name').first();
  await field.click();
  await page.keyboard.type('my name is ');
  // Capitals typed with Shift held, as people type them: none of these presses is Shift alone.
  for (const letter of 'SAM OK') {
    if (letter === ' ') await page.keyboard.press('Space');
    else await page.keyboard.press(`Shift+Key${letter}`);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Escape');

  // The script hides the page the moment it leaves, so a page still shown has not left.
  await expect(page.locator('html')).not.toHaveAttribute('data-quick-exit-leaving');
  await expect(field).toHaveValue('my name is SAM OK');
  await expect(page).toHaveURL(/\/join$/);
});

test('the exit link is the first thing after the skip link', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: EXIT })).toBeFocused();
});

test('the admin area has no exit bar', async ({ page }) => {
  await page.goto('/admin/login');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Quick exit' })).toHaveCount(0);
  expect(await page.locator('script[src="/quick-exit.js"]').count()).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });

  test('the bar promises no keys and takes at most 56 px of the screen', async ({ page }) => {
    await page.goto('/get-help');
    const bar = page.getByRole('complementary', { name: 'Quick exit' });
    await expect(page.locator('html')).toHaveAttribute('data-quick-exit-ready');
    await expect(bar.getByText(HINT)).toBeHidden();
    await expect(bar.getByRole('link', { name: 'Cover your tracks' })).toBeVisible();
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(56);

    await bar.getByRole('link', { name: 'Cover your tracks' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cover your tracks');
  });
});

withJavaScriptOff(() => {
  test('the exit link still leaves for the neutral site', async ({ page }) => {
    await page.goto('/');
    // Without the script the keys do nothing, so they are not offered.
    await expect(page.getByText(HINT)).toBeHidden();
    await page.getByRole('link', { name: EXIT }).click();
    await page.waitForURL(NEUTRAL_SITE);
  });
});
