import { LETTER_INTERVAL_DAYS, type LetterProblem } from './letters.ts';

/** What a writer is told when their letter cannot go, in words that say what to do next. */
export function letterProblemMessage(problem: LetterProblem, council: string): string {
  switch (problem) {
    case 'too-soon':
      return `You have written to ${council} in the last ${LETTER_INTERVAL_DAYS} days. So that letters from the campaign stay welcome, each person writes to a council at most once a week. Please come back next week.`;
    case 'near-duplicate':
      return `Your letter is almost the same as one already sent to ${council}. Councillors give little weight to copied letters: change the suggested text, or say more about why this matters to you.`;
    case 'no-targets':
      return `We do not have anyone to write to at ${council} yet.`;
    case 'unknown-council':
      return 'Choose your council again: we could not find that one.';
  }
}
