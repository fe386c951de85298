import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { recordWard, WARD_CODE } from '../councils/wards.ts';
import { statement, type Db } from '../db.ts';
import { emptyAsUndefined, singleLine } from '../form-fields.ts';
import { isoDay } from '../format.ts';
import { TARGET_ROLES, findTarget, type Target } from './targets.ts';

/** Who changed a target, and when. */
export interface TargetChanger {
  adminId: number;
  now: Date;
}

// "Today" is whenever the form arrives, so it is read at each check.
const checkedOn = z
  .string({ error: 'Enter the day you checked it' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the day you checked it, like 2026-11-24')
  .refine((day) => !Number.isNaN(Date.parse(day)), 'Enter a real day')
  .refine((day) => day <= isoDay(new Date()), 'The day you checked it cannot be after today');

const sourceLink = z
  .string({ error: 'Enter the web page you checked it against' })
  .trim()
  .max(500, 'Keep the link to 500 characters or fewer')
  .pipe(
    z.url({
      protocol: /^https?$/,
      error: 'Enter the address of the web page you checked it against, starting https://',
    }),
  );

/**
 * The add and edit form: who, in what role, at what address. Saving it leaves the target
 * unverified; verifying is its own step, with its own source and day.
 */
export const TargetFormSchema = z
  .object({
    council: z.string().regex(COUNCIL_SLUG, 'Choose the council'),
    target: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
    name: singleLine('Enter their name', 120, 'Keep the name to 120 characters or fewer', 2),
    role: z.enum(TARGET_ROLES, { error: 'Choose their role' }),
    email: z.preprocess(
      emptyAsUndefined,
      z.email('Enter an email address like name@council.gov.uk').toLowerCase().optional(),
    ),
    party: z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()),
    wardName: z.preprocess(emptyAsUndefined, z.string().trim().max(120).optional()),
    wardCode: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(WARD_CODE, 'Enter a ward code like E05005000, or leave it empty')
        .optional(),
    ),
    source: singleLine(
      'Say where these details come from',
      500,
      'Keep the source to 500 characters or fewer',
      3,
    ),
    digest: z.preprocess((value) => value === 'on' || value === '1', z.boolean()),
  })
  .superRefine((form, context) => {
    if (form.role === 'ward_councillor' && !form.wardName) {
      context.addIssue({ code: 'custom', path: ['wardName'], message: 'Enter their ward' });
    }
    if (form.role !== 'ward_councillor' && (form.wardName || form.wardCode)) {
      context.addIssue({
        code: 'custom',
        path: ['wardName'],
        message: 'Only a ward councillor has a ward: clear it, or choose that role',
      });
    }
  });
export type TargetForm = z.infer<typeof TargetFormSchema>;

export const VerifyFormSchema = z.object({
  council: z.string().regex(COUNCIL_SLUG),
  target: z.coerce.number().int().positive(),
  source: sourceLink,
  checkedOn,
});
export type VerifyForm = z.infer<typeof VerifyFormSchema>;

export const RetireFormSchema = z.object({
  council: z.string().regex(COUNCIL_SLUG),
  target: z.coerce.number().int().positive(),
});

export type TargetChange =
  | { kind: 'saved'; council: string; councilId: number; target: number; verified: boolean }
  | { kind: 'problem'; field: string; message: string }
  | { kind: 'not-found' };

