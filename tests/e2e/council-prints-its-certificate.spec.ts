import steps from '../../src/content/charter-steps.json' with { type: 'json' };
import { withDatabase } from './database.ts';
import { expect, test } from './fixtures.ts';

// Bradford has the longest name of any council, and signed by September 2013 (no day published).
const COUNCIL = { slug: 'bradford', name: 'City of Bradford Metropolitan District Council' };
const SIGNATORY = { name: 'Sam Hammond', role: 'Strategic Director of Children’s Services' };

/** Names who signed for the council, as a campaigner does when a letter says, once per run. */
function nameTheSignatory() {
  withDatabase((db) =>
    db
      .prepare(
        `INSERT INTO council_status_events (council_id, kind, occurred_on, precision, source,
           signatory_name, signatory_role)
         SELECT id, 'signatory', '2013-09-19', 'by', 'Letter from the council', ?, ?
         FROM councils WHERE slug = ? AND NOT EXISTS (
           SELECT 1 FROM council_status_events WHERE council_id = councils.id AND kind = 'signatory')`,
      )
      .run(SIGNATORY.name, SIGNATORY.role, COUNCIL.slug),
  );
}

/** A4 less the certificate's 12 mm margins, in CSS pixels (96 to the inch). */
const mmToPx = (mm: number) => (mm / 25.4) * 96;
const PRINTABLE_HEIGHT_PX = mmToPx(297 - 2 * 12);
const PRINTABLE_WIDTH_PX = mmToPx(210 - 2 * 12);

test('a council’s certificate prints on exactly one A4 page, which it fills, with all a council would frame', async ({
  page,
}) => {
  nameTheSignatory();
  const path = `/councils/${COUNCIL.slug}/certificate`;
  // Pages are kept for a few seconds, so the name may take that long to show.
  await expect
    .poll(async () => (await page.request.get(path)).text(), { timeout: 30_000 })
    .toContain(SIGNATORY.name);
  await page.goto(path);

  const certificate = page.getByRole('article', { name: COUNCIL.name });
  await expect(certificate).toContainText("The Children's Society");
  await expect(certificate).toContainText('signed the Runaways’ Charter by September 2013');
  // Known only as "by September 2013": no day is printed.
  await expect(certificate).not.toContainText(/\d+ September 2013/);
  await expect(certificate).toContainText(`${SIGNATORY.name}, ${SIGNATORY.role}`);
  await expect(certificate.getByRole('heading', { level: 2 })).toHaveText(
    steps.map((step) => step.title),
  );
  const signatureLine = certificate.locator('.certificate__line').first();
  await expect(signatureLine).toBeVisible();

  // Laid out as on the sheet: print styles, in a window the size of the printable area.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({
    width: Math.floor(PRINTABLE_WIDTH_PX),
    height: Math.floor(PRINTABLE_HEIGHT_PX),
  });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  const frame = (await certificate.boundingBox())!;
  expect(frame.height / PRINTABLE_HEIGHT_PX, 'share of the page the frame fills').toBeGreaterThan(
    0.95,
  );
  // The words are spread over the page, not gathered at its top: from the first line to the
  // last, they span most of it.
  const words = await certificate.evaluate((article) => {
    const children = [...article.children].map((child) => child.getBoundingClientRect());
    return children.at(-1)!.bottom - children[0]!.top;
  });
  expect(words / PRINTABLE_HEIGHT_PX, 'share of the page the words span').toBeGreaterThan(0.8);
  const line = (await signatureLine.boundingBox())!;
  expect(line.width, 'the signature line is long enough to sign on').toBeGreaterThan(250);

  const pdf = await page.pdf({ format: 'A4' });
  // Each page is one /Type /Page object; the page tree is /Type /Pages.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? [];
  expect(pages, 'pages printed').toHaveLength(1);
});
