import type { Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { withDatabase } from './database.ts';
import {
  expect,
  expectAccessible,
  expectStatusErrors,
  test,
  withJavaScriptOff,
} from './fixtures.ts';
import { testOnANewSite } from './own-site.ts';

// Neath Port Talbot has the longest Welsh name of the 22 ("Cyngor Bwrdeistref Sirol Castell-nedd
// Port Talbot"): if its bilingual certificate fits one A4 page, every Welsh council's does.
const SIGNED = {
  slug: 'neath-port-talbot',
  welshSlug: 'castell-nedd-port-talbot',
  name: 'Neath Port Talbot County Borough Council',
  welshName: 'Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot',
};

/** Records the council's signing, as a verified signature does, once per run. */
function recordTheSigning(databasePath: string) {
  withDatabase(
    (db) =>
      db
        .prepare(
          `INSERT INTO council_status_events (council_id, kind, status, occurred_on, precision,
           source, signatory_name, signatory_role)
         SELECT id, 'signed', 'signed', '2026-06-04', 'day', 'Verified signing', 'Rhian Evans',
           'Head of Children''s Services'
         FROM councils WHERE slug = ? AND NOT EXISTS (
           SELECT 1 FROM council_status_events WHERE council_id = councils.id AND kind = 'signed')`,
        )
        .run(SIGNED.slug),
    databasePath,
  );
}

const mmToPx = (mm: number) => (mm / 25.4) * 96;

/**
 * Looks a postcode up from the Welsh list of councils. That list takes axe 8 s or more and is
 * checked whole by its own journey and by the crawl, so the lookups open it without axe and check
 * where they lead instead.
 */
async function lookUp(page: Page, postcode: string) {
  await page.goto('/cy/cynghorau');
  await page.getByLabel("Dod o hyd i'ch cyngor drwy'ch cod post").fill(postcode);
  await page.getByRole('button', { name: 'Chwilio', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/cy/cynghorau');
  await expectAccessible(page);
}

function journeys() {
  test('the Welsh council list names the 22 councils in Wales in Welsh, on the table and the map', async ({
    page,
  }) => {
    await page.goto('/cy/cynghorau');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Pa gynghorau sydd wedi llofnodi?',
    );
    const rows = page.locator('#council-table tbody tr');
    await expect(rows).toHaveCount(175);
    await expect(page.locator('#council-table tbody th a[href^="/cy/cynghorau/"]')).toHaveCount(22);
    const cardiff = page.getByRole('rowheader', { name: 'Caerdydd Cardiff' });
    await expect(cardiff.getByRole('link', { name: 'Caerdydd' })).toHaveAttribute(
      'href',
      '/cy/cynghorau/caerdydd',
    );
    await expect(cardiff.locator('[lang="en-GB"]')).toHaveText('Cardiff');
    // A council in England keeps its English name and page, both marked as English.
    const kent = page.getByRole('rowheader', { name: 'Kent', exact: true }).getByRole('link');
    await expect(kent).toHaveAttribute('href', '/councils/kent');
    await expect(kent).toHaveAttribute('hreflang', 'en-GB');
    await expect(kent).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('#council-table tbody')).toContainText('Heb lofnodi');

    const labels = await page
      .locator('svg .map-label')
      .evaluateAll((texts) =>
        texts.map((text) =>
          [...text.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
        ),
      );
    expect(labels).toEqual(
      expect.arrayContaining(['LLOEGR', 'CYMRU', 'Llundain', "Swydd Efrog a'r Humber"]),
    );
    await expect(page.locator('a.hex[href="/cy/cynghorau/caerdydd"]')).toHaveAttribute(
      'data-name',
      'Caerdydd',
    );
    await expect(page.locator('.map-key__list')).toContainText("wedi llofnodi'r siarter");

    await page.getByRole('link', { name: 'Cynnydd yr hunanasesu' }).click();
    await expect(page).toHaveURL(/\/cy\/cynghorau\?layer=progress#map$/);
    await expect(page.locator('.map-key__list')).toContainText('Dim hunanasesiad');
    await expect(page.getByRole('link', { name: 'Pwy sydd wedi llofnodi' })).toBeVisible();
  });

  test("Cardiff's Welsh page speaks Welsh, and the language link goes to its English page and back", async ({
    page,
  }) => {
    await page.goto('/cy/cynghorau/caerdydd');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cyngor Caerdydd');
    await expect(page.locator('main [lang="en-GB"]').first()).toHaveText('City of Cardiff Council');
    await expect(page.locator('.lead')).toContainText(
      /Heb lofnodi|Wedi addo llofnodi|Wedi llofnodi/,
    );
    await expect(page.getByRole('heading', { name: 'Hanes' })).toBeVisible();

    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/councils\/cardiff$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('City of Cardiff Council');
    await expect(page.locator('main [lang="cy"]').first()).toHaveText('Cyngor Caerdydd');
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await expect(page).toHaveURL(/\/cy\/cynghorau\/caerdydd$/);
  });

  test('a reader tells us in Welsh that a Welsh council’s record is wrong, and is thanked in Welsh', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/cy/cynghorau/ynys-mon');
    const form = page.getByRole('region', { name: 'Ydy hyn yn anghywir?' });
    await form.getByText('Ydy hyn yn anghywir?').first().click();
    await form.getByLabel('Cyfeiriad ei wefan').check();
    await form.getByLabel('Beth ddylai ei ddweud?').fill('Rhy fyr');
    await form.getByRole('button', { name: 'Anfon' }).click();
    // Back on the Welsh page, with the problem in Welsh beside the box and the words kept.
    await expect(page).toHaveURL(/\/cy\/cynghorau\/ynys-mon/);
    const again = page.getByRole('region', { name: 'Ydy hyn yn anghywir?' });
    await expect(again.getByText('Dywedwch ychydig mwy wrthon ni: o leiaf 10 nod')).toBeVisible();
    await expect(again.getByLabel('Beth ddylai ei ddweud?')).toHaveValue('Rhy fyr');
    await again.getByLabel('Beth ddylai ei ddweud?').fill('Mae gan y cyngor gyfeiriad gwe newydd.');
    await again.getByRole('button', { name: 'Anfon' }).click();
    await expect(page).toHaveURL(/\/cy\/cynghorau\/ynys-mon\?reported=1#report$/);
    await expect(page.getByRole('status').filter({ hasText: 'Diolch.' })).toBeVisible();
    expectStatusErrors(consoleErrors, 400);
  });

  test('only the councils in Wales have a Welsh page', async ({ page, consoleErrors }) => {
    for (const path of ['/cy/cynghorau/kent', '/cy/cynghorau/cardiff']) {
      expect((await page.goto(path))!.status(), path).toBe(404);
    }
    expectStatusErrors(consoleErrors, 404);
  });

  test.describe('looking up a postcode', () => {
    test.use({ axeOnGoto: false });

    test('a postcode looked up in Welsh says where it is, on the council’s Welsh page', async ({
      page,
    }) => {
      await lookUp(page, FAKE_POSTCODES.cardiff);
      await expect(page).toHaveURL(/\/cy\/cynghorau\/caerdydd\?cod-post=CF10%201AA$/);
      await expect(page.getByRole('status').first()).toHaveText('Mae CF10 1AA yng Nghaerdydd.');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cyngor Caerdydd');
    });

    test('a postcode in England, looked up in Welsh, leads to the council’s English page', async ({
      page,
    }) => {
      await lookUp(page, FAKE_POSTCODES.kent);
      await expect(page).toHaveURL(/\/councils\/kent$/);
    });

    for (const [what, postcode, message] of [
      ['not a postcode', 'KENT', 'Rhowch god post llawn yn y DU, fel CF10 1EP'],
      [
        'an unknown postcode',
        FAKE_POSTCODES.unknown,
        "Doedden ni ddim yn gallu dod o hyd i'r cod post ZZ9 9ZZ",
      ],
      ['a Scottish postcode', FAKE_POSTCODES.scotland, 'Mae EH1 1AA yn yr Alban.'],
      [
        'a postcode when the lookup is down',
        FAKE_POSTCODES.fails,
        'Allwn ni ddim chwilio am godau post',
      ],
    ] as const) {
      test(`${what} gets its message in Welsh, beside the box`, async ({ page, consoleErrors }) => {
        await lookUp(page, postcode);
        await expect(page).toHaveURL(/\/cy\/cynghorau\/chwilio\?postcode=/);
        await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText("Dod o hyd i'ch cyngor");
        await expect(page.locator('#postcode-error')).toContainText(message);
        await expect(page.getByLabel("Dod o hyd i'ch cyngor drwy'ch cod post")).toHaveValue(
          postcode,
        );
        expectStatusErrors(consoleErrors, 400);
      });
    }
  });
}

journeys();
withJavaScriptOff(journeys);

// On a server of its own: a Welsh council signed on the shared one would change what other
// stories see of Wales (the suggested letter says no council in Wales has signed yet).
testOnANewSite(
  'a signed Welsh council’s certificate and badge are in Welsh first, then English, on one A4 page',
  async ({ page, site }) => {
    recordTheSigning(site.databasePath);
    const path = `/councils/${SIGNED.slug}/certificate`;
    // Pages are kept for a few seconds, so the signing may take that long to show.
    await expect
      .poll(async () => (await page.request.get(path)).status(), { timeout: 30_000 })
      .toBe(200);
    await page.goto(path);
    // The page is the English site's (header, footer, helplines); the certificate's Welsh is marked.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    const certificate = page.locator('article.certificate');
    const heading = certificate.getByRole('heading', { level: 1 });
    await expect(heading.locator('[lang="cy"]')).toHaveText(SIGNED.welshName);
    await expect(heading.locator('[lang="en-GB"]')).toHaveText(SIGNED.name);
    await expect(certificate.locator('[lang="cy"]').first()).toContainText(
      "Siarter y Plant sy'n Rhedeg i Ffwrdd",
    );
    await expect(certificate).toContainText(
      "wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd ar 4 Mehefin 2026",
    );
    await expect(certificate).toContainText('signed the Runaways’ Charter on 4 June 2026');
    const text = await certificate.innerText();
    expect(text.indexOf(SIGNED.welshName)).toBeLessThan(text.indexOf(SIGNED.name));
    expect(text.indexOf('Ar ran')).toBeLessThan(text.indexOf('On behalf of'));

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({
      width: Math.floor(mmToPx(210 - 24)),
      height: Math.floor(mmToPx(297 - 24)),
    });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? [];
    expect(pages, 'pages printed').toHaveLength(1);

    const badge = await (await page.request.get(`/councils/${SIGNED.slug}/badge.svg`)).text();
    expect(badge.indexOf(`>${SIGNED.welshName}<`)).toBeGreaterThan(0);
    expect(badge.indexOf(`>${SIGNED.welshName}<`)).toBeLessThan(badge.indexOf(`>${SIGNED.name}<`));
    expect(badge).toContain('wedi llofnodi Siarter y Plant');

    // Its Welsh page shows the signing in Welsh, and the way to the certificate.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/cy/cynghorau/${SIGNED.welshSlug}`);
    await expect(page.locator('.lead')).toContainText('Wedi llofnodi ar 4 Mehefin 2026');
    await expect(page.getByRole('link', { name: 'Gweld y dystysgrif' })).toHaveAttribute(
      'href',
      path,
    );
  },
);
