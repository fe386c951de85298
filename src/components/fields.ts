import type { ComponentProps } from 'astro/types';
import type TextField from './TextField.astro';

/** One text box of a form, as its table of fields describes it: all but its id, value and error. */
export type FieldSpec = Omit<ComponentProps<typeof TextField>, 'id' | 'value' | 'error'>;

/** A form's field ids are its prefix and the field's name, so errors can link to them. */
export const fieldId = (prefix: string, name: string) => `${prefix}-${name}`;

/** The error summary's list: one entry for each field (or field name), in the form's order. */
export function fieldProblems(
  prefix: string,
  fields: readonly (string | { name: string })[],
  errors: Readonly<Record<string, string | undefined>>,
): { id: string; message: string | undefined }[] {
  return fields.map((field) => {
    const name = typeof field === 'string' ? field : field.name;
    return { id: fieldId(prefix, name), message: errors[name] };
  });
}
