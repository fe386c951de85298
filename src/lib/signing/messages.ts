import { whenKnown } from '../format.ts';
import { UNPROVEN_EMAILS_PER_DAY } from '../email/outbox.ts';
import type { SigningProblem } from './council-step.ts';

/** What the signing form says when the council cannot take the step asked for. */
export function signingProblemMessage(problem: SigningProblem): string {
  switch (problem.kind) {
    case 'unknown-council':
      return 'Choose your council from the list.';
    case 'already-signed':
      return `${problem.councilName} signed the charter ${whenKnown(problem.since.on, problem.since.precision)}. A council signs once; its certificate and badge are on its page.`;
    case 'already-pledged':
      return `${problem.councilName} told us ${whenKnown(problem.since.on, problem.since.precision)} that it intends to sign. When it is ready, choose “We sign now”.`;
    case 'date-out-of-range':
      return 'Choose a date after today and within the next two years.';
    case 'too-many-emails':
      return `We have already sent ${UNPROVEN_EMAILS_PER_DAY} links to this address today. Look for them in its inbox (and spam folder), or try again tomorrow.`;
  }
}
