import { z } from 'zod';
import { COUNCIL_SLUG } from './slug.ts';
import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';

export const REPORT_TOPICS = {
  status: 'Its status (signed, pledged or not signed)',
  signatory: 'Who signed, or when',
  website: 'Its website address',
  details: 'Its name or other details',
} as const;

/** The longest report and link the form takes: the schema checks them, the form's boxes say them. */
export const REPORT_LIMITS = { details: 2000, sourceUrl: 500 } as const;

/** "Is this wrong?": one schema for the form, the action and the stored row. */
export const CouncilReportSchema = z.object({
  slug: z.string().regex(COUNCIL_SLUG),
  topic: z.enum(Object.keys(REPORT_TOPICS) as [keyof typeof REPORT_TOPICS], {
    error: 'Choose what is wrong',
  }),
  details: z
    .string({ error: 'Tell us what is wrong' })
    .trim()
    .min(10, 'Tell us a little more: at least 10 characters')
    .max(
      REPORT_LIMITS.details,
      `Keep it to ${REPORT_LIMITS.details.toLocaleString('en-GB')} characters or fewer`,
    ),
  // A form sends an empty box as nothing at all; both mean "no link".
  sourceUrl: z.preprocess(
    (value) => value ?? '',
    z
      .string()
      .trim()
      .max(REPORT_LIMITS.sourceUrl, 'That link is too long')
      .refine((value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), {
        message: 'Enter a web address starting with http:// or https://, or leave it empty',
      })
      .transform((value) => value || null),
  ),
});

export type CouncilReport = z.infer<typeof CouncilReportSchema>;

/** Stores a report for a campaigner to review. False when no council has that slug. */
export function recordCouncilReport(db: Db, report: CouncilReport): boolean {
  const result = statement(
    db,
    `INSERT INTO council_reports (council_id, topic, details, source_url)
       SELECT id, ?, ?, ? FROM councils WHERE slug = ?`,
  ).run(report.topic, report.details, report.sourceUrl, report.slug);
  return result.changes === 1;
}

export interface OpenReport {
  id: number;
  councilSlug: string;
  councilName: string;
  topic: keyof typeof REPORT_TOPICS;
  details: string;
  sourceUrl: string | null;
  createdAt: string;
}

/** Reports waiting for a campaigner, oldest first. */
export function openReports(db: Db): OpenReport[] {
  return statement(
    db,
    `SELECT r.id, c.slug AS councilSlug, c.short_name AS councilName, r.topic, r.details,
            r.source_url AS sourceUrl, r.created_at AS createdAt
     FROM council_reports AS r JOIN councils AS c ON c.id = r.council_id
     WHERE r.state = 'open' ORDER BY r.created_at, r.id`,
  ).all() as OpenReport[];
}

/** One report still waiting, for the form that puts its council's record right. */
export function findOpenReport(db: Db, id: number): OpenReport | undefined {
  return openReports(db).find((report) => report.id === id);
}

/**
 * A campaigner has put the record right in answer to a report: it is accepted, saying what was
 * changed, for whoever looks later. Only an open report about this council.
 */
export function resolveReport(
  db: Db,
  councilId: number,
  reportId: number,
  resolution: string,
  now: Date,
): void {
  statement(
    db,
    `UPDATE council_reports SET state = 'accepted', reviewed_at = ?, resolution = ?
     WHERE id = ? AND council_id = ? AND state = 'open'`,
  ).run(now.toISOString(), resolution, reportId, councilId);
}

/**
 * A campaigner has looked at a report and found nothing to change. Audited. Returns false when
 * it was not open (already dealt with, perhaps by someone else).
 */
export function dismissReport(db: Db, id: number, adminId: number, now: Date): boolean {
  return db.transaction(() => {
    const dismissed =
      statement(
        db,
        `UPDATE council_reports SET state = 'dismissed', reviewed_at = ? WHERE id = ? AND state = 'open'`,
      ).run(now.toISOString(), id).changes === 1;
    if (dismissed) recordAudit(db, adminId, 'report.dismissed', { report: id }, now);
    return dismissed;
  })();
}
