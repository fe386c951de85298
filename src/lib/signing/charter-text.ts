import { createHash } from 'node:crypto';
import steps from '../../content/charter-steps.json' with { type: 'json' };
import welshSteps from '../../content/cy/charter-steps.json' with { type: 'json' };
import { formatKnownDate } from '../format.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What a council commits to when it signs: the four steps and what each asks, exactly as the
 * charter page shows them. A signature records the version it was given under, so rewording the
 * charter never changes what an earlier signatory agreed to. Change the wording, change the
 * version: `charter-text.test.ts` holds the fingerprint of the current wording and fails until
 * both are updated together.
 */
export const CHARTER_VERSION = 'charter-2012-07';

/**
 * A version as people name it: the month its wording dates from ("July 2012"), for officers and
 * campaigners, who should never have to read the code. Versions are named `charter-YYYY-MM`.
 */
export function charterWordedIn(version: string, locale: Locale = 'en'): string {
  const [, year, month] = /^charter-(\d{4})-(\d{2})$/.exec(version) ?? [];
  if (!year || !month) throw new Error(`A charter version is named charter-YYYY-MM: ${version}`);
  return formatKnownDate(`${year}-${month}-01`, 'month', locale);
}

export interface CharterStepText {
  id: string;
  title: string;
  asks: string[];
}

export const CHARTER_TEXT: readonly CharterStepText[] = [...steps]
  .sort((a, b) => a.order - b.order)
  .map(({ id, title, asks }) => ({ id, title, asks }));

/**
 * The same wording in Welsh, for the Welsh signing page: a translation of this version, from the
 * steps' Welsh entries (src/content/cy/charter-steps.json), in the English steps' order.
 */
const CHARTER_TEXT_CY: readonly CharterStepText[] = CHARTER_TEXT.map(({ id }) => {
  const step = welshSteps.find((entry) => entry.translationOf === id);
  if (!step) throw new Error(`The charter's ${id} step has no Welsh entry`);
  return { id, title: step.title, asks: step.asks };
});

/** The wording a signatory commits to, in the language of the page they sign on. */
export const charterText = (locale: Locale): readonly CharterStepText[] =>
  locale === 'cy' ? CHARTER_TEXT_CY : CHARTER_TEXT;

/** A short fingerprint of the wording, for the test that keeps CHARTER_VERSION honest. */
export function charterFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(CHARTER_TEXT)).digest('hex').slice(0, 16);
}
