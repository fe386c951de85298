import { expect, test, withJavaScriptOff } from './fixtures.ts';

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

test('a reader filters stories by theme, reads one, finds help and leaves quickly', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stories' })
    .click();
  await expect(page).toHaveURL(/\/stories$/);

  await page
    .getByRole('navigation', { name: 'Stories by theme' })
    .getByRole('link', { name: 'Exploitation' })
    .click();
  await expect(page).toHaveURL(/\/stories\/themes\/exploitation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories: Exploitation');
  await expect(page.getByText('2 stories about exploitation.')).toBeVisible();
  const titles = (await page.getByRole('article').getByRole('heading').allTextContents()).map((t) =>
    t.trim(),
  );
  expect(titles.sort()).toEqual([
    'Everyone thought he was my boyfriend',
    'They made me feel like I belonged somewhere',
  ]);

  await page.getByRole('link', { name: 'Everyone thought he was my boyfriend' }).click();
  await expect(page).toHaveURL(/\/stories\/chloe-boyfriend$/);

  // Under its title it says it is a composite, and the content note comes before the story, and
  // the helplines after it.
  const composite = page.getByText('A composite story.');
  const note = page.getByRole('complementary', { name: 'Before you read' });
  const firstLine = page.getByText('He was twenty-two and I was fifteen');
  const helplines = page
    .getByRole('main')
    .getByRole('region', { name: 'If this story brought things up for you' });
  await expect(note).toContainText('grooming and child sexual exploitation');
  const box = async (locator: typeof note) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error(`${locator} is not on the page`);
    return found;
  };
  const [compositeBox, noteBox, storyBox, helpBox] = [
    await box(composite),
    await box(note),
    await box(firstLine),
    await box(helplines),
  ];
  expect(compositeBox.y).toBeLessThan(noteBox.y);
  expect(noteBox.y + noteBox.height).toBeLessThan(storyBox.y);
  expect(storyBox.y).toBeLessThan(helpBox.y);
  await expect(helplines.getByRole('link', { name: '116 000' })).toHaveAttribute(
    'href',
    'tel:116000',
  );

  await note.getByRole('link', { name: 'More ways to get help' }).click();
  await expect(page).toHaveURL(/\/get-help$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help');
  await expect(page.getByRole('heading', { name: 'How quick exit works' })).toBeVisible();

  // The keys work once the page's script has run, which is when the hint appears. Under load a
  // key sent while the page is still loading has twice been lost (in about ten full runs), so the
  // page finishes loading first, and the press is tried again if no exit follows; the quick exit
  // itself is held to one press in young-person-leaves-quickly.spec.ts.
  await expect(page.getByText('or press Shift 3 times')).toBeVisible();
  await page.waitForLoadState('load');
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.goBack();
  expect(page.url()).not.toContain('/get-help');
});

withJavaScriptOff(() => {
  test('the theme filter and the stories still work', async ({ page }) => {
    await page.goto('/stories');
    await page.getByRole('link', { name: 'Growing up in care' }).click();
    await expect(page.getByText('2 stories about growing up in care.')).toBeVisible();
    await page.getByRole('link', { name: 'All stories' }).click();
    await expect(page.getByText('6 stories.')).toBeVisible();
  });
});

test('the charter lists the councils that signed, from the database', async ({ page }) => {
  await page.goto('/charter');
  for (const step of [
    'Count every child',
    'Think about why',
    'Act when a child',
    'Prevent children',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(step) })).toBeVisible();
  }
  const signatories = page.getByRole('region', { name: 'Councils that have signed' });
  // The 32 seeded signatories, and any that other tests have signed meanwhile.
  const stated = Number(
    /(\d+) councils have signed the charter/.exec(await signatories.innerText())![1],
  );
  expect(stated).toBeGreaterThanOrEqual(32);
  await expect(signatories.getByRole('listitem')).toHaveCount(stated);
  await expect(signatories.getByRole('listitem').first()).toContainText(
    'Barking and Dagenham (London), signed by September 2013',
  );
});

test('a story shares a preview made for it, and links to share it without loading anything', async ({
  page,
  request,
}) => {
  await page.goto('/stories/maya-stepdad');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/og\/stories\/maya-stepdad\.png$/);
  const png = await request.get(new URL(image!).pathname);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/stories\/maya-stepdad$/,
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  const share = page.getByRole('region', { name: 'Share this' });
  await expect(share.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute(
    'href',
    /^https:\/\/wa\.me\/\?text=/,
  );

  // The illustration is responsive and waits until it is scrolled to.
  const illustration = page.getByRole('img', { name: /house at night/ });
  await expect(illustration).toHaveAttribute('loading', 'lazy');
  await expect(illustration).toHaveAttribute('width', /\d+/);
  await expect(illustration).toHaveAttribute('srcset', /400w/);
});

test('every story says, under its title, that it is a composite with names and details changed', async ({
  page,
}) => {
  await page.goto('/stories');
  const stories = await page
    .getByRole('main')
    .getByRole('article')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(stories.length).toBeGreaterThan(0);
  for (const story of stories) {
    await page.goto(story);
    await expect(page.locator('h1 + p'), story).toHaveText(
      'A composite story. It brings together the experiences of several young people, told as one. Names and details are changed so that nobody can be recognised.',
    );
  }
});
