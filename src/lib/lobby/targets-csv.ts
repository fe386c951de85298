import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import { statement, type Db } from '../db.ts';
import { TARGET_ROLES } from './targets.ts';
import { WARD_CODE } from '../councils/wards.ts';

// A name is words; it must never carry a line break into an email header.
const SINGLE_LINE = /^[^\r\n\t\u0000-\u001f\u007f]+$/;

const optional = z
  .string()
  .trim()
  .transform((value) => value || null);

/**
 * One row of a targets file. The first six columns are required; `ward_code,ward_name,state` may
 * follow (files written before wards existed keep working). A row is imported as unverified unless
 * it says `verified` and names a web page it was checked against and the day.
 */
export const TargetRowSchema = z
  .object({
    gss_code: z
      .string()
      .trim()
      .regex(/^[EW]\d{8}$/, 'gss_code must be E or W and eight digits'),
    name: z
      .string()
      .trim()
      .min(2, 'name is missing')
      .max(120, 'name is longer than 120 characters')
      .regex(SINGLE_LINE, 'name must be one line of text'),
    role: z.enum(TARGET_ROLES, {
      error: 'role must be lead_member, director or ward_councillor',
    }),
    email: z.string().trim().toLowerCase().pipe(z.email('email is not an email address')),
    source: z
      .string()
      .trim()
      .min(3, 'source is missing')
      .max(500)
      .regex(SINGLE_LINE, 'source must be one line'),
    last_checked_on: z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), {
        message: 'last_checked_on must be a date like 2026-11-24, or empty',
      })
      .transform((value) => value || null),
    ward_code: optional.pipe(
      z
        .string()
        .regex(WARD_CODE, 'ward_code must be a ward GSS code like E05005000, or empty')
        .nullable(),
    ),
    ward_name: optional.pipe(
      z.string().max(120).regex(SINGLE_LINE, 'ward_name must be one line').nullable(),
    ),
    state: optional.pipe(
      z
        .enum(['unverified', 'verified'], { error: 'state must be verified, unverified or empty' })
        .nullable(),
    ),
  })
  .superRefine((row, context) => {
    if (row.role === 'ward_councillor' && !row.ward_name) {
      context.addIssue({ code: 'custom', message: 'a ward_councillor needs a ward_name' });
    }
    if (row.role !== 'ward_councillor' && (row.ward_name || row.ward_code)) {
      context.addIssue({ code: 'custom', message: 'only a ward_councillor has a ward' });
    }
    if (
      row.state === 'verified' &&
      (!/^https?:\/\/\S+$/.test(row.source) || !row.last_checked_on)
    ) {
      context.addIssue({
        code: 'custom',
        message:
          'a verified row needs the web page it was checked against as its source and the day in last_checked_on',
      });
    }
  });

export type TargetRow = z.infer<typeof TargetRowSchema>;

const REQUIRED = ['gss_code', 'name', 'role', 'email', 'source', 'last_checked_on'];
export const TARGET_CSV_COLUMNS = [...REQUIRED, 'ward_code', 'ward_name', 'state'];

export type TargetsCheck =
  { ok: true; rows: TargetRow[]; councils: number } | { ok: false; problems: string[] };

/**
 * Checks a whole targets file before anything is changed: the header, every row's fields, that
 * each council exists and each ward code is not another council's, that no council has two lead
 * members or the same address twice. Problems name the row they are in, the header being row 1.
 */
