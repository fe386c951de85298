import { recordAudit } from '../audit/audit.ts';
import type { Recorder } from '../councils/record-events.ts';
import { statement, type Db } from '../db.ts';
import { isoDay } from '../format.ts';
import { changesAnything } from './councillor-diff.ts';
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

      const retire = statement(
        db,
        `UPDATE council_targets SET state = 'retired', retired_at = ? WHERE id = ? AND state <> 'retired'`,
      );
      for (const target of preview.gone) retire.run(at, target.id);

      const existing = [
        ...preview.added.flatMap(({ councillor, returning }) =>
          returning ? [{ councillor, target: returning }] : [],
        ),
        ...preview.changed,
        ...preview.unchanged,
      ];
      // Addresses move between rows only after every old one is let go, so two councillors who
      // swap addresses never hold the same one at once.
      const letGo = statement(db, 'UPDATE council_targets SET email = NULL WHERE id = ?');
      for (const { councillor, target } of existing) {
        if (target.email !== councillor.email) letGo.run(target.id);
      }
      const update = statement(
        db,
        `UPDATE council_targets SET name = ?, email = ?, party = ?, ward_name = ?, ward_code = ?,
         source = ?, last_checked_on = ?, state = 'verified', retired_at = NULL WHERE id = ?`,
      );
      for (const { councillor: c, target } of existing) {
        update.run(
          c.name,
          c.email,
          c.party,
          c.wardName,
          c.ward?.code ?? null,
          stored.source,
          today,
          target.id,
        );
      }
      const insert = statement(
        db,
        `INSERT INTO council_targets (council_id, name, role, email, party, ward_name, ward_code,
         source, last_checked_on, state, external_id)
       VALUES (?, ?, 'ward_councillor', ?, ?, ?, ?, ?, ?, 'verified', ?)`,
      );
      const fresh = preview.added.filter(({ returning }) => !returning);
      for (const { councillor: c } of fresh) {
        insert.run(
          council.id,
          c.name,
          c.email,
          c.party,
          c.wardName,
          c.ward?.code ?? null,
          stored.source,
          today,
          c.externalId,
        );
      }
      statement(db, 'UPDATE target_imports SET applied_at = ? WHERE id = ?').run(at, stored.id);

      const counts = {
        added: fresh.length,
        returned: preview.added.length - fresh.length,
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
