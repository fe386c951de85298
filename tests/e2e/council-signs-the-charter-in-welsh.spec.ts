import type { Page } from '@playwright/test';
import { logInAs } from './campaign-team.ts';
import { expect, expectStatusErrors, withJavaScriptOff } from './fixtures.ts';
import { linkPath, waitForEmail } from './inbox.ts';
import { testOnANewSite as test } from './own-site.ts';

/**
 * An officer at Cardiff signs the charter in Welsh, from the Welsh charter page to the Welsh
 * approval email, and is answered in Welsh at every step. Cardiff signs once per site, so each
 * run of the story (JavaScript on, and off) has a site of its own.
 */

const SUBJECTS = {
  verify: "Cadarnhewch, os gwelwch yn dda: Cyngor Caerdydd a Siarter y Plant sy'n Rhedeg i Ffwrdd",
  approved: "Mae Cyngor Caerdydd wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
};

async function expectWelsh(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
}

function officerSignsInWelsh() {
  test('an officer at Cardiff reads the charter, signs and is approved, all in Welsh', async ({
    page,
    site,
    resend,
    consoleErrors,
  }) => {
    const officer = `morgan.evans.${Date.now()}@cardiff.gov.uk`;

    await page.goto('/cy/siarter');
    await expectWelsh(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Siarter y Plant sy'n Rhedeg i Ffwrdd",
    );
    await expect(page.getByRole('heading', { name: /Cyfrif pob plentyn/ })).toBeVisible();
    // Jade's words stay as she said them, marked as English, introduced in Welsh.
    await expect(page.locator('[lang="en-GB"] blockquote')).toContainText('It’s great that');
    await expect(page.getByText(/dywedodd Jade/)).toBeVisible();
    await page.getByRole('link', { name: "Llofnodi'r siarter ar ran eich cyngor" }).click();
    await expect(page).toHaveURL(/\/cy\/llofnodi$/);
    await expectWelsh(page);

    // One box left empty first: the Welsh message beside it, and everything typed kept.
    await page.getByLabel('Cyngor', { exact: true }).selectOption({ label: 'Cyngor Caerdydd' });
    await page.getByLabel('Eich enw llawn').fill('Morgan Evans');
    await page.getByLabel('Teitl eich swydd').fill('Cyfarwyddwr Gwasanaethau Cymdeithasol');
    await page.getByLabel('Eich cyfeiriad e-bost yn y cyngor').fill(officer);
    await page.getByLabel(/Ar ran fy nghyngor, rwy'n ymrwymo/).check();
    await page.getByRole('button', { name: "Anfon i'w wirio" }).click();
    await expectWelsh(page);
    await expect(page.locator('#sign-leadMember-error')).toHaveText(
      "Rhowch enw'r aelod arweiniol dros wasanaethau plant",
    );
    await expect(page.getByRole('alert')).toContainText('Mae problem');
    await expect(page.getByLabel('Eich enw llawn')).toHaveValue('Morgan Evans');
    await expect(page.getByLabel('Cyngor', { exact: true })).toHaveValue('cardiff');
    await expect(page.getByLabel(/Ar ran fy nghyngor/)).toBeChecked();
    expectStatusErrors(consoleErrors, 400);

    await page
      .getByLabel("Enw'r aelod arweiniol dros wasanaethau plant")
      .fill('Y Cynghorydd Rhiannon Jones');
    await page.getByRole('button', { name: "Anfon i'w wirio" }).click();
    await expect(page).toHaveURL(/\/cy\/llofnodi\/gwirio-eich-ebost\?council=cardiff$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edrychwch ar eich e-bost');
    await expect(page.getByRole('status')).toContainText('ar ran Cyngor Caerdydd');

    // The email is in Welsh, and its link opens the Welsh page.
    const verify = await waitForEmail(officer, SUBJECTS.verify, resend.url);
    expect(verify.html).toMatch(/<html lang="cy">/);
    await page.goto(linkPath(verify, /\/cy\/llofnodi\/gwirio\?token=/));
    await expectWelsh(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Cadarnhau eich cais ar ran Cyngor Caerdydd',
    );
    await page.getByRole('button', { name: 'Cadarnhau' }).click();
    await expect(page).toHaveURL(/\/cy\/llofnodi\/wedi-gwirio\?council=cardiff$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Diolch: mae eich cais wedi'i gadarnhau",
    );

    // A campaigner approves, in English: the admin area is the team's.
    await logInAs(page, 'campaigner', site.databasePath);
    await page.goto('/admin/signings');
    await page
      .getByRole('article', { name: /City of Cardiff Council/ })
      .getByRole('button', { name: 'Approve and publish' })
      .click();
    await expect(page.getByRole('status')).toContainText('Approved: City of Cardiff Council');

    // The thanks are in Welsh, and their certificate link opens the certificate.
    const thanks = await waitForEmail(officer, SUBJECTS.approved, resend.url);
    expect(thanks.html).toMatch(/<html lang="cy">/);
    expect(thanks.text).toContain('Annwyl Morgan Evans,');
    const certificate = await page.goto(linkPath(thanks, /\/councils\/cardiff\/certificate$/));
    expect(certificate!.status()).toBe(200);
    // Its self-assessment link opens the Welsh self-assessment.
    await page.goto(linkPath(thanks, /\/cy\/hunanasesu\?token=/));
    await expectWelsh(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hunanasesiad ar gyfer Cyngor Caerdydd',
    );
    await page
      .getByRole('group', { name: /^Cyfrif 1 / })
      .getByLabel('Ar waith')
      .check();
    await page.getByRole('button', { name: 'Cadw' }).click();
    await expect(page.getByRole('status')).toHaveText(
      "Wedi cadw 1 ateb. Dewch yn ôl drwy'r un ddolen i barhau.",
    );
  });
}

officerSignsInWelsh();
withJavaScriptOff(officerSignsInWelsh);