export function checkTargetsCsv(db: Db, text: string): TargetsCheck {
  const [header, ...records] = parseCsv(text).filter((row) => row.some((field) => field.trim()));
  const columns = header?.map((name) => name.trim()).join(',');
  if (columns !== REQUIRED.join(',') && columns !== TARGET_CSV_COLUMNS.join(',')) {
    return {
      ok: false,
      problems: [`row 1: the header must be ${TARGET_CSV_COLUMNS.join(',')}`],
    };
  }
  const names = header!.map((name) => name.trim());
  const knownCouncil = statement(db, 'SELECT id FROM councils WHERE gss_code = ?').pluck();
  const wardCouncil = statement(
    db,
    `SELECT c.gss_code FROM council_wards AS w JOIN councils AS c ON c.id = w.council_id
     WHERE w.gss_code = ?`,
  ).pluck();
  const problems: string[] = [];
  const rows: TargetRow[] = [];
  const seen = new Set<string>();
  records.forEach((fields, index) => {
    const row = index + 2;
    if (fields.length !== names.length) {
      problems.push(`row ${row}: ${fields.length} fields where the header has ${names.length}`);
      return;
    }
    const parsed = TargetRowSchema.safeParse({
      ward_code: '',
      ward_name: '',
      state: '',
      ...Object.fromEntries(names.map((h, i) => [h, fields[i]])),
    });
    if (!parsed.success) {
      problems.push(`row ${row}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return;
    }
    const target = parsed.data;
    if (knownCouncil.get(target.gss_code) === undefined) {
      problems.push(`row ${row}: no council has the code ${target.gss_code}`);
      return;
    }
    const wardOf = target.ward_code
      ? (wardCouncil.get(target.ward_code) as string | undefined)
      : undefined;
    if (wardOf && wardOf !== target.gss_code) {
      problems.push(
        `row ${row}: ${target.ward_code} is a ward of ${wardOf}, not of ${target.gss_code}`,
      );
      return;
    }
    const duplicates: [string, string][] = [
      [
        `${target.gss_code} ${target.email}`,
        `${target.email} appears twice for ${target.gss_code}`,
      ],
    ];
    if (target.role !== 'ward_councillor') {
      duplicates.push([
        `${target.gss_code} ${target.role}`,
        `${target.gss_code} has more than one ${target.role}`,
      ]);
    }
    for (const [key, message] of duplicates) {
      if (seen.has(key)) problems.push(`row ${row}: ${message}`);
      seen.add(key);
    }
    rows.push(target);
  });
  if (rows.length === 0 && problems.length === 0) problems.push('the file has no targets');
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, rows, councils: new Set(rows.map((r) => r.gss_code)).size };
}

/**
 * Makes each council named in the rows have exactly the file's targets, in one transaction: a
 * target already there (the same address) is updated, a new one added, and one the file no longer
 * lists is retired, never deleted (the letters sent to it still name it). Councillors imported from
 * a democracy site are that import's to keep, and left alone. Returns the councils' ids.
 */
export function importTargetRows(db: Db, rows: readonly TargetRow[], now: Date): number[] {
  return db.transaction(() => {
    const councilId = statement(db, 'SELECT id FROM councils WHERE gss_code = ?').pluck();
    const ids = new Map(rows.map((row) => [row.gss_code, councilId.get(row.gss_code) as number]));
    const retire = statement(
      db,
      `UPDATE council_targets SET state = 'retired', retired_at = ?
       WHERE council_id = ? AND state <> 'retired' AND external_id IS NULL`,
    );
    for (const id of ids.values()) retire.run(now.toISOString(), id);
    const save = statement(
      db,
      `INSERT INTO council_targets (council_id, name, role, email, ward_code, ward_name, source,
                                    last_checked_on, state)
       VALUES (@council, @name, @role, @email, @ward_code, @ward_name, @source, @last_checked_on, @state)`,
    );
    const revive = statement(
      db,
      `UPDATE council_targets SET name = @name, role = @role, ward_code = @ward_code,
         ward_name = @ward_name, source = @source, last_checked_on = @last_checked_on,
         state = @state, retired_at = NULL
       WHERE id = (SELECT id FROM council_targets WHERE council_id = @council AND email = @email
                   ORDER BY state = 'retired', id DESC LIMIT 1)
         AND NOT EXISTS (SELECT 1 FROM council_targets WHERE council_id = @council AND email = @email
                         AND state <> 'retired' AND external_id IS NOT NULL)`,
    );
    const learnWard = statement(
      db,
      'INSERT INTO council_wards (gss_code, council_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    for (const row of rows) {
      const values = {
        ...row,
        council: ids.get(row.gss_code),
        state: row.state ?? 'unverified',
      };
      if (row.ward_code && row.ward_name)
        learnWard.run(row.ward_code, values.council, row.ward_name);
      if (revive.run(values).changes === 0) save.run(values);
    }
    return [...ids.values()];
  })();
}
