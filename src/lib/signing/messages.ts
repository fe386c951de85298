import { whenKnown } from '../format.ts';
import { UNPROVEN_EMAILS_PER_DAY } from '../email/outbox.ts';
import { messages } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SigningProblem } from './council-step.ts';

/**
 * What the signing form says when the council cannot take the step asked for, in the page's
 * language. `councilName` is the council as the page names it (in Welsh, its Welsh name).
 */
export function signingProblemMessage(
  problem: SigningProblem,
  locale: Locale = 'en',
  councilName?: string,
): string {
  const t = messages(locale).signing.problems;
  switch (problem.kind) {
    case 'unknown-council':
      return t.unknownCouncil;
    case 'already-signed':
      return t.alreadySigned(
        councilName ?? problem.councilName,
        whenKnown(problem.since.on, problem.since.precision, locale),
      );
    case 'already-pledged':
      return t.alreadyPledged(
        councilName ?? problem.councilName,
        whenKnown(problem.since.on, problem.since.precision, locale),
      );
    case 'date-out-of-range':
      return t.dateOutOfRange;
    case 'too-many-emails':
      return t.tooManyEmails(UNPROVEN_EMAILS_PER_DAY);
  }
}
