import type { Page } from '@playwright/test';
import { FACT_TOPICS, FACTS, QUOTATIONS, SOURCES } from '../../src/lib/facts/facts.ts';
import { expect, test } from './fixtures.ts';

/** Every figure's source link on the page, as the path it leads to. */
const sourceLinks = (page: Page) =>
  page
    .getByRole('main')
    .locator('sup.fact-source a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

test('a reader follows a figure on the home page to its source, with the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  const lead = page.locator('.lead').first();
  await expect(lead).toContainText('About 100,000 source children in the UK run away');
  const link = lead.getByRole('link', { name: 'Source for 100,000' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources#runaways-each-year$/);

  const entry = page.locator('#runaways-each-year');
  await expect(entry).toContainText(FACTS['runaways-each-year'].claim);
  const source = SOURCES['launch-press-release']!;
  await expect(entry.getByRole('link', { name: source.title })).toHaveAttribute(
    'href',
    source.url!,
  );
  await expect(entry).toContainText("The Children's Society, 9 July 2012.");
});

test('/sources lists every fact under its topic, and every quotation, with its source', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'Where our figures come from' })
    .click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where our figures come from');

  for (const [id, fact] of Object.entries(FACTS)) {
    const topic = page.getByRole('region', { name: FACT_TOPICS[fact.topic] });
    const entry = topic.locator(`[id="${id}"]`);
    await expect(entry, id).toContainText(fact.claim);
    await expect(entry, id).toContainText(SOURCES[fact.source]!.title);
    if (fact.note) await expect(entry, id).toContainText(fact.note);
  }
  const quotations = page.getByRole('region', { name: 'Quotations' });
  for (const [id, quotation] of Object.entries(QUOTATIONS)) {
    const entry = quotations.locator(`[id="quotation-${id}"]`);
    await expect(entry, id).toContainText(`${quotation.speaker}, ${quotation.role}.`);
    await expect(entry, id).toContainText(SOURCES[quotation.source]!.title);
  }
  // A source with no copy online is named, not linked; nothing on the page is fetched elsewhere.
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: 'A charter to protect children who run away from home' }),
  ).toHaveCount(0);
});

test('home, the charter and the report link every figure to its entry on /sources', async ({
  page,
}) => {
  for (const path of ['/', '/charter', '/about', '/resources/making-runaways-safer']) {
    await page.goto(path);
    const links = await sourceLinks(page);
    expect(links.length, path).toBeGreaterThan(0);
    for (const link of links) {
      expect(link, path).toMatch(/^\/sources#[a-z0-9-]+$/);
      expect(Object.keys(FACTS), path).toContain(link.split('#')[1]);
    }
  }

  // The charter's steps give their figures with sources too.
  await page.goto('/charter');
  await expect(page.locator('#count')).toContainText(
    'Most children who run away, about two thirds',
  );
  await expect(
    page.locator('#act').getByRole('link', { name: 'Source for one in four' }),
  ).toHaveAttribute('href', '/sources#return-interviews-2013');

  // The report shows two figures that sound alike, and says what each one measures.
  await page.goto('/resources/making-runaways-safer');
  const report = page.getByRole('main');
  await expect(report).toContainText(
    'a quarter (about 25,000) source of them are harmed or abused',
  );
  await expect(report).toContainText('one in twelve source are hurt or harmed as a direct result');
  await expect(report).toContainText(FACTS['hurt-as-a-direct-result'].note!);
});
