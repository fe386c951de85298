import { isInputError, type ActionError } from 'astro:actions';
import { formErrorMessage, statusForFormError } from '../lib/http/form-errors.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { problemText } from '../lib/i18n/problems.ts';

/** What a form's page shows after its action failed, read the same way for every form. */
export interface FormProblems {
  /** The first message for each field the form's schema refused, by the field's name. */
  fields: Partial<Record<string, string>>;
  /** A problem with the form as a whole (too many tries, a paused feature), in words for people. */
  error: string | undefined;
  /**
   * Any problem, in one sentence: for a form whose fields are all hidden (a row's buttons, an
   * emailed link's button), where a field's message has nowhere else to go.
   */
  summary: string | undefined;
  /** The status the page answers with; undefined when nothing failed. */
  status: number | undefined;
}

/**
 * Splits an action's error into the messages beside fields (a wrong box) and the one above the
 * form, with the status the page answers with; given the page's response, sets it there. On a
 * Welsh page (`locale`) each message is shown in Welsh (src/lib/i18n/problems.ts).
 */
export function formProblems(
  failure: ActionError | undefined,
  response?: { status?: number },
  locale: Locale = 'en',
): FormProblems {
  if (!failure) return { fields: {}, error: undefined, summary: undefined, status: undefined };
  const status = statusForFormError(failure);
  if (response) response.status = status;
  const input = isInputError(failure);
  const say = (message: string | undefined) =>
    message === undefined ? undefined : problemText(message, locale);
  return {
    fields: input
      ? Object.fromEntries(
          Object.entries(failure.fields).map(([name, messages]) => [
            name,
            say((messages as string[] | undefined)?.[0]),
          ]),
        )
      : {},
    error: input ? undefined : say(formErrorMessage(failure)),
    summary: say(formErrorMessage(failure)),
    status,
  };
}
