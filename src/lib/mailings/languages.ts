import { statement, type Db } from '../db.ts';
import { readOne } from '../readers/reader.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { MailingProgress } from './mailings.ts';
import { segmentQuery, type Segment } from './segments.ts';

/**
 * How many of a segment's supporters chose each language now: what the campaigner sees before
 * sending, to know how many will get the Welsh version (or the English with its Welsh note).
 */
export async function countRecipientsByLanguage(
  db: Db,
  segment: Segment,
): Promise<Record<Locale, number>> {
  const { where, params } = segmentQuery(segment);
  // One row, so it runs on a reader thread (a scan of every supporter at a million of them).
  const counts = LOCALES.map(
    (locale) => `count(*) FILTER (WHERE s.language = '${locale}') AS ${locale}`,
  );
  const row = await readOne<Record<Locale, number>>(
    db,
    `SELECT ${counts.join(', ')} FROM supporters AS s WHERE ${where}`,
    params,
  );
  return row!;
}

const NONE: MailingProgress = { total: 0, queued: 0, sent: 0, skipped: 0, failed: 0 };

/**
 * A mailing's progress for the supporters who chose each language (the language they have now,
 * which is the one the sender writes to them in).
 */
export function mailingProgressByLanguage(db: Db, id: number): Record<Locale, MailingProgress> {
  const rows = statement(
    db,
    `SELECT s.language,
            count(*) AS total,
            count(*) FILTER (WHERE r.state = 'queued') AS queued,
            count(*) FILTER (WHERE r.state = 'sent') AS sent,
            count(*) FILTER (WHERE r.state = 'skipped') AS skipped,
            count(*) FILTER (WHERE r.state = 'failed') AS failed
     FROM mailing_recipients AS r JOIN supporters AS s ON s.id = r.supporter_id
     WHERE r.mailing_id = ? GROUP BY s.language`,
  ).all(id) as (MailingProgress & { language: Locale })[];
  return byLanguage(rows, ({ language: _, ...progress }) => progress, NONE);
}

function byLanguage<Row extends { language: Locale }, T>(
  rows: Row[],
  value: (row: Row) => T,
  none: T,
): Record<Locale, T> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const row = rows.find((r) => r.language === locale);
      return [locale, row ? value(row) : none];
    }),
  ) as Record<Locale, T>;
}
