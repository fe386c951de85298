import type { Page } from '@playwright/test';
import { expect, test, withJavaScriptOff } from './fixtures.ts';

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/** The page is Welsh, and its quick exit bar is there and speaks Welsh. */
async function expectWelshWithQuickExit(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const bar = page.getByRole('complementary', { name: 'Allanfa gyflym' });
  await expect(bar.getByRole('link', { name: 'Gadael yn gyflym' })).toHaveAttribute(
    'href',
    NEUTRAL_SITE,
  );
  await expect(bar.getByRole('link', { name: "Cuddio'ch olion" })).toHaveAttribute(
    'href',
    '/cy/cael-help/cuddio-eich-olion',
  );
}

/**
 * A young person in Wales opens the Welsh home page, finds help in Welsh (Meic first, beside the
 * Runaway Helpline, Childline and 999), reads a story in Welsh, and moves between the story in
 * Welsh and in English with the header's language link.
 */
async function findHelpAndAStoryInWelsh(page: Page) {
  await page.goto('/cy');
  await expectWelshWithQuickExit(page);
  const nav = page.getByRole('navigation', { name: 'Prif ddewislen' });
  await nav.getByRole('link', { name: 'Cael help', exact: true }).click();

  await expect(page).toHaveURL(/\/cy\/cael-help$/);
  await expectWelshWithQuickExit(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cael help');
  const main = page.getByRole('main');
  const meic = main.getByRole('region', { name: 'Meic: 080880 23456' });
  await expect(meic.getByRole('link', { name: 'Ffonio 080880 23456' })).toHaveAttribute(
    'href',
    'tel:08088023456',
  );
  await expect(meic.getByRole('link', { name: 'Tecstio 84001' })).toHaveAttribute(
    'href',
    'sms:84001',
  );
  await expect(meic).toContainText('o 8am tan hanner nos bob dydd');
  await expect(main.getByRole('link', { name: 'Ffonio 116 000' })).toHaveAttribute(
    'href',
    'tel:116000',
  );
  await expect(main.getByRole('link', { name: 'Ffonio 0800 1111' })).toHaveAttribute(
    'href',
    'tel:08001111',
  );
  await expect(
    main.getByRole('region', { name: 'Os ydych chi mewn perygl nawr' }).getByRole('link', {
      name: '999',
    }),
  ).toHaveAttribute('href', 'tel:999');
  // Meic comes straight after 999, before the helplines that answer in English.
  const headings = (await main.getByRole('heading', { level: 2 }).allTextContents()).map((h) =>
    h.trim(),
  );
  expect(headings.slice(0, 4)).toEqual([
    'Os ydych chi mewn perygl nawr',
    'Meic: 080880 23456',
    'Llinell Gymorth Rhedeg i Ffwrdd: 116 000',
    'Childline (dan 19 oed): 0800 1111',
  ]);

  await main.getByRole('link', { name: "cuddio'ch olion" }).click();
  await expect(page).toHaveURL(/\/cy\/cael-help\/cuddio-eich-olion$/);
  await expectWelshWithQuickExit(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Cuddio'ch olion");

  await nav.getByRole('link', { name: 'Straeon', exact: true }).click();
  await expect(page).toHaveURL(/\/cy\/straeon$/);
  await expectWelshWithQuickExit(page);
  await expect(page.getByText('2 stori.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'pob stori (yn Saesneg)' })).toHaveAttribute(
    'hreflang',
    'en-GB',
  );
  await page.getByRole('link', { name: 'Cysgais i yn y sied am ddwy noson' }).click();

  await expect(page).toHaveURL(/\/cy\/straeon\/rhys-shed$/);
  await expectWelshWithQuickExit(page);
  await expect(page.getByText('Stori gyfansawdd.')).toBeVisible();
  await expect(page.getByText('Roedd Rhys yn 12 oed ac yn byw yng Nghymru.')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Cyn i chi ddarllen' })).toContainText(
    "deulu'n chwalu",
  );
  await expect(page.getByText('Ar yr ail noson roedd hi’n bwrw glaw')).toBeVisible();

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/stories\/rhys-shed$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'I slept in the shed for two nights',
  );
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(/\/cy\/straeon\/rhys-shed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cysgais i yn y sied am ddwy noson',
  );
}

test('a young person finds help in Welsh from /cy, reads a story in Welsh and switches language', async ({
  page,
}) => {
  await findHelpAndAStoryInWelsh(page);
});

test('the English get-help page tells readers in Wales about Meic', async ({ page }) => {
  await page.goto('/get-help');
  const meic = page.getByRole('region', { name: 'In Wales: Meic' });
  await expect(meic.getByRole('link', { name: '080880 23456' })).toHaveAttribute(
    'href',
    'tel:08088023456',
  );
  await expect(meic.getByRole('link', { name: '84001' })).toHaveAttribute('href', 'sms:84001');
});

test('a story not yet in Welsh has no Welsh page to switch to', async ({ page }) => {
  await page.goto('/stories/maya-stepdad');
  await expect(page.getByRole('link', { name: 'Cymraeg' })).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveCount(0);
});

withJavaScriptOff(() => {
  test('help and the Welsh story work without JavaScript', async ({ page }) => {
    await findHelpAndAStoryInWelsh(page);
  });
});
