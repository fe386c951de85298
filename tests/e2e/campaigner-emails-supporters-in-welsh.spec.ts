import type { Page } from '@playwright/test';
import type { Delivery, FakeResend } from '../fakes/resend.ts';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectAccessible, withJavaScriptOff } from './fixtures.ts';
import { uniqueEmail } from './inbox.ts';
import { test } from './own-site.ts';
import type { RunningSite } from './server.ts';

const NOTE = "Does dim fersiwn Gymraeg o'r neges hon eto, felly dyma hi yn Saesneg.";

/**
 * Confirmed supporters who asked for campaign emails, in a council that has not signed, some of
 * whom chose Welsh when they pledged: straight into the database, as the other mailing story does.
 */
function addSupporters(site: RunningSite, welsh: number, english: number): void {
  withDatabase((db) => {
    const council = db
      .prepare(
        "SELECT council_id FROM council_status WHERE status = 'not_signed' ORDER BY council_id LIMIT 1",
      )
      .pluck()
      .get() as number;
    const insert = db.prepare(
      `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
         wants_campaign_emails, unsubscribe_key, confirmed_at, language)
       VALUES (?, lower(?), 'Gwen', 'Morgan', ?, 'confirmed', 1, ?, ?, ?)`,
    );
    for (const [language, n] of [
      ['cy', welsh],
      ['en', english],
    ] as const) {
      for (let i = 0; i < n; i += 1) {
        const email = uniqueEmail(language === 'cy' ? 'cymraeg' : 'english');
        insert.run(email, email, council, `key-${email}`, new Date().toISOString(), language);
      }
    }
  }, site.databasePath);
}

/** Who a "not signed" mailing should reach in each language, by a query written here. */
function eligibleNow(site: RunningSite): { cy: string[]; en: string[] } {
  const rows = withDatabase(
    (db) =>
      db
        .prepare(
          `SELECT s.email, s.language FROM supporters AS s
           JOIN council_status AS c ON c.council_id = s.council_id
           WHERE c.status <> 'signed' AND s.state = 'confirmed' AND s.wants_campaign_emails = 1
             AND s.erased_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM email_suppressions WHERE address = s.email)`,
        )
        .all() as { email: string; language: 'en' | 'cy' }[],
    site.databasePath,
  );
  const of = (language: string) => rows.filter((r) => r.language === language).map((r) => r.email);
  return { cy: of('cy'), en: of('en') };
}

/** Writes a mailing to councils that have not signed, with its Welsh version if given. */
async function writeMailing(
  page: Page,
  english: { subject: string; body: string },
  welsh?: { subject: string; body: string },
): Promise<void> {
  await page.goto('/admin/mailings/new');
  await page.getByLabel('Subject').fill(english.subject);
  await page.getByLabel('The email').fill(english.body);
  if (welsh) {
    await page.getByLabel('Pwnc').fill(welsh.subject);
    await page.getByLabel('Neges').fill(welsh.body);
  }
  await page.getByLabel(/every council that has not signed/).check();
  await page.getByRole('button', { name: 'Save and preview' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. Nothing has been sent.');
}

/** Ticks the box, sends, and waits until every email has gone; returns the mailing's copies. */
async function sendAndWait(
  page: Page,
  resend: FakeResend,
  count: number,
  subjects: string[],
): Promise<Delivery[]> {
  const before = resend.deliveries.length;
  await page.getByLabel('I have read the test email, and it is ready to go').check();
  await page.getByRole('button', { name: `Send to ${count} supporters` }).click();
  await expect(page.getByRole('status')).toHaveText(`Sending to ${count} supporters.`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Sent' })).toBeVisible();
  }).toPass({ timeout: 30_000 });
  return resend.deliveries.slice(before).filter((d) => subjects.includes(d.subject));
}

/** The cells of the progress table's row for a language: recipients, sent, not sent, to go. */
function languageRow(page: Page, language: string) {
  return page
    .getByRole('table', { name: 'By the language supporters chose' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: language, exact: true }) })
    .getByRole('cell');
}

