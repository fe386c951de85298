import { isInputError, type ActionError } from 'astro:actions';
import { formErrorMessage, statusForFormError } from '../lib/http/form-errors.ts';

/** What a form's page shows after its action failed, read once for every form. */
export interface FormProblems {
  /** The first message for each field that was wrong, by the field's name. */
  fieldErrors: Record<string, string | undefined>;
  /** A problem with the form as a whole, in words for people. */
  error: string | undefined;
  /** The status the page answers with; undefined when nothing failed. */
  status: number | undefined;
}

/**
 * Splits an action's error into the messages beside fields (a wrong box) and the one above the
 * form (too many tries, a paused feature), with the status the page should answer with.
 */
export function formProblems(failure: ActionError | undefined): FormProblems {
  if (!failure) return { fieldErrors: {}, error: undefined, status: undefined };
  const fieldErrors: Record<string, string | undefined> = {};
  if (isInputError(failure)) {
    for (const [name, messages] of Object.entries(failure.fields)) {
      fieldErrors[name] = (messages as string[] | undefined)?.[0];
    }
  }
  return {
    fieldErrors,
    error: isInputError(failure) ? undefined : formErrorMessage(failure),
    status: statusForFormError(failure),
  };
}
