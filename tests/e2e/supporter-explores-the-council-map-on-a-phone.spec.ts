import type { Page } from '@playwright/test';
import { withDatabase } from './database.ts';
import { expect, expectAccessible, test, withJavaScriptOff } from './fixtures.ts';

const hexagons = (page: Page) => page.locator('svg.council-map a.hex');
const card = (page: Page) => page.locator('[data-map-card]');

/** The names written on the map, each label's lines joined. */
const mapNames = (page: Page) =>
  page
    .locator('svg.council-map text.map-label')
    .evaluateAll((labels) =>
      labels.map((label) =>
        [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
      ),
    );

test('the map names every nation and region; pointing at a hexagon shows its card', async ({
  page,
}) => {
  // The progress layer, so that axe checks it too.
  await page.goto('/councils?layer=progress');
  await expect(hexagons(page)).toHaveCount(175);
  const regions = await page
    .locator('#council-table tbody tr td:nth-of-type(1)')
    .evaluateAll((cells) => [...new Set(cells.map((cell) => cell.textContent!.trim()))]);
  expect(regions).toHaveLength(10);
  const names = (await mapNames(page)).map((name) => name.toLowerCase());
  for (const area of ['England', 'Wales', ...regions]) {
    expect(names, `a label for ${area}`).toContain(area.toLowerCase());
  }
  // Hexagons are grouped by region, so a screen reader hears where each council is.
  await expect(page.getByRole('group', { name: 'London' }).getByRole('link')).toHaveCount(33);

  // Pointing at a hexagon shows its card, as a tap does on a phone.
  await hexagons(page).and(page.locator('[href="/councils/manchester"]')).hover();
  await expect(card(page)).toContainText('Manchester');
  await expect(card(page)).toContainText('Signed');
  await expect(card(page)).toContainText('Self-assessment: No self-assessment');
  await expect(
    card(page).getByRole('link', { name: 'Open the page for Manchester' }),
  ).toHaveAttribute('href', '/councils/manchester');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('hexagons fit a finger; a tap shows the card, a second tap or its link opens the page', async ({
    page,
  }) => {
    await page.goto('/councils');
    const sizes = await hexagons(page).evaluateAll((links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        return { width: box.width, height: box.height };
      }),
    );
    expect(sizes).toHaveLength(175);
    const narrowest = Math.min(...sizes.map((size) => size.width));
    const shortest = Math.min(...sizes.map((size) => size.height));
    test.info().annotations.push({
      type: 'hexagon size at 375 px',
      description: `${narrowest.toFixed(1)} × ${shortest.toFixed(1)} px at the smallest`,
    });
    expect(narrowest).toBeGreaterThanOrEqual(44);
    expect(shortest).toBeGreaterThanOrEqual(44);
    // One hexagon's own measure from Playwright too, as a tap would find it.
    const box = (await hexagons(page).first().boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);

    // The map pans inside its own box, which the keyboard can scroll; the page stays put.
    const pan = page.getByRole('region', { name: 'Council map' });
    await expect(pan).toHaveAttribute('tabindex', '0');
    expect(await pan.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 740 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scroll at ${width} px`).toBe(0);
    }

    await page.setViewportSize({ width: 375, height: 740 });
    const northumberland = hexagons(page).and(page.locator('[href="/councils/northumberland"]'));
    await northumberland.tap();
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('[data-card="name"]')).toHaveText('Northumberland');
    await expect(card(page)).toContainText('Not signed');
    await expect(card(page)).toContainText('Self-assessment: No self-assessment');
    expect(new URL(page.url()).pathname).toBe('/councils');
    await expectAccessible(page, '[data-map-card]');

    await northumberland.tap();
    await page.waitForURL('**/councils/northumberland');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Northumberland County Council',
    );

    await page.goBack();
    await hexagons(page).and(page.locator('[href="/councils/cardiff"]')).tap();
    await expect(card(page).locator('[data-card="name"]')).toHaveText('Cardiff');
    await card(page).getByRole('link', { name: 'Open the page for Cardiff' }).tap();
    await page.waitForURL('**/councils/cardiff');
  });
});

withJavaScriptOff(() => {
  test('the progress layer is a plain link, and the table says what the map says', async ({
    page,
  }) => {
    // Oldham rates itself: six of the guide's sixteen actions in place, two in progress.
    withDatabase((db) => {
      const oldham = db.prepare("SELECT id FROM councils WHERE slug = 'oldham'").pluck().get();
      const rate = db.prepare(
        `INSERT OR REPLACE INTO assessment_ratings (council_id, action_id, rating, updated_at)
         VALUES (?, ?, ?, '2026-01-05T10:00:00.000Z')`,
      );
      for (const action of ['count-1', 'count-2', 'count-3', 'count-4', 'think-1', 'think-2']) {
        rate.run(oldham, action, 'in_place');
      }
      for (const action of ['act-1', 'act-2']) rate.run(oldham, action, 'in_progress');
    });

    await page.goto('/councils?region=North+West');
    await page.getByRole('link', { name: 'Self-assessment progress' }).click();
    const url = new URL(page.url());
    expect(url.searchParams.get('layer')).toBe('progress');
    expect(url.searchParams.get('region')).toBe('North West');
    await expect(page.getByRole('link', { name: 'Self-assessment progress' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    const says = '38% of actions in place (6 of 16)';
    await expect(page.locator('a.hex[href="/councils/oldham"]')).toHaveAttribute(
      'aria-label',
      `Oldham: ${says}`,
    );
    await expect(page.locator('a.hex[href="/councils/oldham"] .hex__value')).toHaveText('38%');
    await expect(page.getByRole('row', { name: /^Oldham/ })).toContainText(says);
    await expect(page.locator('a.hex[href="/councils/bolton"]')).toHaveAttribute(
      'aria-label',
      'Bolton: No self-assessment',
    );
    await expect(page.getByRole('row', { name: /^Bolton/ })).toContainText('No self-assessment');
    await expect(page.locator('.map-key')).toContainText('No self-assessment');

    // Sorting the table keeps the layer; without JavaScript a hexagon is a plain link.
    await page.getByRole('link', { name: /^Region\b/ }).click();
    expect(new URL(page.url()).searchParams.get('layer')).toBe('progress');
    await page.locator('a.hex[href="/councils/oldham"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Oldham Metropolitan Borough Council',
    );
  });
});
