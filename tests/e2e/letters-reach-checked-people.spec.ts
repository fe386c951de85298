import type { Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import type { FakeResend } from '../fakes/resend.ts';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectAccessible, expectStatusErrors } from './fixtures.ts';
import { emailsTo, linkPath, outboxSettled, uniqueEmail, waitForEmail } from './inbox.ts';
import { fillLetter, ownWords } from './letters.ts';
import { testOnANewSite as test } from './own-site.ts';
import type { RunningSite } from './server.ts';

/** On a council's people page, marks this person checked against the web page given. */
async function markChecked(page: Page, name: string, checkedAgainst: string): Promise<void> {
  const person = page.getByRole('region', { name });
  await person.getByLabel('The web page you checked it against').fill(checkedAgainst);
  await person.getByRole('button', { name: `Mark ${name} as checked` }).click();
}

/**
 * The writer finds Kent by postcode, told plainly that nobody is checked yet, and writes and
 * confirms a letter, which is held; the link, used again, says it is waiting, not that it has gone.
 */
async function writeAndConfirmHeldLetter(
  page: Page,
  resend: FakeResend,
  writer: string,
  mine: string,
): Promise<void> {
  await page.goto(`/lobby?q=${encodeURIComponent(FAKE_POSTCODES.maidstone)}`);
  await expect(page).toHaveURL(/\/lobby\/kent\?postcode=ME14/);
  await expect(page.getByText('We are still checking who to write to at Kent.')).toBeVisible();
  await fillLetter(page, { email: writer, name: 'Pat Writer', ownWords: mine });
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your letter');
  await expect(page.getByText('We will hold your letter')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Email me the link to send it' }).click();
  await expect(page).toHaveURL(/\/lobby\/check-inbox/);
  const confirmation = await waitForEmail(writer, 'Confirm your letter to Kent', resend.url);
  await page.goto(linkPath(confirmation, /\/lobby\/confirm/));
  await expect(page.getByText('we hold your letter until we have checked')).toBeVisible();
  await page.getByRole('button', { name: 'Send my letter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter is confirmed');
  await expect(page.getByRole('status')).toContainText(
    'We are holding your letter until we have checked who to write to at Kent',
  );
  await expectAccessible(page);
  await page.goto(linkPath(confirmation, /\/lobby\/confirm/));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter is confirmed');
}

/** One email to the person, from the campaign, Reply-To the writer, with what they can act on. */
async function expectOneThankYouLetter(
  site: RunningSite,
  resend: FakeResend,
  { address, name }: { address: string; name: string },
  { writer, mine }: { writer: string; mine: string },
): Promise<void> {
  const letter = await waitForEmail(
    address,
    "Thank you for signing the Runaways' Charter",
    resend.url,
  );
  expect(letter.reply_to).toBe(writer);
  expect(letter.text).toContain(`Dear ${name},`);
  expect(letter.text).toContain(mine);
  expect(letter.text).toContain('we have checked is in the Maidstone Central area of Kent');
  expect(letter.text).toContain("Kent signed the Runaways' Charter");
  expect(letter.text).toMatch(/\/councils\/kent/);
  expect(letter.text).toContain('The charter asks each council to take four steps');
  await outboxSettled([address], site.databasePath);
  expect(await emailsTo(address, resend.url)).toHaveLength(1);
}

// Kent starts with nobody checked on this server of its own: no other test can check somebody
// there first.
test('a letter to a council with nobody checked is held, and goes to each person once a campaigner checks them', async ({
  page,
  site,
  resend,
}) => {
  const writer = uniqueEmail('held');
  const mine = ownWords('my son, who ran from home in Maidstone last winter');

  await writeAndConfirmHeldLetter(page, resend, writer, mine);
  const lettersBefore = await tally(page);

  // A campaigner sees Kent first in the work queue, by letters waiting.
  await logInAs(page, 'campaigner', site.databasePath);
  await page.goto('/admin/targets');
  await expect(page.getByRole('row').nth(1)).toContainText('Kent');
  await expect(page.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
  await page.getByRole('link', { name: 'Kent', exact: true }).click();

  // They add the writer's division councillor and check them: the held letter goes to them.
  const add = page.getByRole('region', { name: 'Add somebody' });
  await add.getByLabel('Name').fill('Cllr Maya Division');
  await add.getByLabel('Email address').fill('maya.division@kent.councillors.test');
  await add.getByLabel('Ward or division, for a ward councillor').fill('Maidstone Central');
  await add.getByLabel('Its GSS code (optional)').fill('E58000699');
  await add.getByLabel('Where these details come from').fill('Kent democracy site');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toContainText('Added, not yet checked');
  await markChecked(page, 'Cllr Maya Division', 'https://democracy.kent.gov.uk/mgMemberIndex.aspx');
  await expect(page.getByRole('status')).toContainText(
    'Checked: letters go to them from now on. 1 held letter is on its way to them.',
  );

  // Then the lead member, with the address the council publishes.
  const lead = page.getByRole('region', { name: /Lead member for children's services, Kent/ });
  await lead.getByText(/Change .*details/).click();
  await lead.getByLabel('Name').fill('Cllr Lee Member');
  await lead.getByLabel('Email address').fill('lee.member@kent.councillors.test');
  await lead.getByRole('button', { name: /Save .*details/ }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await markChecked(
    page,
    'Cllr Lee Member',
    'https://www.kent.gov.uk/about-the-council/contact-us',
  );
  await expect(page.getByRole('status')).toContainText('1 held letter is on its way to them.');
  await expectAccessible(page);

  for (const [address, name] of [
    ['maya.division@kent.councillors.test', 'Cllr Maya Division'],
    ['lee.member@kent.councillors.test', 'Cllr Lee Member'],
  ] as const) {
    await expectOneThankYouLetter(site, resend, { address, name }, { writer, mine });
  }
  // The writer has a copy each time it went, and is never told it expired.
  await expect
    .poll(async () =>
      (await emailsTo(writer, resend.url)).filter((email) =>
        email.text.startsWith('This is a copy of the letter you sent to'),
      ),
    )
    .toHaveLength(2);
  expect((await emailsTo(writer, resend.url)).map((email) => email.subject)).not.toContain(
    'We could not send your letter to Kent',
  );
  // The council's public tally counts the letter once.
  expect(await tally(page)).toBe(lettersBefore + 1);
});

test('a writer can write only to the council they live in; an unchecked postcode keeps the letter as a draft', async ({
  page,
  site,
  resend,
  consoleErrors,
}) => {
  const words = ownWords('the council where I live');
  await page.goto('/lobby/barnsley');
  await fillLetter(page, {
    email: uniqueEmail('elsewhere'),
    postcode: FAKE_POSTCODES.maidstone,
    ownWords: words,
  });
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  await expect(page.locator('#letter-postcode-error')).toHaveText(
    'ME14 1XX is in Kent, not Barnsley. Councillors answer the people they represent, so you can write only to the council where you live.',
  );
  await expect(page.getByLabel('In your own words: why this matters to you')).toHaveValue(words);
  await page.getByRole('link', { name: 'Write to Kent instead' }).click();
  await expect(page).toHaveURL(/\/lobby\/kent\?postcode=ME14/);

  // The lookup is down: the letter is kept, unsent, until the postcode can be checked.
  const writer = uniqueEmail('draft');
  await page.goto('/lobby/kent');
  await fillLetter(page, { email: writer, postcode: FAKE_POSTCODES.fails, ownWords: words });
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  await expect(page.getByText('We cannot check your postcode just now')).toBeVisible();
  await page.getByRole('button', { name: 'Email me the link to send it' }).click();
  const confirmation = await waitForEmail(writer, 'Confirm your letter to Kent', resend.url);
  await page.goto(linkPath(confirmation, /\/lobby\/confirm/));
  await page.getByRole('button', { name: 'Send my letter' }).click();
  await expect(page.getByRole('alert')).toContainText('We still cannot check your postcode');
  expect(
    withDatabase(
      (db) =>
        db
          .prepare('SELECT state, postcode_checked AS checked FROM letters WHERE writer_email = ?')
          .get(writer),
      site.databasePath,
    ),
  ).toEqual({ state: 'pending', checked: 0 });
  expectStatusErrors(consoleErrors, 400, 503);
});

async function tally(page: import('@playwright/test').Page): Promise<number> {
  const response = await page.request.get('/data/councils/kent.json');
  return ((await response.json()) as { letters: number }).letters;
}
