import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { EMAIL_MAX_LENGTH, EmailSchema, emptyAsUndefined, singleLine } from '../form-fields.ts';
import { LOCALES } from '../i18n/locales.ts';
import { CHARTER_VERSION } from './charter-text.ts';
import { INTENTS } from './council-step.ts';

/** The longest each box of the signing form takes: the schema checks them, the form's boxes say them. */
export const SIGNING_LIMITS = {
  name: 100,
  role: 100,
  email: EMAIL_MAX_LENGTH,
  leadMember: 100,
} as const;

/**
 * The signing form: one schema for the action, the page and the tests. Names and titles are one
 * line each: they go into emails. `charterVersion` is the wording the page showed; if the
 * charter changed while the form was open, the signatory is asked to read it again.
 */
export const SigningFormSchema = z
  .object({
    council: z.string({ error: 'Choose your council' }).regex(COUNCIL_SLUG, 'Choose your council'),
    name: singleLine(
      'Enter your name',
      SIGNING_LIMITS.name,
      `Your name must be ${SIGNING_LIMITS.name} characters or fewer`,
      2,
    ),
    role: singleLine(
      'Enter your job title',
      SIGNING_LIMITS.role,
      `Your job title must be ${SIGNING_LIMITS.role} characters or fewer`,
      2,
    ),
    email: EmailSchema,
    leadMember: singleLine(
      'Enter the name of the lead member for children’s services',
      SIGNING_LIMITS.leadMember,
      `The lead member’s name must be ${SIGNING_LIMITS.leadMember} characters or fewer`,
      2,
    ),
    intent: z.enum(INTENTS, { error: 'Choose whether your council signs now or intends to' }),
    // Astro reads an empty box as null.
    intendsBy: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.iso.date({ error: 'Enter the date as year, month and day, like 2027-03-31' }).optional(),
    ),
    commit: z.literal('yes', {
      error: 'Tick the box to commit your council to the four steps',
    }),
    charterVersion: z.string().max(60),
    /**
     * The language of the page the form was sent from, which every email to the signatory is then
     * in. A hidden field rather than the page's address: the action reads it the same whether the
     * form posts to its page or a script posts to /_actions, and tests can give it.
     */
    language: z.preprocess(emptyAsUndefined, z.enum(LOCALES).default('en')),
  })
  // Both checks run even when another field is wrong, so every problem shows at once.
  .refine((form) => form.intent !== 'pledge' || Boolean(form.intendsBy), {
    path: ['intendsBy'],
    message: 'Enter the date by which your council intends to sign',
    when: () => true,
  })
  .refine((form) => form.charterVersion === CHARTER_VERSION, {
    path: ['commit'],
    message:
      'The charter’s wording has changed since this page was opened. Please read it again below and tick the box.',
    when: () => true,
  });

export type SigningForm = z.infer<typeof SigningFormSchema>;
