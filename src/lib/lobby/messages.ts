import { UNPROVEN_EMAILS_PER_DAY } from '../email/outbox.ts';
import { formatDate } from '../format.ts';
import type { LetterProblem } from './letters.ts';

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
    case 'no-targets':
      return `We do not have anyone to write to at ${council} yet.`;
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
