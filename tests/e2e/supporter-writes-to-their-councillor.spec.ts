import type { Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { emailsTo, linkPath, outboxSettled, uniqueEmail, waitForEmail } from './inbox.ts';
import {
  expect,
  expectAccessible,
  expectStatusErrors,
  test,
  withJavaScriptOff,
} from './fixtures.ts';
import {
  checkLeadMember,
  fillLetter,
  importTargets,
  LETTER_CAP,
  ownWords,
  sendLetter,
} from './letters.ts';
import { withDatabase } from './database.ts';

// Most people arrive on a phone; every step must fit 375 px.
test.use({ viewport: { width: 375, height: 740 } });

const FROM = 'Make Runaways Safe <campaign@makerunawayssafe.org.uk>';

/** Each step passes axe and does not scroll sideways. */
async function expectSoundStep(page: Page) {
  await expectAccessible(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways at 375 px`).toBe(0);
}

async function lettersOnCouncilPage(page: Page, slug: string): Promise<number> {
  const response = await page.request.get(`/data/councils/${slug}.json`);
  return ((await response.json()) as { letters: number }).letters;
}

/** The writer finds Cardiff by postcode, and is offered a letter built from its facts. */
async function findCardiffByPostcode(page: Page): Promise<void> {
  await page.goto('/lobby');
  await page.getByLabel('Your postcode or the name of your council').fill(FAKE_POSTCODES.cardiff);
  await page.getByRole('button', { name: 'Find my council' }).click();
  await expect(page).toHaveURL(/\/lobby\/cardiff\?postcode=CF10/);
  await expectSoundStep(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write to Cardiff');
  const targets = page.getByRole('region', { name: 'Who it goes to' });
  await expect(targets).toContainText('Cllr Ana Lead');
  await expect(targets).toContainText('Dr Bo Director');
  await expect(targets).toContainText('Your own ward councillors: we find them from your postcode');
  // The suggestion is built from the council's facts, and the postcode carried over.
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(
    "Please sign the Runaways' Charter for children in Cardiff",
  );
  await expect(page.getByLabel('Your letter', { exact: true })).toHaveValue(
    /None of the 22 councils in Wales has signed yet/,
  );
  await expect(page.getByLabel('Your postcode')).toHaveValue('CF10 1AA');
}

/** One message per target, from the campaign, Reply-To the writer; and a copy to the writer. */
async function expectLetterDelivered(writer: string, mine: string): Promise<void> {
  for (const [address, name] of [
    ['cy.ward@cardiff.councillors.test', 'Cllr Cy Ward'],
    ['ana.lead@cardiff.councillors.test', 'Cllr Ana Lead'],
    ['bo.director@cardiff.councillors.test', 'Dr Bo Director'],
  ] as const) {
    const letter = await waitForEmail(address, 'Please sign the charter for Cardiff');
    expect(letter.from).toBe(FROM);
    expect(letter.reply_to).toBe(writer);
    expect(letter.text).toContain(`Dear ${name},`);
    expect(letter.text).toContain(mine);
    expect(letter.text).toContain('Sam Writer\nCF10 1AA');
    // Something to act on, at the foot: where Cardiff stands and where an officer signs.
    expect(letter.text).toContain("Cardiff has not signed the Runaways' Charter");
    expect(letter.text).toMatch(/\/sign\?council=cardiff/);
    await outboxSettled([address]);
    expect(await emailsTo(address)).toHaveLength(1);
  }
  const copy = await waitForEmail(writer, 'Please sign the charter for Cardiff');
  expect(copy.text).toContain(
    'This is a copy of the letter you sent to Cllr Cy Ward, Cllr Ana Lead and Dr Bo Director',
  );
}

/**
 * Two weeks on (the follow-up's time brought forward), the writer is asked whether anyone
 * replied, and answers from the email, as it reached them.
 */
async function answerFollowUp(page: Page, writer: string): Promise<void> {
  withDatabase((db) =>
    db
      .prepare(
        "UPDATE email_outbox SET next_attempt_at = ? WHERE template = 'letter-follow-up' AND to_address = ?",
      )
      .run(new Date().toISOString(), writer),
  );
  const followUp = await waitForEmail(writer, 'Did Cardiff reply to your letter?');
  await page.goto(linkPath(followUp, /answer=yes/));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Did Cardiff reply?');
  await page.getByRole('button', { name: 'Yes, I had a reply' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answer is saved');
  await page.goto('/lobby/results');
  const row = page.getByRole('row', { name: /Cardiff/ });
  await expect(row.getByRole('cell').nth(1)).not.toHaveText('0'); // replied
}

test('a supporter finds their council by postcode, writes, previews and confirms; each councillor gets the letter', async ({
  page,
}) => {
  // Cardiff gets three people to write to, checked, loaded the way an operator would.
  const imported = importTargets(
    'gss_code,name,role,email,source,last_checked_on,ward_code,ward_name,state\n' +
      'W06000015,Cllr Ana Lead,lead_member,ana.lead@cardiff.councillors.test,https://www.cardiff.gov.uk/councillors,2026-11-20,,,verified\n' +
      'W06000015,Dr Bo Director,director,bo.director@cardiff.councillors.test,https://www.cardiff.gov.uk/councillors,2026-11-20,,,verified\n' +
      'W06000015,Cllr Cy Ward,ward_councillor,cy.ward@cardiff.councillors.test,https://www.cardiff.gov.uk/councillors,2026-11-20,W05000873,Butetown,verified\n',
  );
  expect(imported).toContain('Imported 3 targets for 1 councils');
  const before = await lettersOnCouncilPage(page, 'cardiff');
  const writer = uniqueEmail('writer');
  const mine = ownWords('my cousin, who ran from a children’s home in Cardiff twice');

  await findCardiffByPostcode(page);

  // Edit the suggestion, add their own words, preview.
  await page.getByLabel('Subject', { exact: true }).fill('Please sign the charter for Cardiff');
  await fillLetter(page, { name: 'Sam Writer', email: writer, ownWords: mine });
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your letter');
  // Their own ward's councillor and the lead member are ticked; the director is theirs to add.
  const choose = page.getByRole('group', { name: 'Who to send it to' });
  await expect(
    choose.getByRole('checkbox', { name: /Cllr Cy Ward, your councillor for Butetown/ }),
  ).toBeChecked();
  await expect(choose.getByRole('checkbox', { name: /Cllr Ana Lead/ })).toBeChecked();
  await expect(choose.getByRole('checkbox', { name: /Dr Bo Director/ })).not.toBeChecked();
  await expect(page.locator('.letter')).toContainText('Dear Cllr Cy Ward,');
  await expect(page.locator('.letter')).toContainText(mine);
  await expect(page.getByText('in the Butetown area of Cardiff')).toBeVisible();
  await expectSoundStep(page);

  // Changing their mind keeps every word.
  await page.getByRole('button', { name: 'Change my letter' }).click();
  await expect(page.getByLabel('In your own words: why this matters to you')).toHaveValue(mine);
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(
    'Please sign the charter for Cardiff',
  );
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  await page.getByRole('checkbox', { name: /Dr Bo Director/ }).check();
  await page.getByRole('button', { name: 'Email me the link to send it' }).click();
  await expect(page).toHaveURL(/\/lobby\/check-inbox\?council=cardiff/);
  await expectSoundStep(page);

  // Nothing goes to a councillor until the writer confirms.
  const confirmation = await waitForEmail(writer, 'Confirm your letter to Cardiff');
  await outboxSettled(['ana.lead@cardiff.councillors.test']);
  expect(await emailsTo('ana.lead@cardiff.councillors.test')).toEqual([]);
  const confirmPath = linkPath(confirmation, /\/lobby\/confirm/);
  await page.goto(confirmPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Send your letter to Cardiff');
  await page.getByRole('button', { name: 'Send my letter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter is on its way');
  await expectSoundStep(page);

  await expectLetterDelivered(writer, mine);

  // The public tally goes up by one.
  await expect.poll(() => lettersOnCouncilPage(page, 'cardiff')).toBe(before + 1);

  // The link, used again, says the letter has gone and sends nothing more.
  await page.goto(confirmPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter has already gone');
  await outboxSettled(['ana.lead@cardiff.councillors.test']);
  expect(await emailsTo('ana.lead@cardiff.councillors.test')).toHaveLength(1);

  await answerFollowUp(page, writer);
});

test('a signed council gets a thank-you letter, found by name', async ({ page }) => {
  await page.goto('/lobby');
  await page.getByLabel('Your postcode or the name of your council').fill('kent county council');
  await page.getByRole('button', { name: 'Find my council' }).click();
  await expect(page).toHaveURL(/\/lobby\/kent$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank Kent for signing');
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(
    "Thank you for signing the Runaways' Charter",
  );
});

test('the whole letter can be written with the keyboard alone', async ({ page }) => {
  await page.goto('/lobby/barking-and-dagenham');
  const writer = uniqueEmail('keys');
  await page.getByLabel('Subject', { exact: true }).focus();
  await page.keyboard.press('Tab'); // the suggested opening: kept as it is
  await page.keyboard.press('Tab');
  await page.keyboard.type(ownWords('keyboard users'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kay Board');
  await page.keyboard.press('Tab');
  await page.keyboard.type(writer);
  await page.keyboard.press('Tab');
  await page.keyboard.type('IG11 7LU');
  await page.keyboard.press('Tab'); // the privacy link
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Preview my letter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your letter');
  // The heading shows while the page is still loading; a key pressed then can go nowhere.
  await page.waitForLoadState('load');
  await page.getByRole('button', { name: 'Email me the link to send it' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lobby\/check-inbox/);
});

withJavaScriptOff(() => {
  test('finding, writing, previewing and sending all work', async ({ page }) => {
    const writer = uniqueEmail('nojs');
    const lead = checkLeadMember('barnet');
    await page.goto('/lobby?q=Barnet');
    await expect(page).toHaveURL(/\/lobby\/barnet$/);
    await fillLetter(page, {
      email: writer,
      ownWords: ownWords('pages that work without scripts'),
    });
    await page.getByRole('button', { name: 'Preview my letter' }).click();
    await page.getByRole('button', { name: 'Email me the link to send it' }).click();
    const confirmation = await waitForEmail(writer, 'Confirm your letter to Barnet');
    await page.goto(linkPath(confirmation, /\/lobby\/confirm/));
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter is on its way');
    await expect.poll(async () => (await emailsTo(lead)).length).toBe(1);
  });
});

test.describe('problems get a clear page', () => {
  test('a council with nobody checked says so plainly, and the letter can still be written', async ({
    page,
  }) => {
    await page.goto('/lobby/rutland');
    await expect(page.getByText('We are still checking who to write to at Rutland.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Preview my letter' })).toBeVisible();
    await expect(page.getByText('placeholder', { exact: false })).toHaveCount(0);
    await expectSoundStep(page);
  });

  test('an unknown postcode, or a name that fits no council, keeps what was typed', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`/lobby?q=${encodeURIComponent(FAKE_POSTCODES.unknown)}`);
    await expect(page.locator('#finder-error')).toHaveText(
      'We could not find the postcode ZZ9 9ZZ. Check it, or enter the name of your council.',
    );
    await expect(page.getByLabel('Your postcode or the name of your council')).toHaveValue(
      FAKE_POSTCODES.unknown,
    );
    await page.goto('/lobby?q=Atlantis');
    await expect(page.locator('#finder-error')).toContainText('No council in England or Wales');
    await page.goto('/lobby?q=north');
    await expect(page.getByRole('heading', { name: /\d+ councils match "north"/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'North Tyneside Council' })).toBeVisible();
    expectStatusErrors(consoleErrors, 400);
  });

  test('an over-long letter comes back with the error beside it and nothing lost', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/lobby/bath-and-north-east-somerset');
    const long = `${'My own words, at length. '.repeat(200)}`.trim();
    await fillLetter(page, { email: uniqueEmail('long'), ownWords: long });
    await page.getByRole('button', { name: 'Preview my letter' }).click();
    await expect(page.getByRole('alert')).toContainText('There is a problem');
    await expect(page.locator('#letter-ownWords-error')).toContainText(
      'Your letter must be 5,000 characters or fewer',
    );
    await expect(page.getByLabel('In your own words: why this matters to you')).toHaveValue(long);
    await expectSoundStep(page);
    expectStatusErrors(consoleErrors, 400);
  });

  test('a second letter to the same people within 7 days: the page says nothing, the writer’s inbox says why', async ({
    page,
  }) => {
    checkLeadMember('bedford');
    const writer = uniqueEmail('twice');
    await sendLetter(
      page,
      { slug: 'bedford', name: 'Bedford' },
      {
        email: writer,
        ownWords: ownWords('Bedford, the first time'),
      },
    );
    await page.goto('/lobby/bedford');
    await fillLetter(page, { email: writer, ownWords: ownWords('Bedford, again') });
    // Anyone can type an address: neither the preview nor the answer says where it has written.
    await page.getByRole('button', { name: 'Preview my letter' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your letter');
    await page.getByRole('button', { name: 'Email me the link to send it' }).click();
    await expect(page).toHaveURL(/\/lobby\/check-inbox/);
    await expectSoundStep(page);
    const told = await waitForEmail(writer, 'Your letter to Bedford');
    expect(told.text).toContain('You already wrote to Bedford on');
    expect(told.text).not.toContain('/lobby/confirm');
  });

  test('past the daily cap, a letter waits for tomorrow and the writer is told', async ({
    page,
  }) => {
    checkLeadMember('barnsley');
    const council = { slug: 'barnsley', name: 'Barnsley' };
    for (let i = 0; i < LETTER_CAP; i += 1) {
      await sendLetter(page, council, {
        email: uniqueEmail(`cap${i}`),
        ownWords: ownWords(`Barnsley, letter ${i}`),
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter is on its way');
    }
    const late = uniqueEmail('late');
    await sendLetter(page, council, { email: late, ownWords: ownWords('Barnsley, one too many') });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your letter is confirmed');
    const tomorrow = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.now() + 86_400_000));
    await expect(page.getByRole('status')).toContainText(`Yours goes on ${tomorrow}`);
    await expectSoundStep(page);
    // Held: the councillor has not had it, nor the writer their copy.
    await outboxSettled([late]);
    expect((await emailsTo(late)).map((email) => email.subject)).toEqual([
      'Confirm your letter to Barnsley',
    ]);
    // Its copy waits in the outbox for the start of the day it goes.
    const midnight = `${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T00:00:00.000Z`;
    expect(
      withDatabase((db) =>
        db
          .prepare(
            "SELECT state, next_attempt_at AS at FROM email_outbox WHERE template = 'letter-copy' AND to_address = ?",
          )
          .get(late),
      ),
    ).toEqual({ state: 'queued', at: midnight });
  });

  test('a made-up confirmation link says so', async ({ page, consoleErrors }) => {
    await page.goto('/lobby/confirm?token=made-up-token-123');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'We do not recognise this link',
    );
    expectStatusErrors(consoleErrors, 404);
  });
});
