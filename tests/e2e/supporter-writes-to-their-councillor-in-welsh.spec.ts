import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import type { FakeResend } from '../fakes/resend.ts';
import { runScriptOn, withDatabase } from './database.ts';
import { expect, expectStatusErrors, withJavaScriptOff } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';
import { testOnANewSite as test } from './own-site.ts';
import type { RunningSite } from './server.ts';

// Cardiff has a daily cap on letters: each story writes on a server of its own.

const CARDIFF_TARGETS =
  'gss_code,name,role,email,source,last_checked_on,ward_code,ward_name,state\n' +
  'W06000015,Cllr Ana Lead,lead_member,ana.lead@cardiff.councillors.test,https://www.cardiff.gov.uk/councillors,2026-11-20,,,verified\n' +
  'W06000015,Cllr Cy Ward,ward_councillor,cy.ward@cardiff.councillors.test,https://www.cardiff.gov.uk/councillors,2026-11-20,W05000873,Butetown,verified\n';

const SUBJECT = "Caerdydd: llofnodwch Siarter y Plant sy'n Rhedeg i Ffwrdd, os gwelwch yn dda";

/** A paragraph in Welsh, with its accented letters, and words of this run's own. */
function welshWords(): string {
  return (
    'Rwy’n ysgrifennu am fy nghefnder, a redodd o gartref plant yng Nghaerdydd ddwywaith. ' +
    'Mae’n bwysig i mi fod pob plentyn sy’n dod yn ôl yn cael sgwrs â rhywun annibynnol: ' +
    `ŵyr, ŷd, tŷ, dŵr, môr. Rhif ${Date.now()}.`
  );
}

function importCardiffTargets(site: RunningSite): void {
  const file = join(tmpdir(), `targets-cy-${process.pid}-${Date.now()}.csv`);
  writeFileSync(file, CARDIFF_TARGETS);
  expect(runScriptOn(site.databasePath, 'targets-import', file)).toContain('Imported 2 targets');
}

/** The writer opens Cardiff's Welsh letter page and is offered the Welsh suggestion. */
async function openCardiffInWelsh(page: Page): Promise<void> {
  await page.goto('/cy/lobio/caerdydd');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ysgrifennu at Gyngor Caerdydd');
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    'href',
    /\/lobby\/cardiff$/,
  );
  await expect(page.getByLabel('Pwnc', { exact: true })).toHaveValue(SUBJECT);
  await expect(page.getByLabel('Eich llythyr', { exact: true })).toHaveValue(
    /Rwy'n byw yn ardal Cyngor Caerdydd[\s\S]*Does dim un o'r 22 cyngor yng Nghymru wedi llofnodi eto/,
  );
}

/** The letter as each councillor gets it: the writer's Welsh, framed in Welsh first. */
async function expectWelshLetterDelivered(resend: FakeResend, mine: string): Promise<void> {
  const letter = await waitForEmail('cy.ward@cardiff.councillors.test', SUBJECT, resend.url);
  expect(letter.text).toContain('Annwyl Gynghorydd Cy Ward,');
  expect(letter.text).toContain(mine);
  expect(letter.text).toContain('Yn gywir,\nSiân Ŵyn\nCF10 1AA');
  const welshFrame = letter.text.indexOf('Anfonwyd ar ran Siân Ŵyn');
  const englishFrame = letter.text.indexOf('Sent on behalf of Siân Ŵyn');
  expect(welshFrame).toBeGreaterThanOrEqual(0);
  expect(englishFrame).toBeGreaterThan(welshFrame);
  expect(letter.text).toContain('yn ardal Butetown, Cyngor Caerdydd');
  const welshFooter = letter.text.indexOf(
    'Dydy Cyngor Caerdydd ddim wedi llofnodi Siarter y Plant',
  );
  const englishFooter = letter.text.indexOf("Cardiff has not signed the Runaways' Charter");
  expect(welshFooter).toBeGreaterThan(letter.text.indexOf(mine));
  expect(englishFooter).toBeGreaterThan(welshFooter);
  expect(letter.text).toMatch(/\/cy\/llofnodi\?council=cardiff/);
  expect(letter.html).toContain('lang="cy"');
}

