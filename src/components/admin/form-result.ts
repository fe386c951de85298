import { isInputError, type ActionError } from 'astro:actions';
import { statusForFormError } from '../../lib/http/form-errors.ts';

/** What an admin form came back with, for its page to show beside its boxes and above them. */
export interface FormProblems {
  /** The first problem with each field the form's schema refused. */
  fields: Partial<Record<string, string>>;
  /** A problem with the form as a whole. */
  error: string | undefined;
  /** Any problem, in one sentence: for a form whose fields are all hidden (a row's buttons). */
  summary: string | undefined;
}

/**
 * Reads a form's action result: field problems from its schema, or a problem with the whole form
 * (in the words `describe` gives it), setting the status the page answers with.
 */
export function formProblems(
  result: { error?: ActionError | undefined } | undefined,
  response: { status?: number },
  describe: (error: ActionError) => string = (error) => error.message,
): FormProblems {
  const error = result?.error;
  if (!error) return { fields: {}, error: undefined, summary: undefined };
  response.status = statusForFormError(error);
  if (!isInputError(error)) return { fields: {}, error: describe(error), summary: error.message };
  return {
    fields: Object.fromEntries(
      Object.entries(error.fields).map(([name, messages]) => [name, messages?.[0]]),
    ),
    error: undefined,
    summary: error.message,
  };
}

/**
 * Of a page's several forms, the one that was sent (if any) and what it came back with. The
 * field problems are a fresh object: the page may add the problems an action returned as values.
 */
export function sentForm<Form extends string>(
  results: Record<Form, { error?: ActionError | undefined } | undefined>,
  response: { status?: number },
  describe?: (error: ActionError) => string,
): FormProblems & { sent: Form | undefined } {
  const sent = (Object.keys(results) as Form[]).find((form) => results[form]);
  return { sent, ...formProblems(sent ? results[sent] : undefined, response, describe) };
}

/** One form's boxes on a page of several: their ids, and what each holds and says is wrong. */
export interface FormFields {
  id: (name: string) => string;
  /** What was sent, when this form was; otherwise `suggested`. */
  value: (name: string, suggested?: string) => string;
  /** The problem found, when this form was the one sent. */
  error: (name: string) => string | undefined;
  /** All four for a TextField: its id, name, value and problem. */
  box: (
    name: string,
    suggested?: string,
  ) => { id: string; name: string; value: string; error: string | undefined };
}

/**
 * The boxes of the form whose ids start `prefix`, which is the one sent when `isSent`; when it
 * was not, a box holds what `suggestions` has for it (what is saved now, say), or nothing.
 */
export function formFields(
  prefix: string,
  isSent: boolean,
  typed: (name: string) => string,
  problems: Partial<Record<string, string>>,
  suggestions: Partial<Record<string, string>> = {},
): FormFields {
  const id = (name: string) => `${prefix}-${name}`;
  const value = (name: string, suggested = suggestions[name] ?? '') =>
    isSent ? typed(name) : suggested;
  const error = (name: string) => (isSent ? problems[name] : undefined);
  return {
    id,
    value,
    error,
    box: (name, suggested) => ({
      id: id(name),
      name,
      value: value(name, suggested),
      error: error(name),
    }),
  };
}
