import { withDatabase } from './database.ts';
import { expect, expectStatusErrors, test } from './fixtures.ts';

/**
 * The 32 councils named in the September 2013 report signed on days nobody published: every view
 * of them says "by September 2013" and never shows a day. (The report's own publication day, 19
 * September 2013, is known, and the timeline may show it for the report.)
 */
const seeded = () =>
  withDatabase(
    (db) =>
      db
        .prepare(
          `SELECT c.slug FROM council_status AS s JOIN councils AS c ON c.id = s.council_id
           WHERE s.status = 'signed' AND s.status_precision = 'by' ORDER BY c.slug`,
        )
        .pluck()
        .all() as string[],
  );

/** A day-precise date in 2012 or 2013, written as people read it. */
const DAY_IN_2012_OR_2013 =
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 201[23]\b/;

/**
 * The words a page shows, without its markup (a datetime attribute is for machines) and without
 * its quotations, whose citations give the day their source was published, which is known.
 */
const wordsOf = (html: string) =>
  html
    .replace(/<figure class="quotation">.*?<\/figure>/gs, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');

test('no page, certificate, badge, letter or data file gives a day for a signing known only "by" a date', async ({
  request,
}) => {
  const SEEDED = seeded();
  expect(SEEDED).toHaveLength(32);
  for (const slug of SEEDED) {
    for (const path of [
      `/councils/${slug}`,
      `/councils/${slug}/certificate`,
      `/councils/${slug}/badge.svg`,
      // The suggested letter thanks the council "for signing … by September 2013".
      `/lobby/${slug}`,
    ]) {
      const words = wordsOf(await (await request.get(path)).text());
      expect(words, path).not.toMatch(DAY_IN_2012_OR_2013);
      expect(words, path).toContain('by September 2013');
    }
    const data = (await (await request.get(`/data/councils/${slug}.json`)).json()) as {
      status_since_precision: string;
      history: { status: string; precision: string }[];
    };
    expect(data.status_since_precision, slug).toBe('by');
    expect(data.history.filter((event) => event.status === 'signed')).toEqual([
      expect.objectContaining({ precision: 'by' }),
    ]);
  }
  for (const path of ['/charter', '/councils']) {
    const words = wordsOf(await (await request.get(path)).text());
    expect(words, path).not.toMatch(DAY_IN_2012_OR_2013);
    expect(words, path).toContain('by September 2013');
  }
  const all = (await (await request.get('/data/councils.json')).json()) as {
    councils: { slug: string; status_since_precision: string | null }[];
  };
  for (const council of all.councils.filter((c) => SEEDED.includes(c.slug))) {
    expect(council.status_since_precision, council.slug).toBe('by');
  }
});

test('the signing form tells an officer of a seeded council when it signed, as precisely as known', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/sign?council=kent');
  await page.getByLabel('Your full name').fill('Sam Officer');
  await page.getByLabel('Your job title').fill('Director of Children’s Services');
  await page.getByLabel('Your council email address').fill('sam.officer@kent.gov.uk');
  await page.getByLabel('Name of the lead member for children’s services').fill('Cllr Pat Member');
  await page.getByLabel('We sign now').check();
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Send for checking' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Kent County Council signed the charter by September 2013.',
  );
  expectStatusErrors(consoleErrors, 409);
});

test('the timeline tells the campaign from its sources, and the signings as the records have them', async ({
  page,
}) => {
  await page.goto('/about');
  await page.getByRole('link', { name: 'the campaign so far' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The campaign so far');
  const entries = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(entries.first()).toContainText('9 July 2012');
  await expect(entries.first()).toContainText('The Runaways’ Charter is launched');
  await expect(
    page.getByRole('link', { name: /Press release launching the Runaways' Charter/ }),
  ).toBeVisible();
  const signed = entries.filter({ hasText: 'Signed: 32 councils' });
  await expect(signed).toContainText('by September 2013');
  await expect(signed).toContainText('Barking and Dagenham');
  const chart = page.getByRole('figure').filter({ has: page.getByRole('img') });
  await expect(chart).toContainText(
    '32 councils known to have signed by the end of September 2013',
  );
  await expect(chart).toContainText('the day was not published');
});
