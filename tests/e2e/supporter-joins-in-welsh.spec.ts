import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { messages } from '../../src/lib/i18n/catalogue.ts';
import { readValue } from './database.ts';
import { expect, expectStatusErrors, test, withJavaScriptOff } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';

const cy = messages('cy');
const en = messages('en');
const WELSH_SUBJECT = cy.join.emails.confirmSubject;
/** English words no Welsh sentence uses: the page's or email's own words must be Welsh. */
const ENGLISH_WORDS = /\b(the|and|your|with|this|that|you|are|will|not|from|our|for|council)\b/i;

/** A person needs a moment to fill the form; the site turns away forms sent faster than that. */
async function fillPledge(page: Page, email: string) {
  await page.getByLabel(cy.join.form.firstName).fill('Cerys');
  await page.getByLabel(cy.join.form.lastName).fill('Llywelyn');
  await page.getByLabel(cy.join.form.email).fill(email);
  await page.getByLabel(cy.join.form.postcode).fill(FAKE_POSTCODES.cardiffCentre);
  await page.waitForTimeout(2_100);
}

/** The main part of the page: what it says in its own words, with passages marked English taken out. */
async function ownWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const english of main.querySelectorAll('[lang]:not([lang^="cy"]), script, style')) {
      english.remove();
    }
    return main.innerText;
  });
}

async function expectWelsh(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect(await ownWords(page)).not.toMatch(ENGLISH_WORDS);
}

function joinsInWelsh() {
  test('a supporter in Cardiff joins in Welsh, gets the Welsh email and confirms on Welsh pages', async ({
    page,
    consoleErrors,
  }) => {
    const email = uniqueEmail('cerys');
    await page.goto('/cy/ymuno');
    await expectWelsh(page);
    // Before pressing the button, the form says in plain words which language we will write in.
    await expect(page.getByText(cy.join.form.inYourLanguage)).toBeVisible();
    await expect(page.getByText(/Byddwn yn ysgrifennu atoch yn Gymraeg/)).toBeVisible();

    // One box wrong: the Welsh page comes back in Welsh, the message beside the box, all kept.
    await fillPledge(page, 'cerys-at-example.org');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: cy.join.form.button }).click();
    expect(new URL(page.url()).pathname).toBe('/cy/ymuno');
    await expect(page.getByRole('alert')).toContainText('Mae problem');
    await expect(page.locator('#pledge-email-error')).toHaveText(
      "Rhowch gyfeiriad e-bost yn y fformat cywir, gydag @ a'r rhan sy'n dod ar ei ôl, a heb fylchau",
    );
    await expect(page.getByLabel(cy.join.form.firstName)).toHaveValue('Cerys');
    await expect(page.getByLabel(cy.join.form.postcode)).toHaveValue(FAKE_POSTCODES.cardiffCentre);
    await expect(page.getByLabel(cy.join.form.email)).toHaveValue('cerys-at-example.org');
    await expect(page.getByRole('checkbox')).toBeChecked();
    await expectWelsh(page);
    expectStatusErrors(consoleErrors, 400);

    await page.getByLabel(cy.join.form.email).fill(email);
    await page.waitForTimeout(2_100);
    await page.getByRole('button', { name: cy.join.form.button }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy.join.checkInbox.title);
    expect(new URL(page.url()).pathname).toBe('/cy/addewid/gwirio-eich-ebost');
    await expectWelsh(page);

    // The email is Welsh, subject and body, and its link opens the Welsh page.
    const message = await waitForEmail(email, WELSH_SUBJECT);
    expect(message.html).toContain('<html lang="cy">');
    expect(message.text.replaceAll('Make Runaways Safe', '')).not.toMatch(ENGLISH_WORDS);
    for (const english of Object.values(en.join.emails))
      expect(message.text).not.toContain(english);
    await page.goto(linkPath(message, /\/cy\/addewid\/cadarnhau\?token=/));
    await expectWelsh(page);
    await page.getByRole('button', { name: cy.join.confirm.button }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy.join.thanks.heading);
    expect(new URL(page.url()).pathname).toBe('/cy/addewid/diolch');
    await expect(page.getByRole('heading', { name: 'Eich cyngor: Caerdydd' })).toBeVisible();
    await expectWelsh(page);
    // Their links share the Welsh join page, with their own code kept.
    const share = page.getByRole('region', { name: cy.join.thanks.shareHeading });
    const copied = new URL(await page.getByLabel(cy.join.share.copyLabel).inputValue());
    expect(copied.pathname).toBe('/cy/ymuno');
    const code = copied.searchParams.get('ref')!;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    await expect(share.getByRole('link', { name: cy.join.share.email })).toHaveAttribute(
      'href',
      new RegExp(`cy%2Fymuno%3Fref%3D${code}%26via%3Demail`),
    );
    await expect(share).toContainText('Nid oes neb wedi ymuno drwy eich dolenni eto');

    // Their record: Welsh, agreed in the Welsh words.
    const id = readValue<number>('SELECT id FROM supporters WHERE email = ?', email);
    expect(readValue<string>('SELECT language FROM supporters WHERE id = ?', id)).toBe('cy');
    expect(
      readValue<string>(
        "SELECT text_version FROM consent_records WHERE supporter_id = ? AND purpose = 'pledge'",
        id,
      ),
    ).toBe('pledge-2026-12-02-cy');

    // A friend who follows the link lands on the Welsh join page, and the code goes with the form.
    await page.goto(copied.pathname + copied.search);
    await expect(page.locator('input[name="ref"]')).toHaveValue(code);

    // Their data: asked for in Welsh, sent in Welsh, opened on the Welsh page, naming the language.
    await page.goto('/cy/preifatrwydd/cais');
    await page.getByLabel(cy.privacy.request.email).fill(email);
    await page.getByRole('button', { name: cy.privacy.request.button }).click();
    await expect(page.getByRole('status')).toContainText("Os yw'r cyfeiriad hwnnw wedi addo");
    const privacy = await waitForEmail(email, cy.privacy.email.subject);
    await page.goto(linkPath(privacy, /\/cy\/preifatrwydd\/rheoli\?token=/));
    await expectWelsh(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: cy.privacy.manage.download }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file.supporter).toMatchObject({ email, language: 'cy' });

    // Stopping campaign emails, from the Welsh page their emails link to.
    const key = readValue<string>('SELECT unsubscribe_key FROM supporters WHERE id = ?', id);
    await page.goto(`/cy/dad-danysgrifio?key=${encodeURIComponent(key)}`);
    await expectWelsh(page);
    await page.getByRole('button', { name: cy.privacy.unsubscribe.button }).click();
    await expect(page.getByRole('status')).toHaveText(cy.privacy.unsubscribe.done);
    expect(readValue<number>('SELECT wants_campaign_emails FROM supporters WHERE id = ?', id)).toBe(
      0,
    );
  });
}

joinsInWelsh();
withJavaScriptOff(joinsInWelsh);
