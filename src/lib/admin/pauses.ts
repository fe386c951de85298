import { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { singleLine } from '../form-fields.ts';
import { recordAudit } from '../audit/audit.ts';
import { labelled } from '../labelled.ts';

/** What can be paused site-wide. */
export const { values: PAUSABLE, labels: PAUSABLE_LABELS } = labelled({
  pledges: 'Pledges (joining the campaign)',
  letters: 'Letters to councillors',
  comments: 'Comments on news posts',
});
export type Pausable = (typeof PAUSABLE)[number];

export const PauseFormSchema = z.object({
  feature: z.enum(PAUSABLE),
  notice: singleLine(
    'Write the notice the public will see, in a sentence',
    300,
    'Keep the notice to 300 characters or fewer',
    10,
  ),
});

/**
 * The public notice when a feature is paused, or undefined when it is running. One lookup by
 * primary key in a table of at most two rows: cheap enough for every pledge.
 */
export function pauseNotice(db: Db, feature: Pausable): string | undefined {
  return statement(db, 'SELECT notice FROM paused_features WHERE feature = ?')
    .pluck()
    .get(feature) as string | undefined;
}

export interface Pause {
  feature: Pausable;
  notice: string;
  pausedAt: string;
  pausedBy: string | null;
}

export function listPauses(db: Db): Pause[] {
  return statement(
    db,
    `SELECT p.feature, p.notice, p.paused_at AS pausedAt, u.email AS pausedBy
     FROM paused_features AS p LEFT JOIN admin_users AS u ON u.id = p.paused_by`,
  ).all() as Pause[];
}

/** Pauses a feature (or changes the notice of one already paused), recorded in the audit log. */
export function pauseFeature(
  db: Db,
  { feature, notice }: z.infer<typeof PauseFormSchema>,
  userId: number,
  now: Date,
): void {
  db.transaction(() => {
    statement(
      db,
      `INSERT INTO paused_features (feature, notice, paused_at, paused_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (feature) DO UPDATE SET notice = excluded.notice`,
    ).run(feature, notice, now.toISOString(), userId);
    recordAudit(db, userId, 'pause', { feature }, now);
  })();
}

/** Starts a paused feature again; returns false when it was not paused. */
export function resumeFeature(db: Db, feature: Pausable, userId: number, now: Date): boolean {
  return db.transaction(() => {
    const resumed =
      statement(db, 'DELETE FROM paused_features WHERE feature = ?').run(feature).changes === 1;
    if (resumed) recordAudit(db, userId, 'resume', { feature }, now);
    return resumed;
  })();
}
