import { createHash } from 'node:crypto';
import steps from '../../content/charter-steps.json' with { type: 'json' };

/**
 * What a council commits to when it signs: the four steps and what each asks, exactly as the
 * charter page shows them. A signature records the version it was given under, so rewording the
 * charter never changes what an earlier signatory agreed to. Change the wording, change the
 * version: `charter-text.test.ts` holds the fingerprint of the current wording and fails until
 * both are updated together.
 */
export const CHARTER_VERSION = 'charter-2012-07';

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A version as people name it: the month its wording dates from ("July 2012"), for officers and
 * campaigners, who should never have to read the code. Versions are named `charter-YYYY-MM`.
 */
export function charterWordedIn(version: string): string {
  const [, year, month] = /^charter-(\d{4})-(\d{2})$/.exec(version) ?? [];
  if (!year || !month) throw new Error(`A charter version is named charter-YYYY-MM: ${version}`);
  return monthYear.format(new Date(Date.UTC(Number(year), Number(month) - 1)));
}

export interface CharterStepText {
  id: string;
  title: string;
  asks: string[];
}

export const CHARTER_TEXT: readonly CharterStepText[] = [...steps]
  .sort((a, b) => a.order - b.order)
  .map(({ id, title, asks }) => ({ id, title, asks }));

/** The sentence a signatory ticks, above the four steps. */
export function commitmentSentence(councilName: string): string {
  return `On behalf of ${councilName}, I commit to the four steps of the Runaways' Charter set out here, and to working with our partners to take them.`;
}

/** A short fingerprint of the wording, for the test that keeps CHARTER_VERSION honest. */
export function charterFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(CHARTER_TEXT)).digest('hex').slice(0, 16);
}
