import type { APIRequestContext, Page } from '@playwright/test';
import { SITE_NAME } from '../../src/config.ts';
import { messages } from '../../src/lib/i18n/catalogue.ts';
import { WELSH_PAGES } from '../../src/lib/i18n/pages.ts';
import { isPrivatePage } from '../../src/lib/http/security-headers.ts';
import { expect, expectStatusErrors, test } from './fixtures.ts';

/**
 * Every Welsh page a reader can reach from /cy, and every page in the pairs table, is Welsh: it
 * says `lang="cy"`, names its English counterpart with hreflang and is named back by it, shows
 * no English interface string (outside passages marked as English, such as a council's English
 * name beside its Welsh one), and links to no Welsh page that does not exist.
 */

/**
 * Words that are never Welsh. Proper names that contain them (the charity's, the dataset's)
 * are taken out first; WCAG 3.1.2 does not ask for names to be marked with their language.
 */
const ENGLISH_WORDS =
  /\b(the|and|your|with|this|that|you|are|have|has|what|when|will|not|from|our|of|for|here|page|council|councils)\b/i;
const PROPER_NAMES = [SITE_NAME, "The Children's Society", 'UK local authority names and codes'];

/** The page's visible text, without passages marked as English and without proper names. */
async function welshText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const english of body.querySelectorAll(
      '[lang]:not([lang^="cy"]), script, style, template',
    )) {
      english.remove();
    }
    return body.innerText;
  });
  return PROPER_NAMES.reduce((rest, name) => rest.replaceAll(name, ''), text);
}

/** Every English catalogue string that is an English phrase, and not the same in Welsh. */
function englishStrings(): string[] {
  const found: string[] = [];
  const walk = (en: object, cy: object) => {
    for (const [key, value] of Object.entries(en)) {
      const other = (cy as Record<string, unknown>)[key];
      // A phrase with none of the English words is a name (Samsung Internet), the same in Welsh.
      const phrase = typeof value === 'string' && value.length >= 12 && ENGLISH_WORDS.test(value);
      if (phrase && value !== other) found.push(value);
      else if (typeof value === 'object' && value !== null) walk(value, other as object);
    }
  };
  walk(messages('en'), messages('cy'));
  return found;
}

async function alternates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute('hreflang')!,
        new URL(link.getAttribute('href')!).pathname,
      ]),
    ),
  );
}

async function expectNamedBack(request: APIRequestContext, english: string, welsh: string) {
  const html = await (await request.get(english)).text();
  const named = [...html.matchAll(/<link rel="alternate" hreflang="cy" href="([^"]+)"/g)].map(
    ([, href]) => new URL(href!).pathname,
  );
  expect(named, `${english} names its Welsh page`).toEqual([welsh]);
  expect(html, `${english} is English`).toMatch(/<html lang="en-GB"/);
}

/**
 * On every Welsh page, a young person can leave at once and find help in Welsh: the quick exit
 * first after the skip link, the helplines with their numbers as links (Meic among them), and the
 * Welsh get-help page in the header.
 */
async function expectWaysToHelp(page: Page) {
  const exit = page.getByRole('link', { name: 'Gadael yn gyflym' });
  await expect(exit).toBeVisible();
  await expect(exit).toHaveAttribute('href', /^https:\/\//);
  const footer = page.getByRole('contentinfo');
  for (const number of ['116000', '08001111', '08088023456', '999']) {
    await expect(footer.locator(`a[href="tel:${number}"]`)).toHaveCount(1);
  }
  await expect(footer.getByText('Meic', { exact: false }).first()).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Prif ddewislen' })
      .getByRole('link', { name: 'Cael help' }),
  ).toHaveAttribute('href', '/cy/cael-help');
}

test('every Welsh page is in Welsh, paired with its English page both ways, with no dead links', async ({
  page,
  request,
  consoleErrors,
}) => {
  // 1.8 to 4.1 minutes beside the other worker's stories on the machines seen so far. Ten
  // minutes leaves room for a slower one.
  test.setTimeout(600_000);
  // Pages that need a secret link show their "this link does not work" state here; each journey
  // test walks them with a real one.
  const queue = ['/cy', ...Object.values(WELSH_PAGES)];
  const seen = new Set(queue);
  const english = englishStrings();
  // The 22 council pages and letter pages share their templates: two of each are opened in the
  // browser, the rest are checked for their status, language and pair.
  const template = (path: string) =>
    path
      .replace(/^\/cy\/cynghorau\/(?!chwilio$).+$/, '/cy/cynghorau/*')
      .replace(
        /^\/cy\/lobio\/(?!(gwirio-eich-ebost|cadarnhau|wedi-anfon|ateb|canlyniadau)$).+$/,
        '/cy/lobio/*',
      );
  const opened = new Map<string, number>();
  let checked = 0;

  while (queue.length > 0) {
    const path = queue.shift()!;
    const head = await request.get(path, { maxRedirects: 0 });
    // A page opened by an emailed link answers 400 or 404 without one, as its English page does.
    const status = isPrivatePage(new URL(path, 'http://site')) ? [200, 400, 404] : [200];
    expect(status, `${path} (a Welsh page, or linked from one)`).toContain(head.status());
    if (!head.headers()['content-type']?.startsWith('text/html')) continue;
    const html = await head.text();
    expect(html, `${path} says it is Welsh`).toMatch(/<html lang="cy"/);
    const kind = template(path);
    if ((opened.get(kind) ?? 0) >= 2 && kind !== path) continue;
    opened.set(kind, (opened.get(kind) ?? 0) + 1);

    await page.goto(path); // axe runs on every page opened (fixtures.ts)
    checked += 1;
    await expectWaysToHelp(page);
    const pair = await alternates(page);
    if (pair['en-GB']) {
      expect(pair.cy, `${path} names itself as the Welsh page`).toBe(path);
      expect(pair['x-default']).toBe(pair['en-GB']);
      await expectNamedBack(request, pair['en-GB'], path);
    }
    const text = await welshText(page);
    const match = ENGLISH_WORDS.exec(text);
    expect(
      match && text.slice(Math.max(0, match.index - 60), match.index + 60),
      `${path} shows English`,
    ).toBeNull();
    for (const phrase of english) expect(text, `${path} shows "${phrase}"`).not.toContain(phrase);

    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
    );
    for (const link of links) {
      const url = new URL(link, page.url());
      if (url.origin !== new URL(page.url()).origin || !url.pathname.startsWith('/cy')) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }

  expectStatusErrors(consoleErrors, 400, 404);
  // The council pages of all 22 Welsh councils were reached.
  expect(
    [...seen].filter(
      (path) => path.startsWith('/cy/cynghorau/') && path !== '/cy/cynghorau/chwilio',
    ),
  ).toHaveLength(22);
  expect(seen).toContain('/cy/cynghorau/caerdydd');
  test.info().annotations.push({
    type: 'crawled',
    description: `${checked} pages opened, ${seen.size} addresses`,
  });
});

test('the English pages of the pairs table each point to their Welsh page', async ({ request }) => {
  for (const [english, welsh] of Object.entries(WELSH_PAGES)) {
    await expectNamedBack(request, english, welsh);
  }
});
