import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import { statement, type Db } from '../db.ts';

export const TARGET_ROLES = ['lead_member', 'director'] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

export const TARGET_ROLE_LABELS: Record<TargetRole, string> = {
  lead_member: "Lead member for children's services",
  director: "Director of children's services",
};

// A name is words; it must never carry a line break into an email header.
const SINGLE_LINE = /^[^\r\n\t\u0000-\u001f\u007f]+$/;

/** One row of a targets file: the columns `gss_code,name,role,email,source,last_checked_on`. */
export const TargetRowSchema = z.object({
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
  role: z.enum(TARGET_ROLES, { error: 'role must be lead_member or director' }),
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
});

export type TargetRow = z.infer<typeof TargetRowSchema>;

export const TARGET_COLUMNS = Object.keys(TargetRowSchema.shape);

export type TargetsCheck =
  { ok: true; rows: TargetRow[]; councils: number } | { ok: false; problems: string[] };

/**
 * Checks a whole targets file before anything is changed: the header, every row's fields, that
 * each council exists, that no council has two lead members or the same address twice. Problems
 * name the row they are in, counting the header as row 1.
 */
export function checkTargetsCsv(db: Db, text: string): TargetsCheck {
  const [header, ...records] = parseCsv(text).filter((row) => row.some((field) => field.trim()));
  if (!header || header.join(',') !== TARGET_COLUMNS.join(',')) {
    return { ok: false, problems: [`row 1: the header must be ${TARGET_COLUMNS.join(',')}`] };
  }
  const knownCouncil = statement(db, 'SELECT 1 FROM councils WHERE gss_code = ?').pluck();
  const problems: string[] = [];
  const rows: TargetRow[] = [];
  const seen = new Set<string>();
  records.forEach((fields, index) => {
    const row = index + 2; // row 1 is the header
    if (fields.length !== header.length) {
      problems.push(`row ${row}: ${fields.length} fields where the header has ${header.length}`);
      return;
    }
    const parsed = TargetRowSchema.safeParse(
      Object.fromEntries(header.map((h, i) => [h, fields[i]])),
    );
    if (!parsed.success) {
      problems.push(`row ${row}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return;
    }
    const target = parsed.data;
    if (knownCouncil.get(target.gss_code) === undefined) {
      problems.push(`row ${row}: no council has the code ${target.gss_code}`);
      return;
    }
    for (const [key, message] of [
      [
        `${target.gss_code} ${target.email}`,
        `${target.email} appears twice for ${target.gss_code}`,
      ],
      [`${target.gss_code} ${target.role}`, `${target.gss_code} has more than one ${target.role}`],
    ] as const) {
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
 * Replaces the targets of every council named in the rows, in one transaction: a council's
 * supporters see either its old targets or its new ones, never a mixture. Councils not in the
 * rows keep theirs.
 */
export function replaceTargets(db: Db, rows: readonly TargetRow[]): void {
  db.transaction(() => {
    const councilId = statement(db, 'SELECT id FROM councils WHERE gss_code = ?').pluck();
    const remove = statement(db, 'DELETE FROM council_targets WHERE council_id = ?');
    const add = statement(
      db,
      `INSERT INTO council_targets (council_id, name, role, email, source, last_checked_on)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const ids = new Map(rows.map((row) => [row.gss_code, councilId.get(row.gss_code) as number]));
    for (const id of ids.values()) remove.run(id);
    for (const row of rows) {
      add.run(
        ids.get(row.gss_code),
        row.name,
        row.role,
        row.email,
        row.source,
        row.last_checked_on,
      );
    }
  })();
}

export interface Target {
  name: string;
  role: TargetRole;
  email: string;
  source: string;
  lastCheckedOn: string | null;
}

/** A council's targets, lead member first. */
export function listTargets(db: Db, councilId: number): Target[] {
  return statement(
    db,
    `SELECT name, role, email, source, last_checked_on AS lastCheckedOn FROM council_targets
     WHERE council_id = ? ORDER BY role = 'director', name`,
  ).all(councilId) as Target[];
}
