import { z } from 'zod';
import { formatCsv } from '../csv.ts';
import { statement, type Db } from '../db.ts';
import { giftAidScheduleRows, SCHEDULE_COLUMNS } from '../donations/gift-aid-schedule.ts';
import { recordAudit } from '../audit/audit.ts';
import { mayEmail } from '../email/suppressions.ts';
import { labelled } from '../labelled.ts';

export const { values: EXPORTS, labels: EXPORT_LABELS } = labelled({
  supporters: 'Supporters who asked for campaign emails',
  councils: 'Councils, with status, supporters and letters',
  letters: 'Letters per council',
  'gift-aid': 'Gift Aid donations, for HMRC’s schedule',
});
export type ExportName = (typeof EXPORTS)[number];

const DAY = z.iso.date({ error: 'Dates are written like 2026-11-30' }).optional();

/** Which days an export covers, where it can be limited (Gift Aid claims are made by period). */
export const ExportRangeSchema = z.object({ from: DAY, to: DAY });
export type ExportRange = z.infer<typeof ExportRangeSchema>;

type Row = (string | number | null)[];

/** A query's rows under a header row of its column names (the SQL's aliases name the CSV's columns). */
function queryCsv(db: Db, sql: string): { rows: Row[]; count: number } {
  const query = statement(db, sql).raw();
  const rows = query.all() as Row[];
  return { rows: [query.columns().map((column) => column.name), ...rows], count: rows.length };
}

/**
 * Supporters campaign email may go to (`mayEmail`): only what their consent covers
 * (who they are, how to email them, where they are for targeting) and when they gave it.
 */
const supportersCsv = (db: Db) =>
  queryCsv(
    db,
    `SELECT s.first_name, s.last_name, s.email, s.postcode, c.gss_code AS council_gss_code,
            c.short_name AS council, substr(s.confirmed_at, 1, 10) AS confirmed_on,
            r.text_version AS consent_version, substr(r.given_at, 1, 10) AS consent_given_on
     FROM supporters AS s
     JOIN consent_records AS r
       ON r.supporter_id = s.id AND r.purpose = 'campaign_emails' AND r.withdrawn_at IS NULL
     LEFT JOIN councils AS c ON c.id = s.council_id
     WHERE ${mayEmail('s')}
     ORDER BY s.id`,
  );

const councilsCsv = (db: Db) =>
  queryCsv(
    db,
    `SELECT c.gss_code, c.short_name AS council, c.region, s.status, s.status_since,
            s.status_precision AS status_since_precision, sup.supporters, sup.supporters_online,
            sup.supporters_offline, sup.letters
     FROM councils AS c JOIN council_status AS s ON s.council_id = c.id
     JOIN council_support AS sup ON sup.council_id = c.id ORDER BY c.short_name`,
  );

const lettersCsv = (db: Db) =>
  queryCsv(
    db,
    `SELECT c.gss_code, c.short_name AS council, coalesce(n.sent, 0) AS letters_sent,
            count(l.id) FILTER (WHERE l.reply_answer = 'yes') AS replied,
            count(l.id) FILTER (WHERE l.reply_answer = 'no') AS no_reply,
            count(l.id) FILTER (WHERE l.reply_answer = 'not_yet') AS not_yet
     FROM councils AS c
     LEFT JOIN letter_counts AS n ON n.council_id = c.id
     LEFT JOIN letters AS l ON l.council_id = c.id AND l.state = 'sent'
     GROUP BY c.id ORDER BY coalesce(n.sent, 0) DESC, c.short_name`,
  );

/**
 * Donations with a Gift Aid declaration, in the columns of HMRC's schedule spreadsheet, to paste
 * into it. The audit records the period and row count; HMRC takes SCHEDULE_MAX_ROWS per file.
 */
function giftAidCsv(db: Db, range: ExportRange) {
  const rows = giftAidScheduleRows(db, range);
  return { rows: [[...SCHEDULE_COLUMNS], ...rows], count: rows.length };
}

const BUILDERS: Record<ExportName, (db: Db, range: ExportRange) => { rows: Row[]; count: number }> =
  {
    supporters: supportersCsv,
    councils: councilsCsv,
    letters: lettersCsv,
    'gift-aid': giftAidCsv,
  };

/** An export as CSV, recorded in the audit log (who, which, how many rows) in the same step. */
export function exportCsv(
  db: Db,
  name: ExportName,
  userId: number,
  now: Date,
  range: ExportRange = {},
): string {
  return db.transaction(() => {
    const { rows, count } = BUILDERS[name](db, range);
    recordAudit(
      db,
      userId,
      `export.${name}`,
      { rows: count, ...(range.from && { from: range.from }), ...(range.to && { to: range.to }) },
      now,
    );
    return formatCsv(rows);
  })();
}
