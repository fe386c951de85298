import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseCsv } from '../../src/lib/csv.ts';
import { expect, test } from './fixtures.ts';

test('the councils CSV has one header row and 175 councils', async ({ request }) => {
  const response = await request.get('/data/councils.csv');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const rows = parseCsv(await response.text());
  expect(rows).toHaveLength(176);
  expect(rows[0]).toContain('gss_code');
  const status = rows[0]!.indexOf('status');
  // The 32 seeded signatories, and any that other tests have signed meanwhile.
  expect(rows.slice(1).filter((row) => row[status] === 'signed').length).toBeGreaterThanOrEqual(32);
  expect(new Set(rows.slice(1).map((row) => row.length))).toEqual(new Set([rows[0]!.length]));
});

test('the councils JSON validates against its published schema', async ({ request }) => {
  const schema = await (await request.get('/data/councils.schema.json')).json();
  const data = await (await request.get('/data/councils.json')).json();
  // Formats too: a date that is not a date, or a link that is not a link, fails like a wrong type.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.count).toBe(175);
  expect(data.attribution).toContain('mySociety');
  expect(data.last_updated).toMatch(/^\d{4}-\d\d-\d\dT/);
});

test('open data is cached by ETag, and one council comes with its history', async ({ request }) => {
  const first = await request.get('/data/councils.json');
  const etag = first.headers()['etag']!;
  expect(first.headers()['cache-control']).toBe('public, max-age=60');
  const again = await request.get('/data/councils.json', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);

  const kent = await (await request.get('/data/councils/kent.json')).json();
  expect(kent).toMatchObject({ slug: 'kent', status: 'signed' });
  expect(kent.history).toHaveLength(1);
  const missing = await request.get('/data/councils/atlantis.json');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toContain('No council');
});

test('the data page documents every field and the licence', async ({ page }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  for (const field of ['gss_code', 'status', 'signed_on', 'supporters']) {
    await expect(page.getByRole('rowheader', { name: field, exact: true })).toBeVisible();
  }
  await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
});

test('open data gives a Welsh council its Welsh names and Welsh page, and an English one none', async ({
  request,
}) => {
  const { councils } = await (await request.get('/data/councils.json')).json();
  const bySlug = new Map(councils.map((c: { slug: string }) => [c.slug, c]));
  expect(bySlug.get('cardiff')).toMatchObject({
    welsh_name: 'Cyngor Caerdydd',
    welsh_short_name: 'Caerdydd',
    welsh_url: expect.stringMatching(/\/cy\/cynghorau\/caerdydd$/),
  });
  expect(bySlug.get('kent')).toMatchObject({
    welsh_name: null,
    welsh_short_name: null,
    welsh_url: null,
  });
  expect(councils.filter((c: { welsh_name: string | null }) => c.welsh_name)).toHaveLength(22);
  const csv = await (await request.get('/data/councils.csv')).text();
  expect(csv.split('\n')[0]).toContain('welsh_name,welsh_short_name');
  const cardiff = await (await request.get('/data/councils/cardiff.json')).json();
  expect(cardiff.welsh_short_name).toBe('Caerdydd');
});
