import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { statement, type Db } from '../db.ts';
import { isoDay } from '../format.ts';
import { INVISIBLE, singleLine } from '../form-fields.ts';

/**
 * The most one entry may add. The campaign's own published totals are a few thousand, so a figure
 * past this is a slip of the keyboard, not a petition.
 */
export const OFFLINE_ENTRY_MAX = 100_000;

/** The campaign began in 2012: an earlier day is a slip too. */
const EARLIEST_DAY = '2012-01-01';

/** A box left empty (or not sent) is not given. */
const given = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * An entry as a campaigner types it: when the people signed up, how many, where the figure comes
 * from, and optionally the council they signed up for and a note. `corrects` names the entry it
 * replaces; only a correction may be 0 (an entry that should never have counted).
 */
export const OfflineSupportersFormSchema = z
  .object({
    countedOn: z
      .string({ error: 'Enter the date these people signed up' })
      .pipe(z.iso.date({ error: 'Enter the date as year, month and day, like 2013-09-19' }))
      .refine(
        (day) => day >= EARLIEST_DAY,
        'Give a date in 2012, when the campaign began, or later',
      )
      .refine(
        (day) => day <= isoDay(new Date()),
        'The date cannot be in the future: give the day these people signed up',
      ),
    count: z.preprocess(
      // People write "7,000" or "7 000".
      (value) => (typeof value === 'string' ? value.replace(/[\s,]/g, '') : value),
      z
        .string({ error: 'Enter how many people signed up' })
        .min(1, 'Enter how many people signed up')
        .regex(/^\d+$/, 'Enter how many people signed up as a whole number, like 120')
        .transform(Number)
        .pipe(
          z
            .number()
            .max(
              OFFLINE_ENTRY_MAX,
              `One entry can add at most ${OFFLINE_ENTRY_MAX.toLocaleString('en-GB')}. Check the figure.`,
            ),
        ),
    ),
    source: singleLine(
      'Say where the figure comes from: the name of the document or list, or a link to it',
      300,
      'Keep the source to 300 characters or fewer',
      3,
    ),
    sourceUrl: z.preprocess(
      given,
      z
        .url({
          protocol: /^https?$/,
          error: 'Give a web address starting with https://, or leave this empty',
        })
        .max(500, 'Keep the web address to 500 characters or fewer')
        .optional(),
    ),
    council: z.preprocess(
      given,
      z.string().regex(COUNCIL_SLUG, 'Choose a council from the list').optional(),
    ),
    note: z.preprocess(
      (value) =>
        given(
          typeof value === 'string' ? value.replace(INVISIBLE, '').replace(/\s+/g, ' ') : value,
        ),
      z.string().max(1000, 'Keep the note to 1,000 characters or fewer').optional(),
    ),
    corrects: z.preprocess(given, z.coerce.number().int().positive().optional()),
  })
  .refine((form) => form.count > 0 || form.corrects !== undefined, {
    path: ['count'],
    message:
      'Enter a number from 1 up. Only a correction can be 0, for an entry that should not have counted.',
  });
export type OfflineSupportersForm = z.infer<typeof OfflineSupportersFormSchema>;

/** An entry as it is stored, before the counters know of it. */
export interface NewOfflineEntry {
  countedOn: string;
  count: number;
  source: string;
  sourceUrl: string | null;
  councilId: number | null;
  note: string | null;
  corrects: number | null;
}

/**
 * Moves the offline counters by `delta`: everyone's, and the council's if there is one. A plain
 * update, since an insert of a negative count would fail its check before finding the row.
 */
function moveOfflineCounts(db: Db, councilId: number | null, delta: number) {
  const ensure = statement(
    db,
    'INSERT INTO supporter_counts (council_id) VALUES (?) ON CONFLICT (council_id) DO NOTHING',
  );
  const move = statement(
    db,
    'UPDATE supporter_counts SET offline = offline + ? WHERE council_id = ?',
  );
  for (const id of councilId === null ? [0] : [0, councilId]) {
    ensure.run(id);
    move.run(delta, id);
  }
}

/**
 * Stores an entry and adds it to the counters, taking the entry it corrects (if any) off them.
 * Call it inside a transaction; the caller has checked that the corrected entry still counts.
 */
