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

test('the campaign’s own voices are quoted exactly, and say who said them and where', async ({
  page,
}) => {
  const jade = /^Jade, a former young runaway who helped write the charter\./;
  for (const path of ['/charter', '/news/2013-09-first-anniversary']) {
    await page.goto(path);
    const figure = page.getByRole('figure', { name: jade });
    await expect(figure.locator('blockquote'), path).toHaveText(QUOTATIONS.jade.words.join(''));
    await expect(
      figure.getByRole('link', { name: SOURCES['anniversary-post']!.title }),
    ).toHaveAttribute('href', '/sources#quotation-jade');
  }

  const henig =
    /^County Councillor Chris Henig, lead member for families at Lancashire County Council\./;
  const jackson = /^Rob Jackson, area director for the Children’s Society in Lancashire\./;
  for (const path of ['/news/2013-10-good-practice', '/councils/lancashire']) {
    await page.goto(path);
    await expect(page.getByRole('figure', { name: henig }).locator('blockquote')).toContainText(
      'Experience shows that young runaways potentially put themselves at high risk',
    );
    await expect(page.getByRole('figure', { name: jackson }).locator('blockquote')).toContainText(
      'It is still not too late for other local authorities to sign up to the Charter',
    );
    await expect(page.getByRole('main')).toContainText(
      'Lancashire County Council, September 2013.',
    );
  }

  // Other councils' pages quote nobody.
  await page.goto('/councils/kent');
  await expect(page.locator('blockquote')).toHaveCount(0);
});

test('no page puts words in anyone’s mouth: the charter’s steps are our words, not quotations', async ({
  page,
}) => {
  for (const path of ['/', '/charter']) {
    await page.goto(path);
    const main = page.getByRole('main');
    // Every quotation is a figure that names who said it and links to its source.
    for (const quotation of await main.locator('blockquote').all()) {
      await expect(quotation.locator('xpath=../figcaption').getByRole('link')).toHaveAttribute(
        'href',
        /^\/sources#quotation-/,
      );
    }
    // Outside them, nothing is set in quotation marks.
    const text = await main.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('figure').forEach((figure) => figure.remove());
      return copy.textContent ?? '';
    });
    expect(text, path).not.toMatch(/[“”]/);
  }
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Count every child who runs away' })).toBeVisible();
  await expect(
    page.getByText('Know how many children run away, where from and how often.'),
  ).toBeVisible();
});
