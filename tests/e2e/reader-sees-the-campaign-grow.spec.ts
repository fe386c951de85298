import type { Locator, Page } from '@playwright/test';
import { withDatabase } from './database.ts';
import { expect, withJavaScriptOff } from './fixtures.ts';
import { test } from './own-site.ts';

/** Each chart on /progress: its section's heading and the chart's own name. */
const CHARTS = [
  ['People who have joined', 'Supporters over time'],
  ['Councils that have signed', 'Councils signed over time'],
  ['Letters to councillors', 'Letters per week'],
] as const;

/** "7,012" → 7012, for every figure in a text. */
const figures = (text: string) =>
  [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));

/** The cells of a table's rows, as text, after opening the chart's table. */
async function tableRows(section: Locator): Promise<string[][]> {
  await section.getByText('The figures as a table').click();
  const rows = section.getByRole('table').getByRole('row');
  const texts = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())),
  );
  return texts.slice(1); // the column headings
}

/** Opens /progress until it shows a letter sent today (the page reads its records every 5 s). */
async function openProgress(page: Page) {
  await expect(async () => {
    await page.goto('/progress');
    await expect(page.getByRole('img', { name: 'Letters per week' })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
}

test.beforeAll(({ site }) => {
  // A letter that went today, written straight into this server's records: how it was written
  // and sent is another story's (supporter-writes-to-their-councillor.spec.ts).
  withDatabase((db) => {
    db.prepare(
      `INSERT INTO letters (council_id, writer_email_key, subject, body, fingerprint, state,
         expires_at, send_on)
       VALUES ((SELECT id FROM councils WHERE slug = 'kent'), 'progress@example.org',
         'Please sign the charter', ?, '', 'sent', ?, ?)`,
    ).run(
      'Please sign the Runaways’ Charter, for every child who runs away in Kent.',
      new Date().toISOString(),
      new Date().toISOString().slice(0, 10),
    );
  }, site.databasePath);
});

test('the progress page charts supporters, signatories and letters, each with a table saying the same', async ({
  page,
}) => {
  await openProgress(page); // axe runs on every page opened (fixtures.ts)
  const sections = Object.fromEntries(
    CHARTS.map(([heading]) => [heading, page.getByRole('region', { name: heading })]),
  );
  for (const [heading, name] of CHARTS) {
    await expect(sections[heading]!.getByRole('img', { name })).toHaveAccessibleDescription(/\d/);
    await expect(sections[heading]!).toContainText(/From our own record/);
  }

  // Supporters: every row adds up, and the last is what the chart says. (That it agrees with the
  // public count is a unit test's: the chart may be read up to a minute before the count.)
  const supporters = sections['People who have joined']!;
  const rows = (await tableRows(supporters)).map(([month, ...cells]) => {
    const [offline, online, all] = cells.map((cell) => figures(cell)[0]!);
    return { month: month!, offline: offline!, online: online!, all: all! };
  });
  for (const row of rows) expect(row.offline + row.online).toBe(row.all);
  const { month, offline, online, all } = rows.at(-1)!;
  expect(month).toMatch(/\(so far\)$/);
  const number = (n: number) => n.toLocaleString('en-GB');
  const summary = page.locator('#supporters-chart-summary');
  await expect(summary).toContainText(`${number(all)} supporters`);
  await expect(summary).toContainText(
    `${number(offline)} counted offline by the campaign team and ${number(online)} who joined on this site`,
  );

  // Councils: the 32 known to have signed by September 2013 are counted from that month. Other
  // stories on this worker's server may have dated a council's signing earlier (a correction to
  // March 2013, say), so the rows before September 2013 are whatever they recorded, and fewer.
  const signatories = sections['Councils that have signed']!;
  const signed = (await tableRows(signatories)).map(([period, count]) => ({
    period: period!,
    count: Number(count),
  }));
  const september2013 = signed.findIndex(({ period }) => period === 'September 2013');
  expect(signed[september2013]!.count).toBeGreaterThanOrEqual(32);
  for (const earlier of signed.slice(0, september2013)) expect(earlier.count).toBeLessThan(32);
  const first = signed[0]!;
  await expect(signatories.getByRole('img')).toHaveAccessibleDescription(
    new RegExp(`^${first.count} councils? known to have signed by the end of ${first.period}`),
  );
  await expect(signatories).toContainText('the day was not published');

  // Letters: one bar a week, as many as the table's rows, this week's with today's letter.
  const letters = sections['Letters to councillors']!;
  const weeks = await tableRows(letters);
  expect(await letters.locator('svg rect').count()).toBe(weeks.length);
  expect(weeks.at(-1)![0]).toMatch(/^Week beginning .+ \(so far\)$/);
  expect(Number(weeks.at(-1)![1])).toBeGreaterThanOrEqual(1);
});

test('home shows the supporters chart, linked to the progress page', async ({ page }) => {
  await page.goto('/');
  const supporters = page.getByRole('region', { name: 'People who have joined' });
  await expect(supporters.getByRole('img', { name: 'Supporters over time' })).toBeVisible();
  await supporters.getByRole('link', { name: 'See how the campaign has grown' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("The campaign's progress");
});

withJavaScriptOff(() => {
  test('the charts and their tables are all there without JavaScript', async ({ page }) => {
    await openProgress(page);
    for (const [heading, name] of CHARTS) {
      const section = page.getByRole('region', { name: heading });
      await expect(section.getByRole('img', { name })).toBeVisible();
      expect((await tableRows(section)).length).toBeGreaterThan(0);
    }
  });
});
