import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { runScript, withDatabase } from './database.ts';
import { linkPath, waitForEmail } from './inbox.ts';

/** The per-council daily cap the test server runs with. */
export const LETTER_CAP = 2;

/** A postcode in each council the letter tests write to, as the fake postcodes.io knows them. */
export const POSTCODE_IN: Record<string, string> = {
  'barking-and-dagenham': FAKE_POSTCODES.barkingAndDagenham,
  barnet: FAKE_POSTCODES.barnet,
  barnsley: FAKE_POSTCODES.barnsley,
  'bath-and-north-east-somerset': FAKE_POSTCODES.bath,
  bedford: FAKE_POSTCODES.bedford,
  cardiff: FAKE_POSTCODES.cardiff,
  kent: FAKE_POSTCODES.maidstone,
  rutland: FAKE_POSTCODES.rutland,
};

/**
 * Fills the letter form on a council's letter page with a writer's details and own words; the
 * postcode, unless given, is one in the council the page is for.
 */
export async function fillLetter(
  page: Page,
  letter: { name?: string; email: string; postcode?: string; ownWords: string },
): Promise<void> {
  const slug = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.getByLabel('In your own words: why this matters to you').fill(letter.ownWords);
  await page.getByLabel('Your name').fill(letter.name ?? 'Sam Writer');
  await page.getByLabel('Your email address').fill(letter.email);
  await page.getByLabel('Your postcode').fill(letter.postcode ?? POSTCODE_IN[slug] ?? '');
}

/**
 * Marks a council's seeded lead member checked, at an address of its own, so letters to the
 * council go rather than wait, as a campaigner would in /admin/targets. Returns the address.
 */
export function checkLeadMember(slug: string, databasePath?: string): string {
  const email = `lead.member@${slug}.councillors.test`;
  withDatabase(
    (db) =>
      db
        .prepare(
          `UPDATE council_targets SET state = 'verified', email = ?, name = 'Cllr Lee Member',
             source = 'https://www.' || ? || '.gov.uk/councillors', last_checked_on = '2026-11-20'
           WHERE role = 'lead_member' AND council_id = (SELECT id FROM councils WHERE slug = ?)`,
        )
        .run(email, slug, slug),
    databasePath,
  );
  return email;
}

/** Writes, previews and confirms a letter to a council, ending on the page that says it went. */
export async function sendLetter(
  page: Page,
  council: { slug: string; name: string },
  letter: { email: string; ownWords: string },
): Promise<void> {
  await page.goto(`/lobby/${council.slug}`);
  await fillLetter(page, letter);
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  await page.getByRole('button', { name: 'Email me the link to send it' }).click();
  await expect(page).toHaveURL(/\/lobby\/check-inbox/);
  const email = await waitForEmail(letter.email, `Confirm your letter to ${council.name}`);
  await page.goto(linkPath(email, /\/lobby\/confirm/));
  await page.getByRole('button', { name: 'Send my letter' }).click();
  await expect(page).toHaveURL(/\/lobby\/sent/);
}

const WORDS = (
  'home care school night street friend worry police help listen safe danger family young ' +
  'brother sister mother father teacher money phone bus station park cold hungry scared ' +
  'alone found lost angry quiet loud months weeks years town city summer winter morning'
).split(' ');

/**
 * A paragraph nobody else's letter shares: random words after the subject, so no test's letter
 * looks like a copy of another's to the near-duplicate check.
 */
export function ownWords(about: string): string {
  const words = Array.from({ length: 40 }, () => WORDS[Math.floor(Math.random() * WORDS.length)]);
  return `I am writing about ${about}. ${words.join(' ')}.`;
}

/** Runs `npm run targets:import` on the test server's database, as an operator would. */
export function importTargets(csv: string): string {
  const file = join(tmpdir(), `targets-${process.pid}-${Date.now()}.csv`);
  writeFileSync(file, csv);
  return runScript('targets-import', file);
}
