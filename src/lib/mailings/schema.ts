import { z } from 'zod';
import { singleLine } from '../form-fields.ts';
import { SegmentSchema } from './segments.ts';

/** The Welsh boxes may be left empty: then Welsh supporters get the English with a note. */
const optional = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

/** A mailing's boxes, before the check that its Welsh version is whole or absent. */
export const MailingFields = z.object({
  subject: singleLine('Write a subject line', 150, 'Keep the subject to 150 characters or fewer'),
  body: z
    .string({ error: 'Write the email' })
    .trim()
    .min(1, 'Write the email')
    .max(20_000, 'Keep the email to 20,000 characters or fewer'),
  segment: SegmentSchema,
  welshSubject: optional.pipe(
    singleLine('', 150, 'Keep the Welsh subject to 150 characters or fewer', 0),
  ),
  welshBody: optional.pipe(
    z.string().trim().max(20_000, 'Keep the Welsh email to 20,000 characters or fewer'),
  ),
});

/** A Welsh version has both a subject and a body, or neither. */
export function welshWholeOrAbsent(
  form: { welshSubject: string; welshBody: string },
  context: z.RefinementCtx,
): void {
  const both = 'or leave both Welsh boxes empty';
  if (form.welshBody && !form.welshSubject) {
    context.addIssue({
      code: 'custom',
      path: ['welshSubject'],
      message: `Write the Welsh subject too, ${both}`,
    });
  }
  if (form.welshSubject && !form.welshBody) {
    context.addIssue({
      code: 'custom',
      path: ['welshBody'],
      message: `Write the Welsh email too, ${both}`,
    });
  }
}

export const MailingFormSchema = MailingFields.superRefine(welshWholeOrAbsent);
export type MailingForm = z.infer<typeof MailingFormSchema>;
