import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Delivery } from '../fakes/resend.ts';
import { withDatabase } from './database.ts';

/**
 * Emails the fake Resend has delivered to an address so far: the shared one, or a test's own
 * server's (`resendUrl`).
 */
export async function emailsTo(
  address: string,
  resendUrl = process.env.E2E_RESEND_URL,
): Promise<Delivery[]> {
  const response = await fetch(`${resendUrl}/_test/emails`);
  const all = (await response.json()) as Delivery[];
  return all.filter((email) => email.to.includes(address));
}

/** Waits for an email with this subject to reach the address, and returns it. */
export async function waitForEmail(
  address: string,
  subject: string,
  resendUrl?: string,
): Promise<Delivery> {
  let found: Delivery | undefined;
  await expect
    .poll(
      async () => (found = (await emailsTo(address, resendUrl)).find((e) => e.subject === subject)),
      {
        timeout: 30_000,
        message: `an email "${subject}" to ${address}`,
      },
    )
    .toBeTruthy();
  return found!;
}

/** The path of the first link in an email's text, to open on the server under test. */
export function linkPath(email: Delivery, pattern: RegExp): string {
  // An address written inline, "words (address)", ends before its bracket and punctuation.
  const url = email.text
    .match(/https?:\/\/[^\s()]+/g)
    ?.map((link) => link.replace(/[.,;:]+$/, ''))
    .find((link) => pattern.test(link));
  if (!url) throw new Error(`No link matching ${pattern} in "${email.subject}"`);
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** A new address for each run, so tests never meet each other's supporters. */
export function uniqueEmail(name: string): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}

/**
 * Keeps the emails a test's own fake Resend took (tests/e2e/own-site.ts) in the run's folder of
 * emails (E2E_EMAILS_DIR, made by global-setup.ts): such a fake stops with its worker, before the
 * check of every email the suite sent has run.
 */
export function keepEmails(deliveries: readonly Delivery[]): void {
  const file = `own-site-${process.pid}-${Date.now()}-${Math.floor(Math.random() * 1e6)}.json`;
  writeFileSync(join(process.env.E2E_EMAILS_DIR!, file), JSON.stringify(deliveries));
}

/**
 * Every email the run has sent so far: the shared server's, from its fake Resend, and those of
 * tests' own servers, kept by keepEmails.
 */
export async function everyEmailSent(): Promise<{ shared: Delivery[]; ownSites: Delivery[] }> {
  const response = await fetch(`${process.env.E2E_RESEND_URL}/_test/emails`);
  const dir = process.env.E2E_EMAILS_DIR!;
  return {
    shared: (await response.json()) as Delivery[],
    ownSites: readdirSync(dir).flatMap(
      (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Delivery[],
    ),
  };
}

/**
 * Waits until the outbox has handed the provider everything due to these addresses (nothing due
 * is still queued), so a test can then say no more arrived, rather than sleeping and hoping the
 * worker was quick.
 */
export async function outboxSettled(
  addresses: readonly string[],
  databasePath = process.env.E2E_DATABASE_PATH!,
): Promise<void> {
  await expect
    .poll(
      () =>
        withDatabase(
          (db) =>
            db
              .prepare(
                `SELECT count(*) FROM email_outbox WHERE state = 'queued'
                 AND next_attempt_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                 AND to_address COLLATE NOCASE IN (SELECT value FROM json_each(?))`,
              )
              .pluck()
              .get(JSON.stringify(addresses)) as number,
          databasePath,
        ),
      { timeout: 30_000, message: `the outbox to send what is due to ${addresses.join(', ')}` },
    )
    .toBe(0);
}
