import { z } from 'zod';

/**
 * Who wrote a Welsh text and whether a fluent Welsh speaker has checked it against the English.
 * Every Welsh catalogue area (messages/cy) and every Welsh content entry (src/content/cy) has
 * one; /admin/translations lists those nobody has reviewed yet, for campaigners to get checked.
 * Terms follow the glossary (src/lib/i18n/glossary.csv), which a reviewer reads first.
 */
export const TranslationRecordSchema = z
  .object({
    translatedBy: z.string().trim().min(3),
    /** The fluent speaker who reviewed it; null until someone has. */
    reviewedBy: z.string().trim().min(3).nullable().default(null),
    reviewedOn: z.iso.date().nullable().default(null),
  })
  .refine((record) => (record.reviewedBy === null) === (record.reviewedOn === null), {
    error: 'a review needs both who reviewed it and when',
  });
export type TranslationRecord = z.infer<typeof TranslationRecordSchema>;

/** Every first draft in this repository: written by the team, waiting for a fluent reviewer. */
export const FIRST_DRAFT: TranslationRecord = {
  translatedBy: 'Make Runaways Safe developers (first draft, terms from the glossary)',
  reviewedBy: null,
  reviewedOn: null,
};
