import { z } from 'zod';
import { DATE_PRECISIONS } from '../format.ts';
import { emptyAsUndefined, singleLine } from '../form-fields.ts';
import { STATUS_EVENT_KINDS } from './history.ts';
import { COUNCIL_SLUG } from './slug.ts';
import { COUNCIL_STATUSES } from './status.ts';

/* The forms campaigners put a council's record right with (/admin/councils/<slug>). */

const source = z
  .string({ error: 'Say where this comes from: a link, or the name of a document' })
  .trim()
  .min(3, 'Say where this comes from: a link, or the name of a document')
  .max(300, 'Keep the source to 300 characters or fewer');
const note = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    z
      .string()
      .trim()
      .max(max, `Keep the note to ${max.toLocaleString('en-GB')} characters or fewer`)
      .transform((value) => value || null),
  );
const optionalName = (label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    singleLine(
      label,
      100,
      `Keep the ${label.toLowerCase()} to 100 characters or fewer`,
      0,
    ).transform((value) => value || null),
  );
/** Every form on a council's record says which council, and which report it answers, if one. */
export const RecordFormFields = {
  council: z.string().regex(COUNCIL_SLUG),
  /** An "Is this wrong?" report the change answers, when it came from one. */
  report: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
};

/** The form campaigners record a status event with. */
export const StatusEventFormSchema = z
  .object({
    kind: z.enum(STATUS_EVENT_KINDS, { error: 'Choose what happened' }),
    /** For a correction: what the status really is. */
    correctedTo: z.preprocess(emptyAsUndefined, z.enum(COUNCIL_STATUSES).optional()),
    occurredOn: z.iso.date({ error: 'Enter the date, like 31/03/2014' }),
    precision: z.enum(DATE_PRECISIONS, { error: 'Say how precisely the date is known' }),
    source,
    note: note(1000),
    signatoryName: optionalName('Name'),
    signatoryRole: optionalName('Role'),
    ...RecordFormFields,
  })
  .superRefine((form, context) => {
    if (form.kind === 'corrected' && !form.correctedTo) {
      context.addIssue({
        code: 'custom',
        path: ['correctedTo'],
        message: 'Say what the status really is',
      });
    }
    if (form.kind === 'corrected' && !form.note) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'Say what was wrong' });
    }
  });
export type StatusEventForm = z.infer<typeof StatusEventFormSchema>;

/** The form that names who signed for a council, after the fact. */
export const SignatoryFormSchema = z.object({
  signatoryName: singleLine(
    'Enter the name of the person who signed',
    100,
    'Keep the name to 100 characters or fewer',
    2,
  ),
  signatoryRole: optionalName('Role'),
  source,
  ...RecordFormFields,
});
export type SignatoryForm = z.infer<typeof SignatoryFormSchema>;