test('a campaigner writes a mailing in Welsh too: Welsh supporters get the Welsh, the others the English', async ({
  page,
  site,
  resend,
}) => {
  addSupporters(site, 5, 7);
  const english = {
    subject: 'Cardiff has not signed: can you write this week?',
    body: 'Your council has not signed the Runaways’ Charter.\n\n**Write to your councillor** this week.',
  };
  const welsh = {
    subject: "Dydy Caerdydd ddim wedi llofnodi: allwch chi ysgrifennu'r wythnos hon?",
    body: "Dydy'ch cyngor chi ddim wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd.\n\n**Ysgrifennwch at eich cynghorydd** yr wythnos hon.",
  };
  const admin = await logInAs(page, 'campaigner', site.databasePath);

  // Where a fluent reviewer starts: the Welsh texts nobody has checked, and the glossary's terms.
  await page.getByRole('link', { name: 'Welsh translations to review' }).click();
  await expectAccessible(page);
  const texts = page.getByRole('table', { name: /Welsh texts not yet reviewed/ });
  await expect(texts.getByRole('rowheader', { name: 'mailings', exact: true })).toBeVisible();
  await expect(
    texts.getByRole('rowheader', { name: 'Planning guide checklist, Count 1' }),
  ).toBeVisible();
  const terms = page.getByRole('table', { name: /Glossary terms not yet checked online/ });
  await expect(terms.getByRole('rowheader', { name: 'return interview' })).toBeVisible();

  await writeMailing(page, english, welsh);

  // Before sending: how many chose Welsh, and what they will get.
  const eligible = eligibleNow(site);
  const total = eligible.cy.length + eligible.en.length;
  await expect(page.getByText(`That is ${total} supporters now.`)).toBeVisible();
  await expect(page.locator('#welsh-reach')).toHaveText(
    `${eligible.cy.length} of them chose Welsh: they get the Welsh version.`,
  );
  const welshPreview = page.getByRole('region', { name: 'What supporters who chose Welsh see' });
  await expect(welshPreview.locator('strong')).toHaveText('Ysgrifennwch at eich cynghorydd');
  await expect(welshPreview.locator('[lang="cy"]').first()).toBeVisible();
  await expectAccessible(page);

  // A test of the Welsh version, to the campaigner.
  await page
    .getByRole('button', { name: `Send a test of the Welsh version to ${admin.email}` })
    .click();
  await expect(page.getByRole('status')).toContainText(
    `A test of what supporters who chose Welsh get is on its way to ${admin.email}`,
  );
  await expect
    .poll(() => resend.deliveries.find((d) => d.subject === `[Test] ${welsh.subject}`)?.html)
    .toContain('<html lang="cy">');

  const campaign = await sendAndWait(page, resend, total, [english.subject, welsh.subject]);
  const copyFor = (email: string) => campaign.filter((d) => d.to[0] === email);
  for (const email of eligible.cy) {
    const [copy, ...more] = copyFor(email);
    expect(more, email).toEqual([]);
    expect(copy!.subject).toBe(welsh.subject);
    expect(copy!.html).toContain('<html lang="cy">');
    expect(copy!.text).toContain('Annwyl Gwen,');
    expect(copy!.text).toContain('Ysgrifennwch at eich cynghorydd yr wythnos hon.');
    expect(copy!.text).toContain(`/cy/dad-danysgrifio?key=${encodeURIComponent(`key-${email}`)}`);
    expect(copy!.text).not.toContain('Your council has not signed');
  }
  for (const email of eligible.en) {
    const [copy, ...more] = copyFor(email);
    expect(more, email).toEqual([]);
    expect(copy!.subject).toBe(english.subject);
    expect(copy!.html).toContain('<html lang="en-GB">');
    expect(copy!.text).toContain('Dear Gwen,');
    expect(copy!.text).not.toContain('Annwyl');
  }
  expect(campaign).toHaveLength(total);

  // The progress page counts each language.
  await expectAccessible(page);
  await expect(languageRow(page, 'Welsh')).toHaveText([
    `${eligible.cy.length}`,
    `${eligible.cy.length}`,
    '0',
    '0',
  ]);
  await expect(languageRow(page, 'English')).toHaveText([
    `${eligible.en.length}`,
    `${eligible.en.length}`,
    '0',
    '0',
  ]);
});

withJavaScriptOff(() => {
  test('a mailing with no Welsh version reaches Welsh supporters in English, under a Welsh note', async ({
    page,
    site,
    resend,
  }) => {
    addSupporters(site, 3, 2);
    const english = {
      subject: 'Only in English for now: please share the charter',
      body: 'Please share the Runaways’ Charter with one friend today.',
    };
    await logInAs(page, 'campaigner', site.databasePath);
    await writeMailing(page, english);

    const eligible = eligibleNow(site);
    const total = eligible.cy.length + eligible.en.length;
    await expect(page.locator('#welsh-reach')).toHaveText(
      `${eligible.cy.length} of them chose Welsh: they get the English, with a note in Welsh at the top saying there is no Welsh version yet.`,
    );
    await expect(
      page.getByRole('region', { name: 'What supporters who chose Welsh see' }),
    ).toContainText(NOTE);

    const campaign = await sendAndWait(page, resend, total, [english.subject]);
    for (const email of eligible.cy) {
      const copy = campaign.find((d) => d.to[0] === email)!;
      expect(copy.html).toContain('<html lang="cy">');
      expect(copy.text.startsWith(`${NOTE}\n\nDear Gwen,\n\nPlease share`)).toBe(true);
      expect(copy.html).toContain('<div lang="en-GB">');
      expect(copy.text).toContain('Angen help nawr?');
      expect(copy.text).toContain('/cy/dad-danysgrifio?key=');
    }
    for (const email of eligible.en) {
      const copy = campaign.find((d) => d.to[0] === email)!;
      expect(copy.html).toContain('<html lang="en-GB">');
      expect(copy.text).not.toContain(NOTE);
    }
    expect(campaign).toHaveLength(total);
    await expect(languageRow(page, 'Welsh (the English with a note)')).toHaveText([
      `${eligible.cy.length}`,
      `${eligible.cy.length}`,
      '0',
      '0',
    ]);
  });
});
