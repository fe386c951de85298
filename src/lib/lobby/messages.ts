import { UNPROVEN_EMAILS_PER_DAY } from '../email/outbox.ts';
import { formatDate } from '../format.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LetterProblem } from './letters.ts';
import type { Residence } from './residence.ts';

/** What a writer is told when their postcode is not in the council they are writing to. */
export function residenceMessage(
  residence: Extract<Residence, { kind: 'elsewhere' | 'unknown-postcode' | 'outside' }>,
  postcode: string,
  council: string,
  locale: Locale = 'en',
): string {
  const t = messages(locale).lobby.problems;
  switch (residence.kind) {
    case 'elsewhere':
      return t.elsewhere(postcode, residence.council.name, council);
    case 'unknown-postcode':
      return t.unknownPostcode(postcode, council);
    case 'outside':
      return t.outside(postcode, residence.country);
  }
}

/** What a writer is told when their letter cannot go, in words that say what to do next. */
export function letterProblemMessage(
  problem: LetterProblem | 'too-many-emails',
  council: string,
  locale: Locale = 'en',
): string {
  const t = messages(locale).lobby.problems;
  switch (problem) {
    case 'too-many-emails':
      return t.tooManyEmails(UNPROVEN_EMAILS_PER_DAY);
    case 'near-duplicate':
      return t.nearDuplicate(council);
    case 'no-recipients':
      return t.noRecipients;
    case 'unknown-council':
      return t.unknownCouncil;
  }
}

/**
 * What the writer is told when they confirm a letter to a council they wrote to in the last week:
 * only the owner of the address, who holds the link, ever sees this.
 */
export function tooSoonMessage(
  council: string,
  { lastSentOn, nextFrom }: { lastSentOn: string; nextFrom: string },
  locale: Locale = 'en',
): string {
  return messages(locale).lobby.problems.tooSoon(
    council,
    formatDate(lastSentOn, locale),
    formatDate(nextFrom, locale),
  );
}