export function addOfflineEntry(
  db: Db,
  entry: NewOfflineEntry,
  recordedBy: number | null,
  now: Date,
): number {
  if (entry.corrects !== null) {
    const old = statement(
      db,
      'SELECT count, council_id AS councilId FROM offline_supporters WHERE id = ?',
    ).get(entry.corrects) as { count: number; councilId: number | null };
    moveOfflineCounts(db, old.councilId, -old.count);
  }
  const id = Number(
    statement(
      db,
      `INSERT INTO offline_supporters (counted_on, count, source, source_url, council_id, note,
         corrects, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.countedOn,
      entry.count,
      entry.source,
      entry.sourceUrl,
      entry.councilId,
      entry.note,
      entry.corrects,
      recordedBy,
      now.toISOString(),
    ).lastInsertRowid,
  );
  moveOfflineCounts(db, entry.councilId, entry.count);
  return id;
}

export type RecordOfflineOutcome =
  | { kind: 'recorded'; id: number }
  | { kind: 'unknown-council' }
  | { kind: 'no-such-entry' }
  | { kind: 'already-corrected'; by: number };

/**
 * Records supporters who signed up offline, or a correction of an earlier entry, with the counters
 * and the audit record in one transaction: the public total never moves without a record of who
 * moved it and why. A correction of an entry already corrected (by someone else, meanwhile) is
 * refused, so no figure is taken off twice.
 */
export function recordOfflineSupporters(
  db: Db,
  form: OfflineSupportersForm,
  userId: number,
  now: Date,
): RecordOfflineOutcome {
  return db
    .transaction((): RecordOfflineOutcome => {
      const councilId =
        form.council === undefined
          ? null
          : (statement(db, 'SELECT id FROM councils WHERE slug = ?').pluck().get(form.council) as
              number | undefined);
      if (councilId === undefined) return { kind: 'unknown-council' };
      if (form.corrects !== undefined) {
        const target = statement(
          db,
          `SELECT (SELECT id FROM offline_supporters WHERE corrects = e.id) AS correctedBy
           FROM offline_supporters AS e WHERE e.id = ?`,
        ).get(form.corrects) as { correctedBy: number | null } | undefined;
        if (!target) return { kind: 'no-such-entry' };
        if (target.correctedBy !== null)
          return { kind: 'already-corrected', by: target.correctedBy };
      }
      const id = addOfflineEntry(
        db,
        {
          countedOn: form.countedOn,
          count: form.count,
          source: form.source,
          sourceUrl: form.sourceUrl ?? null,
          councilId,
          note: form.note ?? null,
          corrects: form.corrects ?? null,
        },
        userId,
        now,
      );
      recordAudit(
        db,
        userId,
        'offline-supporters.record',
        {
          entry: id,
          count: form.count,
          council: form.council ?? null,
          corrects: form.corrects ?? null,
        },
        now,
      );
      return { kind: 'recorded', id };
    })
    .immediate();
}

/** An entry as the campaign team's page lists it. */
export interface OfflineEntry {
  id: number;
  countedOn: string;
  count: number;
  source: string;
  sourceUrl: string | null;
  councilSlug: string | null;
  councilName: string | null;
  note: string | null;
  corrects: number | null;
  /** The entry that replaced this one; null while it counts. */
  correctedBy: number | null;
  /** The campaign account's address; null for the seed. */
  recordedBy: string | null;
  recordedAt: string;
}

/** Every entry, newest first, corrected ones too: the record is the history. */
export function listOfflineSupporters(db: Db): OfflineEntry[] {
  return statement(
    db,
    `SELECT e.id, e.counted_on AS countedOn, e.count, e.source, e.source_url AS sourceUrl,
            c.slug AS councilSlug, c.short_name AS councilName, e.note, e.corrects,
            (SELECT id FROM offline_supporters WHERE corrects = e.id) AS correctedBy,
            u.email AS recordedBy, e.recorded_at AS recordedAt
     FROM offline_supporters AS e
     LEFT JOIN councils AS c ON c.id = e.council_id
     LEFT JOIN admin_users AS u ON u.id = e.recorded_by
     ORDER BY e.id DESC`,
  ).all() as OfflineEntry[];
}
