import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectStatusErrors, postForm, test, withJavaScriptOff } from './fixtures.ts';
import { uniqueEmail } from './inbox.ts';

const POST = '/news/2013-10-good-practice';

const HOSTILE = [
  '<script>window.hacked = 1</script>',
  '<img src=x onerror="window.hacked = 2">',
  'javascript:window.hacked=3',
  '&lt;b&gt;not bold&lt;/b&gt; &amp;',
  'Read https://example.org/report?a=1&b=2 or write to help@example.org',
].join('\n');

const comments = (where: string, ...params: unknown[]) =>
  withDatabase((db) =>
    db
      .prepare(`SELECT count(*) FROM news_comments WHERE ${where}`)
      .pluck()
      .get(...params),
  );

test('a comment waits for a moderator, then shows under the post: plain text, its addresses as links, nothing it typed as HTML obeyed', async ({
  page,
  browser,
  consoleErrors,
}) => {
  const name = `Reader ${Date.now()}`;
  await page.goto(POST);
  const form = page.getByRole('region', { name: /comment/i });

  // Nothing filled in: told beside each box, nothing kept.
  await page.getByRole('button', { name: 'Send my comment' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your name');
  await expect(page.getByRole('alert')).toContainText('Write your comment');

  await page.getByLabel('Your name (shown with your comment)').fill(name);
  await page.getByLabel('Your email address (never shown)').fill(uniqueEmail('reader'));
  await page.getByLabel('Your comment', { exact: true }).fill(HOSTILE);
  await page.getByRole('button', { name: 'Send my comment' }).click();
  await expect(page.getByRole('status')).toContainText('A moderator reads every comment first');
  await expect(form).not.toContainText(name);
  expect(comments("name = ? AND state = 'waiting'", name)).toBe(1);

  // A moderator approves it.
  const moderator = await browser.newPage();
  await logInAs(moderator, 'moderator');
  await moderator.getByRole('link', { name: 'Comments to moderate' }).click();
  const waiting = moderator.getByRole('article').filter({ hasText: name });
  await expect(waiting).toContainText('<script>window.hacked = 1</script>');
  await waiting.getByRole('button', { name: 'Approve' }).click();
  await expect(moderator.getByRole('status')).toHaveText('Approved: it shows under the post now.');
  await moderator.close();

  // Under the post (pages are kept for 5 seconds, so it may take a reload or two).
  const shown = page.locator('.comments__list li').filter({ hasText: name });
  await expect(async () => {
    await page.goto(POST);
    await expect(shown).toHaveCount(1);
  }).toPass({ timeout: 30_000 });
  const body = shown.locator('.comments__body');
  await expect(body).toContainText('<script>window.hacked = 1</script>');
  await expect(body).toContainText('<img src=x onerror="window.hacked = 2">');
  await expect(body).toContainText('&lt;b&gt;not bold&lt;/b&gt; &amp;');
  expect(await body.locator('script, img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  // Only the web and email addresses are links, each marked as not vouched for.
  const links = body.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', 'https://example.org/report?a=1&b=2');
  await expect(links.nth(1)).toHaveAttribute('href', 'mailto:help@example.org');
  for (const link of await links.all()) await expect(link).toHaveAttribute('rel', 'nofollow ugc');
  await expect(body).toContainText('javascript:window.hacked=3');
  // Line breaks kept.
  expect(await body.locator('br').count()).toBe(4);
  expectStatusErrors(consoleErrors, 400);
});

test('a bot that fills the hidden box is told what a person is told, and nothing is kept', async ({
  page,
}) => {
  const name = `Bot ${Date.now()}`;
  const response = await postForm(page.request, `${POST}?_action=postComment`, {
    post: '2013-10-good-practice',
    name,
    email: 'bot@example.org',
    body: 'Buy now https://spam.example',
    website: 'https://spam.example',
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toContain('comment=waiting');
  expect(comments('name = ?', name)).toBe(0);
});

withJavaScriptOff(() => {
  test('a comment with a mistake comes back with every word kept', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(POST);
    await page.getByLabel('Your name (shown with your comment)').fill('Sam');
    await page.getByLabel('Your email address (never shown)').fill('not-an-address');
    await page.getByLabel('Your comment', { exact: true }).fill('My words\nkept');
    await page.getByRole('button', { name: 'Send my comment' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Enter an email address in the right format',
    );
    await expect(page.getByLabel('Your comment', { exact: true })).toHaveValue('My words\nkept');
    await expect(page.getByLabel('Your name (shown with your comment)')).toHaveValue('Sam');
    expectStatusErrors(consoleErrors, 400);
  });
});
