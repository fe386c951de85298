import { z } from 'zod';
import { parseCsvRecords } from '../csv.ts';
import type { TranslationRecord } from './translations.ts';

/**
 * What a fluent reviewer should read first: every Welsh text nobody fluent has checked yet, and
 * the glossary terms nobody has checked against TermCymru online. /admin/translations lists both.
 */

/** A Welsh content entry as a content collection gives it: its collection, id and record. */
export interface WelshEntry {
  collection: string;
  id: string;
  data: { title?: string; translation: TranslationRecord };
}

export interface TranslationSources {
  /** Each Welsh catalogue area's record (CATALOGUE_TRANSLATIONS), by area. */
  catalogue: Readonly<Record<string, TranslationRecord>>;
  /** The entries of every Welsh content collection. */
  entries: readonly WelshEntry[];
}

/** One Welsh text waiting for review, and where a reviewer finds it. */
export interface UnreviewedTranslation {
  kind: 'Interface text' | 'Content';
  /** The area of the catalogue, or the entry's title (its id when it has none). */
  name: string;
  /** The file or the collection entry that holds it. */
  where: string;
  translatedBy: string;
}

/**
 * Every Welsh text not yet reviewed by a fluent speaker: the catalogue's areas first, in the order
 * of their names, then content entries by collection and id.
 */
export function unreviewedTranslations(sources: TranslationSources): UnreviewedTranslation[] {
  const areas = Object.entries(sources.catalogue)
    .filter(([, record]) => record.reviewedBy === null)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([area, record]) => ({
      kind: 'Interface text' as const,
      name: area,
      where: `src/lib/i18n/messages/cy/${area}.ts`,
      translatedBy: record.translatedBy,
    }));
  const entries = sources.entries
    .filter((entry) => entry.data.translation.reviewedBy === null)
    .toSorted((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id))
    .map((entry) => ({
      kind: 'Content' as const,
      name: entry.data.title ?? entry.id,
      where: `${entry.collection}: ${entry.id}`,
      translatedBy: entry.data.translation.translatedBy,
    }));
  return [...areas, ...entries];
}

/** A row of the glossary (src/lib/i18n/glossary.csv): a term, its Welsh and where it is from. */
export const GlossaryRowSchema = z.object({
  english: z.string().trim().min(2),
  welsh: z.string().trim().min(2),
  source: z.enum(['TermCymru', 'our own', 'established usage']),
  checked_online: z.enum(['yes', 'no']),
  note: z.string(),
});
export type GlossaryRow = z.infer<typeof GlossaryRowSchema>;

/** The glossary's terms from its CSV text, in the file's order. A malformed row throws. */
export function readGlossary(csv: string): GlossaryRow[] {
  return parseCsvRecords(csv).map((record) => GlossaryRowSchema.parse(record));
}

/** The terms nobody has yet checked online against their source, in the file's order. */
export function uncheckedTerms(glossary: readonly GlossaryRow[]): GlossaryRow[] {
  return glossary.filter((row) => row.checked_online === 'no');
}
