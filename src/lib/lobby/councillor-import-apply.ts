import { recordAudit } from '../audit/audit.ts';
import type { Recorder } from '../councils/record-events.ts';
import { statement, type Db } from '../db.ts';
import { isoDay } from '../format.ts';
import { changesAnything, type PlannedCouncillor, type SavedTarget } from './councillor-diff.ts';
import type { ApplyImportForm } from './councillor-import-forms.ts';
import { findImportCouncil, findStoredImport, previewOf, whyClosed } from './councillor-import.ts';

type ApplyOutcome =
  | {
      kind: 'applied';
      council: string;
      councilId: number;
      added: number;
      returned: number;
      changed: number;
      retired: number;
      unchanged: number;
    }
  | { kind: 'refused'; message: string };

/** A councillor's columns as an import saves them: read from the site, checked today. */
function savedColumns(councillor: PlannedCouncillor, source: string, today: string) {
  return [
    councillor.name,
    councillor.email,
    councillor.party,
    councillor.wardName,
    councillor.ward?.code ?? null,
    source,
    today,
  ];
}

/**
 * Brings councillors already saved (returning, changed or unchanged) up to date and verified.
 * Addresses move between rows only after every old one is let go, so two councillors who swap
 * addresses never hold the same one at once.
 */
function updateSaved(
  db: Db,
  saved: { councillor: PlannedCouncillor; target: SavedTarget }[],
  source: string,
  today: string,
) {
  const letGo = statement(db, 'UPDATE council_targets SET email = NULL WHERE id = ?');
  for (const { councillor, target } of saved) {
    if (target.email !== councillor.email) letGo.run(target.id);
  }
  const update = statement(
    db,
    `UPDATE council_targets SET name = ?, email = ?, party = ?, ward_name = ?, ward_code = ?,
     source = ?, last_checked_on = ?, state = 'verified', retired_at = NULL WHERE id = ?`,
  );
  for (const { councillor, target } of saved) {
    update.run(...savedColumns(councillor, source, today), target.id);
  }
}

/** Adds councillors new to the site's list as verified ward councillors. */
function insertNew(
  db: Db,
  councilId: number,
  fresh: { councillor: PlannedCouncillor }[],
  source: string,
  today: string,
) {
  const insert = statement(
    db,
    `INSERT INTO council_targets (council_id, role, state, name, email, party, ward_name,
     ward_code, source, last_checked_on, external_id)
     VALUES (?, 'ward_councillor', 'verified', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const { councillor } of fresh) {
    insert.run(councilId, ...savedColumns(councillor, source, today), councillor.externalId);
  }
}

/** Retires councillors no longer on the site: never deleted, so what was sent to them stays readable. */
function retireGone(db: Db, gone: SavedTarget[], at: string) {
  const retire = statement(
    db,
    `UPDATE council_targets SET state = 'retired', retired_at = ? WHERE id = ? AND state <> 'retired'`,
  );
  for (const target of gone) retire.run(at, target.id);
}

/**
 * Applies a stored import, in one transaction: new councillors are added as verified ward
 * councillors, returning ones (retired, same id on the site) and changed ones are brought up to
 * date and verified, gone ones are retired (never deleted, so what was sent to them stays
 * readable), and every listed councillor is marked checked today against the site. An import
 * already applied, superseded or more than an hour old is refused. Undefined when there is no
 * such council or import.
 */
export function applyImport(
  db: Db,
  form: ApplyImportForm,
  { adminId, now }: Recorder,
): ApplyOutcome | undefined {
  return db
    .transaction((): ApplyOutcome | undefined => {
      const council = findImportCouncil(db, form.council);
      const stored = council && findStoredImport(db, council.id, form.import);
      if (!council || !stored) return undefined;
      const closed = whyClosed(stored, now);
      if (closed) return { kind: 'refused', message: closed };
      const preview = previewOf(db, stored);
      const today = isoDay(now);
      const at = now.toISOString();

      retireGone(db, preview.gone, at);
      const returning = preview.added.flatMap(({ councillor, returning }) =>
        returning ? [{ councillor, target: returning }] : [],
      );
      updateSaved(
        db,
        [...returning, ...preview.changed, ...preview.unchanged],
        stored.source,
        today,
      );
      const fresh = preview.added.filter(({ returning }) => !returning);
      insertNew(db, council.id, fresh, stored.source, today);
      statement(db, 'UPDATE target_imports SET applied_at = ? WHERE id = ?').run(at, stored.id);

      const counts = {
        added: fresh.length,
        returned: returning.length,
        changed: preview.changed.length,
        retired: preview.gone.length,
        unchanged: preview.unchanged.length,
      };
      recordAudit(
        db,
        adminId,
        'targets.imported',
        {
          council: council.id,
          import: stored.id,
          ...counts,
          unpairedWards: preview.unmatchedWards.length,
          nothingChanged: !changesAnything(preview),
        },
        now,
      );
      return { kind: 'applied', council: council.slug, councilId: council.id, ...counts };
    })
    .immediate();
}
