import type { ActionError } from 'astro:actions';
import { formProblems, type FormProblems } from '../../actions/form-problems.ts';

/**
 * Of a page's several forms, the one that was sent (if any) and what it came back with. The
 * field problems are a fresh object: the page may add the problems an action returned as values.
 */
export function sentForm<Form extends string>(
  results: Record<Form, { error?: ActionError | undefined } | undefined>,
  response: { status?: number },
): FormProblems & { sent: Form | undefined } {
  const sent = (Object.keys(results) as Form[]).find((form) => results[form]);
  return { sent, ...formProblems(sent ? results[sent]?.error : undefined, response) };
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
