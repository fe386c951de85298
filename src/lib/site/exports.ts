import { z } from 'zod';
import type { Db } from '../db.ts';
import { giftAidScheduleQuery, SCHEDULE_COLUMNS } from '../donations/gift-aid-schedule.ts';
import { recordAudit } from '../audit/audit.ts';
import { mayEmail } from '../email/suppressions.ts';
import { labelled } from '../labelled.ts';
import { log } from '../log.ts';
import { streamCsv, type SqlParam } from '../readers/reader.ts';

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

/** What an export reads: its SQL, whose aliases name the CSV's columns unless a header does. */
interface ExportQuery {
  sql: string;
  params: SqlParam[];
  header?: readonly string[];
}

/**
 * Supporters campaign email may go to (`mayEmail`): only what their consent covers
 * (who they are, how to email them, where they are for targeting) and when they gave it.
 */
const supportersQuery = (): ExportQuery => ({
  params: [],
  sql: `SELECT s.first_name, s.last_name, s.email, s.postcode, c.gss_code AS council_gss_code,
            c.short_name AS council, substr(s.confirmed_at, 1, 10) AS confirmed_on,
            r.text_version AS consent_version, substr(r.given_at, 1, 10) AS consent_given_on
     FROM supporters AS s
     JOIN consent_records AS r
       ON r.supporter_id = s.id AND r.purpose = 'campaign_emails' AND r.withdrawn_at IS NULL
     LEFT JOIN councils AS c ON c.id = s.council_id
     WHERE ${mayEmail('s')}
     ORDER BY s.id`,
});

const councilsQuery = (): ExportQuery => ({
  params: [],
  sql: `SELECT c.gss_code, c.short_name AS council, c.region, s.status, s.status_since,
            s.status_precision AS status_since_precision, sup.supporters, sup.supporters_online,
            sup.supporters_offline, sup.letters
     FROM councils AS c JOIN council_status AS s ON s.council_id = c.id
     JOIN council_support AS sup ON sup.council_id = c.id ORDER BY c.short_name`,
});

const lettersQuery = (): ExportQuery => ({
  params: [],
  sql: `SELECT c.gss_code, c.short_name AS council, coalesce(n.sent, 0) AS letters_sent,
            count(l.id) FILTER (WHERE l.reply_answer = 'yes') AS replied,
            count(l.id) FILTER (WHERE l.reply_answer = 'no') AS no_reply,
            count(l.id) FILTER (WHERE l.reply_answer = 'not_yet') AS not_yet
     FROM councils AS c
     LEFT JOIN letter_counts AS n ON n.council_id = c.id
     LEFT JOIN letters AS l ON l.council_id = c.id AND l.state = 'sent'
     GROUP BY c.id ORDER BY coalesce(n.sent, 0) DESC, c.short_name`,
});

/**
 * Donations with a Gift Aid declaration, in the columns of HMRC's schedule spreadsheet, to paste
 * into it. The audit records the period and row count; HMRC takes SCHEDULE_MAX_ROWS per file.
 */
const giftAidQuery = (range: ExportRange): ExportQuery => ({
  ...giftAidScheduleQuery(range),
  header: SCHEDULE_COLUMNS,
});

const QUERIES: Record<ExportName, (range: ExportRange) => ExportQuery> = {
  supporters: supportersQuery,
  councils: councilsQuery,
  letters: lettersQuery,
  'gift-aid': giftAidQuery,
};

/**
 * An export as CSV, a chunk of lines at a time, read and formatted on a reader thread as the
 * caller asks for more (src/lib/readers), so the file is never whole in memory and the request thread keeps
 * serving the public. When `signal` aborts (the download was cancelled) or the caller stops, the
 * query stops too.
 *
 * The audit log records who took which export and how many rows left, written as the export
 * ends, cancelled or not: the row count is only known then. (A server killed mid-export leaves
 * no record of that download; the request log still names it.)
 */
export async function* exportCsvChunks(
  db: Db,
  name: ExportName,
  userId: number,
  now: Date,
  range: ExportRange = {},
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array, void, undefined> {
  const { sql, params, header } = QUERIES[name](range);
  let rows = 0;
  let finished = false;
  const started = performance.now();
  const onEnd = (end: { rows: number }) => (rows = end.rows);
  try {
    yield* streamCsv(db, sql, params, { signal, header, onEnd });
    finished = !signal?.aborted;
  } finally {
    const cancelled = !finished;
    recordAudit(
      db,
      userId,
      `export.${name}`,
      {
        rows,
        ...(cancelled && { cancelled: true }),
        ...(range.from && { from: range.from }),
        ...(range.to && { to: range.to }),
      },
      now,
    );
    const ms = Math.round(performance.now() - started);
    if (cancelled) log.info({ export: name, rows, ms }, `export cancelled after ${rows} rows`);
    else log.info({ export: name, rows, ms }, 'export finished');
  }
}
