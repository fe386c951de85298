import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';
import { isoDay, joinPresent } from '../format.ts';
import { currentSigning, EVENT_COLUMNS, type CouncilEvent } from './history.ts';
import type { Recorder } from './record-events.ts';
import { RecordFormFields } from './record-forms.ts';
import { listCouncils, type CouncilSummary } from './queries.ts';
import { resolveReport } from './reports.ts';

/**
 * A council's website domain, as signing requests are checked against it: a bare domain like
 * kent.gov.uk, lower case. The seed and the campaigners' form read it the same way.
 */
export const WebsiteDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'Enter a bare domain, like kent.gov.uk');

export const WebsiteFormSchema = z.object({
  // Empty means "we do not know it": officers' addresses then all go to a campaigner to check.
  websiteDomain: WebsiteDomainSchema.or(z.literal('').transform(() => null)),
  ...RecordFormFields,
});

/** Marking a record checked needs nothing but which council (and the report, if any). */
export const CheckedFormSchema = z.object(RecordFormFields);
export type WebsiteForm = z.infer<typeof WebsiteFormSchema>;

/**
 * Corrects the domain signing requests are checked against (an officer's address on it goes
 * straight to approval), audited with the old and new values. False when there is no such council.
 */
export function setWebsiteDomain(
  db: Db,
  { council, websiteDomain, report }: WebsiteForm,
  { adminId, now }: Recorder,
): boolean {
  return db.transaction(() => {
    const before = statement(db, 'SELECT id, website_domain FROM councils WHERE slug = ?').get(
      council,
    ) as { id: number; website_domain: string | null } | undefined;
    if (!before) return false;
    const councilId = before.id;
    statement(db, 'UPDATE councils SET website_domain = ?, updated_at = ? WHERE id = ?').run(
      websiteDomain,
      now.toISOString(),
      councilId,
    );
    recordAudit(
      db,
      adminId,
      'council.website',
      { council: councilId, from: before.website_domain, to: websiteDomain },
      now,
    );
    if (report) {
      resolveReport(db, councilId, report, `website domain set to ${websiteDomain ?? 'none'}`, now);
    }
    return true;
  })();
}

/** Records that a campaigner checked the council's whole record against its sources today. */
export function markChecked(
  db: Db,
  { council, report }: z.infer<typeof CheckedFormSchema>,
  { adminId, now }: Recorder,
): boolean {
  return db.transaction(() => {
    const councilId = statement(db, 'SELECT id FROM councils WHERE slug = ?')
      .pluck()
      .get(council) as number | undefined;
    if (councilId === undefined) return false;
    statement(db, 'UPDATE councils SET checked_on = ?, updated_at = ? WHERE id = ?').run(
      isoDay(now),
      now.toISOString(),
      councilId,
    );
    recordAudit(db, adminId, 'council.checked', { council: councilId }, now);
    if (report) resolveReport(db, councilId, report, 'record checked, nothing to change', now);
    return true;
  })();
}

/** One council in the campaigners' list of records. */
export interface CouncilRecordRow extends CouncilSummary {
  /** Who signed, as the record names them now; null when unknown or not signed. */
  signatory: string | null;
  openReports: number;
}

/**
 * Every council's record at a glance, for campaigners deciding what to check: status, who
 * signed, the domain signing requests are checked against, when it was last checked, and how
 * many "Is this wrong?" reports wait. Councils with reports come first, then by name.
 */
export function listCouncilRecords(db: Db): CouncilRecordRow[] {
  const events = statement(
    db,
    `SELECT council_id AS councilId, ${EVENT_COLUMNS} FROM council_status_events ORDER BY id`,
  ).all() as (CouncilEvent & { councilId: number })[];
  const reports = new Map(
    (
      statement(
        db,
        `SELECT council_id, count(*) FROM council_reports WHERE state = 'open' GROUP BY council_id`,
      )
        .raw()
        .all() as [number, number][]
    ).map(([councilId, count]) => [councilId, count]),
  );
  return listCouncils(db)
    .map((council) => {
      const signing = currentSigning(events.filter((event) => event.councilId === council.id));
      const signatory = signing?.signatoryName
        ? joinPresent(signing.signatoryName, signing.signatoryRole)
        : null;
      return { ...council, signatory, openReports: reports.get(council.id) ?? 0 };
    })
    .sort((a, b) => b.openReports - a.openReports || a.shortName.localeCompare(b.shortName));
}
