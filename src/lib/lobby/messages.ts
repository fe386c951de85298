import { UNPROVEN_EMAILS_PER_DAY } from '../email/outbox.ts';
import { formatDate } from '../format.ts';
import type { LetterProblem } from './letters.ts';
import type { Residence } from './residence.ts';

/** What a writer is told when their postcode is not in the council they are writing to. */
export function residenceMessage(
  residence: Extract<Residence, { kind: 'elsewhere' | 'unknown-postcode' | 'outside' }>,
  postcode: string,
  council: string,
): string {
  switch (residence.kind) {
    case 'elsewhere':
      return `${postcode} is in ${residence.council.name}, not ${council}. Councillors answer the people they represent, so you can write only to the council where you live.`;
    case 'unknown-postcode':
      return `We could not find the postcode ${postcode}. Check it: councillors answer the people they represent, so we check that you live in ${council}.`;
    case 'outside':
      return `${postcode} is in ${residence.country}. The charter asks councils in England and Wales to act, so we cannot send letters from ${residence.country}.`;
  }
}

/** What a writer is told when their letter cannot go, in words that say what to do next. */
export function letterProblemMessage(
  problem: LetterProblem | 'too-many-emails',
  council: string,
): string {
  switch (problem) {
    case 'too-many-emails':
      return `We have already sent ${UNPROVEN_EMAILS_PER_DAY} emails about letters to this address today. Look for them in its inbox (and spam folder), or try again tomorrow; your letter is still here.`;
    case 'near-duplicate':
      return `Your letter is almost the same as one already sent to ${council}. Councillors give little weight to copied letters: change the suggested text, or say more about why this matters to you.`;
    case 'no-recipients':
      return 'Choose at least one person to send your letter to.';
    case 'unknown-council':
      return 'Choose your council again: we could not find that one.';
  }
}

/**
 * What the writer is told when they confirm a letter to a council they wrote to in the last week:
 * only the owner of the address, who holds the link, ever sees this.
 */
export function tooSoonMessage(
  council: string,
  { lastSentOn, nextFrom }: { lastSentOn: string; nextFrom: string },
): string {
  return `Your letter to ${council} of ${formatDate(lastSentOn)} has already gone. So that letters from the campaign stay welcome, each person writes to a council at most once a week: you can send this one from ${formatDate(nextFrom)}, while its link still works.`;
}
