import { setPassword } from '../admin/users.ts';
import { openDatabase, type Db } from '../db.ts';
import { createPledge } from '../pledges/pledge.ts';
import { PledgeFormSchema } from '../pledges/schema.ts';
import { CHARTER_VERSION } from '../signing/charter-text.ts';
import { SigningFormSchema, type SigningForm } from '../signing/form.ts';
import { eraseSupporter, requestPrivacyLink } from './privacy.ts';
import { seedDatabase } from './seed.ts';

/** For tests: a private in-memory database with every migration applied and the seed loaded. */
export function openSeededDatabase(): Db {
  const db = openDatabase(':memory:');
  seedDatabase(db);
  return db;
}

/**
 * For tests: a pledge made the way the form makes one, returning the token from its queued
 * confirmation email (pass it to `confirmPledge` to confirm).
 */
export function pledgeForTest(
  db: Db,
  {
    email,
    campaignEmails = true,
    postcode = '',
    councilId = null,
    network,
    ref,
    via,
    now,
  }: {
    email: string;
    campaignEmails?: boolean;
    postcode?: string;
    councilId?: number | null;
    /** The network the pledge came from (`networkOf`). */
    network?: string;
    /** The share code and channel of the link the person came through, as the form carries them. */
    ref?: string;
    via?: string;
    now: Date;
  },
): string {
  createPledge(
    db,
    PledgeFormSchema.parse({
      firstName: 'Sam',
      lastName: 'Lee',
      email,
      postcode,
      campaignEmails: campaignEmails ? 'on' : undefined,
      from: '/join',
      website: '',
      shownAt: 0,
      ref,
      via,
    }),
    { now, siteUrl: 'https://example.org.uk', councilId, network },
  );
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE to_address = ? AND template = 'confirm-pledge'")
    .pluck()
    .get(email) as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

/** For tests: the signing form as an officer at Cardiff fills it in to sign now, with `changes`. */
export function signingFormForTest(changes: Record<string, unknown> = {}): SigningForm {
  return SigningFormSchema.parse({
    council: 'cardiff',
    name: 'Morgan Evans',
    role: 'Director of Social Services',
    email: 'morgan.evans@cardiff.gov.uk',
    leadMember: 'Councillor Rhiannon Jones',
    intent: 'sign',
    intendsBy: '',
    commit: 'yes',
    charterVersion: CHARTER_VERSION,
    ...changes,
  });
}

/** For tests: an account's password set by its link, as the form sets it; returns the account's id. */
export async function setPasswordForTest(
  db: Db,
  token: string,
  password: string,
  now: Date,
): Promise<number> {
  const outcome = await setPassword(db, token, password, { now, key: undefined });
  if (outcome.kind !== 'set') throw new Error(`The link could not be used: ${outcome.kind}`);
  return outcome.user.id;
}

/**
 * Marks a council's seeded lead member checked, at an address on an ordinary domain (`<slug>.gov.uk`),
 * so letters to the council go rather than wait. Returns the target's id.
 */
export function checkLeadMemberForTest(db: Db, slug: string): number {
  return db
    .prepare(
      `UPDATE council_targets SET state = 'verified', email = 'lead.member@' || ? || '.gov.uk',
         source = 'https://' || ? || '.gov.uk/councillors', last_checked_on = '2026-11-20'
       WHERE council_id = (SELECT id FROM councils WHERE slug = ?) AND role = 'lead_member'
       RETURNING id`,
    )
    .pluck()
    .get(slug, slug, slug) as number;
}

/**
 * For tests: a person erased the way the privacy page does it, asking for a link by email and
 * then using it. False if the link did not erase them.
 */
export function eraseForTest(db: Db, email: string, now: Date): boolean {
  requestPrivacyLink(db, email, 'https://example.org.uk', now);
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'privacy-link' ORDER BY id DESC")
    .pluck()
    .get() as string;
  return eraseSupporter(db, /token=([\w-]+)/.exec(text)![1]!, now);
}