async function writeInWelsh(page: Page, site: RunningSite, resend: FakeResend): Promise<void> {
  importCardiffTargets(site);
  const writer = uniqueEmail('cymraeg');
  const mine = welshWords();
  await openCardiffInWelsh(page);

  // One wrong field: the Welsh message is beside it, and the letter is kept.
  await page.getByLabel('Yn eich geiriau eich hun: pam mae hyn yn bwysig i chi').fill(mine);
  await page.getByLabel('Eich enw').fill('Siân Ŵyn');
  await page.getByLabel('Eich cyfeiriad e-bost').fill(writer);
  await page.getByLabel('Eich cod post').fill('CF10');
  await page.getByRole('button', { name: 'Gweld fy llythyr' }).click();
  await expect(page.locator('#letter-postcode-error')).toContainText(
    'Rhowch eich cod post llawn, fel CF10 1AA',
  );
  await expect(page.getByRole('alert')).toContainText('Mae problem');
  await expect(
    page.getByLabel('Yn eich geiriau eich hun: pam mae hyn yn bwysig i chi'),
  ).toHaveValue(mine);
  await expect(page.getByLabel('Eich enw')).toHaveValue('Siân Ŵyn');

  // Then in Welsh, with the postcode right: the check step greets the councillor in Welsh.
  await page.getByLabel('Eich cod post').fill(FAKE_POSTCODES.cardiff);
  await page.getByRole('button', { name: 'Gweld fy llythyr' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Gwirio'ch llythyr");
  await expect(page.locator('.letter')).toContainText('Annwyl Gynghorydd Cy Ward,');
  await expect(page.locator('.letter')).toContainText(mine);
  await page.getByRole('button', { name: 'Anfon y ddolen ata i drwy e-bost' }).click();
  await expect(page).toHaveURL(/\/cy\/lobio\/gwirio-eich-ebost\?council=cardiff/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gwiriwch eich e-bost');

  // The confirmation is in Welsh, and its link opens the Welsh page.
  const confirmation = await waitForEmail(
    writer,
    'Cadarnhewch eich llythyr at Gyngor Caerdydd',
    resend.url,
  );
  expect(confirmation.text).toContain("Mae'r ddolen yn gweithio am 7 diwrnod");
  await page.goto(linkPath(confirmation, /\/cy\/lobio\/cadarnhau\?token=/));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Anfon eich llythyr at Gyngor Caerdydd',
  );
  await page.getByRole('button', { name: 'Anfon fy llythyr' }).click();
  await expect(page).toHaveURL(/\/cy\/lobio\/wedi-anfon/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Mae'ch llythyr ar ei ffordd");

  await expectWelshLetterDelivered(resend, mine);
  const copy = await waitForEmail(writer, SUBJECT, resend.url);
  expect(copy.text).toContain("Dyma gopi o'r llythyr a anfonoch chi at");
  expect(
    withDatabase(
      (db) => db.prepare('SELECT language FROM letters WHERE writer_email = ?').pluck().get(writer),
      site.databasePath,
    ),
  ).toBe('cy');
}

test('a supporter in Cardiff writes to their councillors in Welsh, and the letter reaches them framed in Welsh first', async ({
  page,
  site,
  resend,
  consoleErrors,
}) => {
  await writeInWelsh(page, site, resend);
  expectStatusErrors(consoleErrors, 400);
});

withJavaScriptOff(() => {
  test('writing in Welsh works without JavaScript', async ({
    page,
    site,
    resend,
    consoleErrors,
  }) => {
    await writeInWelsh(page, site, resend);
    expectStatusErrors(consoleErrors, 400);
  });
});

test('only councils in Wales have a Welsh letter page, found by their Welsh names', async ({
  page,
}) => {
  expect((await page.request.get('/cy/lobio/kent')).status()).toBe(404);
  expect((await page.request.get('/cy/lobio/cardiff')).status()).toBe(404);
  await page.goto('/cy/lobio?q=Caerdydd');
  await expect(page).toHaveURL(/\/cy\/lobio\/caerdydd$/);
  // The English page of a Welsh council names its Welsh counterpart.
  await page.goto('/lobby/cardiff');
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute(
    'href',
    /\/cy\/lobio\/caerdydd$/,
  );
});