const councilIdOf = (db: Db, slug: string) =>
  statement(db, 'SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number | undefined;

/** The target, if it belongs to the council: forms name both, and must agree. */
function targetOf(db: Db, slug: string, id: number): Target | undefined {
  const councilId = councilIdOf(db, slug);
  const target = findTarget(db, id);
  return target && target.councilId === councilId ? target : undefined;
}

/** Is another target of the council, still in use, at this address? */
function emailTaken(db: Db, councilId: number, email: string, except?: number): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM council_targets WHERE council_id = ? AND email = ? AND state <> 'retired'
       AND id IS NOT ?`,
    ).get(councilId, email, except ?? null) !== undefined
  );
}

/**
 * Adds a target, or changes one's details. Changed details are details nobody has checked, so an
 * edited target goes back to unverified, unless nothing a letter depends on (name, role,
 * address, ward) changed.
 */
export function saveTarget(
  db: Db,
  form: TargetForm,
  { adminId, now }: TargetChanger,
): TargetChange {
  return db.transaction((): TargetChange => {
    const councilId = councilIdOf(db, form.council);
    if (councilId === undefined) return { kind: 'not-found' };
    const before = form.target ? targetOf(db, form.council, form.target) : undefined;
    if (form.target && (!before || before.state === 'retired')) return { kind: 'not-found' };
    if (form.email && emailTaken(db, councilId, form.email, before?.id)) {
      return { kind: 'problem', field: 'email', message: `${form.email} is already a target here` };
    }
    if (form.wardCode) {
      const wardCouncil = statement(db, 'SELECT council_id FROM council_wards WHERE gss_code = ?')
        .pluck()
        .get(form.wardCode) as number | undefined;
      if (wardCouncil !== undefined && wardCouncil !== councilId) {
        return {
          kind: 'problem',
          field: 'wardCode',
          message: `${form.wardCode} is a ward of another council`,
        };
      }
      recordWard(db, councilId, { code: form.wardCode, name: form.wardName! });
    }
    const values = {
      council: councilId,
      name: form.name,
      role: form.role,
      email: form.email ?? null,
      party: form.party ?? null,
      wardName: form.wardName ?? null,
      wardCode: form.wardCode ?? null,
      source: form.source,
      digest: form.digest ? 1 : 0,
    };
    let id: number;
    let verified = false;
    if (before) {
      const same =
        before.name === values.name &&
        before.role === values.role &&
        before.email === values.email &&
        before.wardCode === values.wardCode &&
        before.wardName === values.wardName;
      verified = same && before.state === 'verified';
      statement(
        db,
        `UPDATE council_targets SET name = @name, role = @role, email = @email, party = @party,
           ward_name = @wardName, ward_code = @wardCode, digest = @digest,
           source = CASE WHEN @keep THEN source ELSE @source END,
           state = CASE WHEN @keep THEN state ELSE 'unverified' END
         WHERE id = @id`,
      ).run({ ...values, keep: verified ? 1 : 0, id: before.id });
      id = before.id;
    } else {
      id = Number(
        statement(
          db,
          `INSERT INTO council_targets (council_id, name, role, email, party, ward_name, ward_code,
                                        source, digest)
           VALUES (@council, @name, @role, @email, @party, @wardName, @wardCode, @source, @digest)`,
        ).run(values).lastInsertRowid,
      );
    }
    recordAudit(
      db,
      adminId,
      before ? 'target.edit' : 'target.add',
      { council: councilId, target: id, role: form.role },
      now,
    );
    return { kind: 'saved', council: form.council, councilId, target: id, verified };
  })();
}

/** Audits a change to a target that was checked or retired, and says what became of it. */
function changed(
  db: Db,
  action: 'target.verify' | 'target.retire',
  council: string,
  target: Target,
  { adminId, now }: TargetChanger,
): TargetChange {
  recordAudit(db, adminId, action, { council: target.councilId, target: target.id }, now);
  return {
    kind: 'saved',
    council,
    councilId: target.councilId,
    target: target.id,
    verified: action === 'target.verify',
  };
}

/**
 * Marks a target checked against a web page on a day. Only a checked target with an address
 * receives letters; the caller then releases the letters held for the council.
 */
export function verifyTarget(
  db: Db,
  form: VerifyForm,
  { adminId, now }: TargetChanger,
): TargetChange {
  return db.transaction((): TargetChange => {
    const target = targetOf(db, form.council, form.target);
    if (!target || target.state === 'retired') return { kind: 'not-found' };
    if (!target.email) {
      return {
        kind: 'problem',
        field: 'source',
        message: `We have no email address for ${target.name}: add one before verifying`,
      };
    }
    statement(
      db,
      `UPDATE council_targets SET state = 'verified', source = ?, last_checked_on = ? WHERE id = ?`,
    ).run(form.source, form.checkedOn, target.id);
    return changed(db, 'target.verify', form.council, target, { adminId, now });
  })();
}

/** Retires a target: no more letters go to them, and what went before still names them. */
export function retireTarget(
  db: Db,
  form: z.infer<typeof RetireFormSchema>,
  { adminId, now }: TargetChanger,
): TargetChange {
  return db.transaction((): TargetChange => {
    const target = targetOf(db, form.council, form.target);
    if (!target || target.state === 'retired') return { kind: 'not-found' };
    statement(db, `UPDATE council_targets SET state = 'retired', retired_at = ? WHERE id = ?`).run(
      now.toISOString(),
      target.id,
    );
    return changed(db, 'target.retire', form.council, target, { adminId, now });
  })();
}
