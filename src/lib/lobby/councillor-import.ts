import { recordAudit } from '../audit/audit.ts';
import type { Recorder } from '../councils/record-events.ts';
import { statement, type Db } from '../db.ts';
import { diffCouncillors, type ImportPreview, type SavedTarget } from './councillor-diff.ts';
import type { ReadCouncillorsForm } from './councillor-import-forms.ts';
import type { SiteCouncillor } from './councillors-by-ward.ts';
import { readSiteCouncillors, type SiteProblem, type SiteReading } from './modern-gov.ts';
import { councilWards, type Ward } from '../councils/wards.ts';
import { matchWards } from './ward-names.ts';

/**
 * Importing a council's ward councillors from its democracy site, in two steps: reading the site
 * stores what it said (`target_imports`) and shows what would change; applying that stored
 * reading (councillor-import-apply.ts) changes the targets. What is applied is exactly the list
 * the campaigner was shown.
 */

/** An import older than this is refused: the site may have changed since it was read. */
const IMPORT_FRESH_MS = 60 * 60_000;

/** The council an import is for. */
export interface ImportCouncil {
  id: number;
  slug: string;
  shortName: string;
  officialName: string;
  /** 'county' councils have divisions rather than wards. */
  type: string;
  gssCode: string;
  democracySite: string | null;
}

export function findImportCouncil(db: Db, slug: string | null): ImportCouncil | undefined {
  return statement(
    db,
    `SELECT id, slug, short_name AS shortName, official_name AS officialName, type,
       gss_code AS gssCode, democracy_site AS democracySite FROM councils WHERE slug = ?`,
  ).get(slug) as ImportCouncil | undefined;
}

/** Every target of a council, as an import compares them. */
function listSavedTargets(db: Db, councilId: number): SavedTarget[] {
  return statement(
    db,
    `SELECT id, role, name, email, party, ward_name AS wardName, ward_code AS wardCode, state,
       external_id AS externalId, last_checked_on AS lastCheckedOn, retired_at AS retiredAt
     FROM council_targets WHERE council_id = ? ORDER BY ward_name, name, id`,
  ).all(councilId) as SavedTarget[];
}

type ReadOutcome =
  | { kind: 'read'; council: string; importId: number }
  | { kind: 'problem'; problem: SiteProblem; message: string };

/**
 * Reads the council's councillors from its democracy site and stores them as an import to
 * preview. Only a successful reading changes anything: it saves the site's address as the
 * council's (audited when it is new). Undefined when there is no such council.
 */
export async function readCouncillorsIntoImport(
  db: Db,
  form: ReadCouncillorsForm,
  { adminId, now }: Recorder,
  read: (site: string) => Promise<SiteReading> = readSiteCouncillors,
): Promise<ReadOutcome | undefined> {
  if (!findImportCouncil(db, form.council)) return undefined;
  const reading = await read(form.site);
  if (reading.kind === 'problem') return reading;
  return db.transaction(() => {
    // Looked up again: the council may have changed while the site was being read.
    const council = findImportCouncil(db, form.council)!;
    const importId = Number(
      statement(
        db,
        `INSERT INTO target_imports (council_id, source, councillors, fetched_at)
         VALUES (?, ?, ?, ?)`,
      ).run(council.id, form.site, JSON.stringify(reading.councillors), now.toISOString())
        .lastInsertRowid,
    );
    if (council.democracySite !== form.site) {
      statement(db, 'UPDATE councils SET democracy_site = ?, updated_at = ? WHERE id = ?').run(
        form.site,
        now.toISOString(),
        council.id,
      );
      recordAudit(
        db,
        adminId,
        'council.democracy-site',
        { council: council.id, from: council.democracySite, to: form.site },
        now,
      );
    }
    return { kind: 'read' as const, council: council.slug, importId };
  })();
}

interface StoredImport {
  id: number;
  councilId: number;
  source: string;
  councillors: SiteCouncillor[];
  fetchedAt: string;
  appliedAt: string | null;
  /** A later import of the same council has been applied since this one was read. */
  superseded: boolean;
}

export function findStoredImport(db: Db, councilId: number, id: number): StoredImport | undefined {
  const row = statement(
    db,
    `SELECT i.id, i.council_id AS councilId, i.source, i.councillors, i.fetched_at AS fetchedAt,
       i.applied_at AS appliedAt,
       EXISTS (SELECT 1 FROM target_imports AS later WHERE later.council_id = i.council_id
         AND later.id > i.id AND later.applied_at IS NOT NULL) AS superseded
     FROM target_imports AS i WHERE i.id = ? AND i.council_id = ?`,
  ).get(id, councilId) as
    | (Omit<StoredImport, 'councillors' | 'superseded'> & {
        councillors: string;
        superseded: number;
      })
    | undefined;
  return (
    row && {
      ...row,
      councillors: JSON.parse(row.councillors) as SiteCouncillor[],
      superseded: row.superseded === 1,
    }
  );
}

/** An import as its preview page shows it. */
interface ImportView {
  id: number;
  source: string;
  fetchedAt: string;
  appliedAt: string | null;
  /** Why it can no longer be applied, if it cannot; in words for the page. */
  closed: string | undefined;
  preview: ImportPreview;
  /** The council's known wards, to pair the site's unmatched ward names with. */
  knownWards: Ward[];
}

/** Why an import cannot be applied now, or undefined when it can. */
export function whyClosed(stored: StoredImport, now: Date): string | undefined {
  if (stored.appliedAt) return 'These changes have been applied.';
  if (stored.superseded) {
    return 'A later reading of this council’s councillors has been applied since this one. Read the councillors again.';
  }
  if (now.getTime() - Date.parse(stored.fetchedAt) > IMPORT_FRESH_MS) {
    return 'This reading is more than an hour old, and the site may have changed since. Read the councillors again.';
  }
  return undefined;
}

export function previewOf(db: Db, stored: StoredImport): ImportPreview {
  const wards = matchWards(
    db,
    stored.councilId,
    new Set(stored.councillors.map((c) => c.wardName)),
  );
  return diffCouncillors(stored.councillors, wards, listSavedTargets(db, stored.councilId));
}

/** What an import would change, compared with the council's targets now. */
export function viewImport(
  db: Db,
  council: ImportCouncil,
  importId: number,
  now: Date,
): ImportView | undefined {
  const stored = findStoredImport(db, council.id, importId);
  if (!stored) return undefined;
  return {
    id: stored.id,
    source: stored.source,
    fetchedAt: stored.fetchedAt,
    appliedAt: stored.appliedAt,
    closed: whyClosed(stored, now),
    preview: previewOf(db, stored),
    knownWards: councilWards(db, council.id),
  };
}

/** A council's ward councillors from its democracy site, as saved now, retired ones last. */
export function listImportedCouncillors(db: Db, councilId: number): SavedTarget[] {
  return listSavedTargets(db, councilId)
    .filter((target) => target.role === 'ward_councillor')
    .sort((a, b) => Number(a.state === 'retired') - Number(b.state === 'retired'));
}

/**
 * Deletes imports never applied once a day has passed: they can no longer be applied, and they
 * hold councillors' addresses nobody needs. Applied ones stay, as the record of what was applied.
 */
export function deleteUnappliedImports(db: Db, now: Date): number {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  return statement(
    db,
    'DELETE FROM target_imports WHERE applied_at IS NULL AND fetched_at < ?',
  ).run(dayAgo).changes;
}
