import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { changesAnything } from './councillor-diff.ts';
import { ApplyImportFormSchema, ReadCouncillorsFormSchema } from './councillor-import-forms.ts';
import { applyImport } from './councillor-import-apply.ts';
import {
  deleteUnappliedImports,
  findImportCouncil,
  readCouncillorsIntoImport,
  viewImport,
  type ImportCouncil,
} from './councillor-import.ts';
import type { SiteCouncillor } from './councillors-by-ward.ts';
import type { SiteReading } from './modern-gov.ts';
import { openDatabaseWithAccount } from '../admin/testing.ts';

const SITE = 'https://democracy.kent.example';
const councillor = (id: string, changes: Partial<SiteCouncillor> = {}): SiteCouncillor => ({
  externalId: id,
  name: `Member ${id}`,
  party: 'Labour',
  wardName: 'Maidstone Central',
  email: `member${id}@kent.example`,
  ...changes,
});
const KENT_NOW = [
  councillor('1'),
  councillor('2', { wardName: 'Maidstone Rural East', party: null }),
  councillor('3', { email: null }),
];

let db: Db;
let adminId: number;
let kent: ImportCouncil;
let now: Date;
beforeEach(() => {
  now = new Date('2026-12-01T10:00:00Z');
  ({ db, adminId } = openDatabaseWithAccount('sam@campaign.example', 'campaigner', now));
  kent = findImportCouncil(db, 'kent')!;
  db.prepare('INSERT INTO council_wards (gss_code, council_id, name) VALUES (?, ?, ?)').run(
    'E58000699',
    kent.id,
    'Maidstone Central',
  );
});
afterEach(() => db.close());

/** Reads `councillors` as if from Kent's site, `minutes` after the start; returns the import id. */
async function read(councillors: SiteCouncillor[], minutes = 0): Promise<number> {
  const outcome = await readCouncillorsIntoImport(
    db,
    ReadCouncillorsFormSchema.parse({ council: 'kent', site: SITE }),
    { adminId, now: new Date(now.getTime() + minutes * 60_000) },
    async (): Promise<SiteReading> => ({ kind: 'read', councillors }),
  );
  if (outcome?.kind !== 'read') throw new Error('not read');
  return outcome.importId;
}
const apply = (importId: number, minutes = 0) =>
  applyImport(db, ApplyImportFormSchema.parse({ council: 'kent', import: String(importId) }), {
    adminId,
    now: new Date(now.getTime() + minutes * 60_000),
  });
const wardCouncillors = () =>
  db
    .prepare(
      `SELECT external_id AS id, name, email, party, ward_name AS ward, ward_code AS code, state,
         source, last_checked_on AS checked, retired_at AS retiredAt
       FROM council_targets WHERE council_id = ? AND role = 'ward_councillor' ORDER BY external_id`,
    )
    .all(kent.id) as Record<string, unknown>[];

describe('reading a democracy site', () => {
  it('stores what the site said and saves the site as the council’s, audited', async () => {
    const id = await read(KENT_NOW);
    expect(findImportCouncil(db, 'kent')!.democracySite).toBe(SITE);
    const view = viewImport(db, kent, id, now)!;
    expect(view).toMatchObject({ source: SITE, appliedAt: null, closed: undefined });
    expect(view.preview.added.map(({ councillor: c }) => [c.externalId, c.ward?.code])).toEqual([
      ['1', 'E58000699'],
      ['2', undefined],
      ['3', 'E58000699'],
    ]);
    expect(view.preview.unmatchedWards).toEqual(['Maidstone Rural East']);
    expect(view.knownWards).toEqual([{ code: 'E58000699', name: 'Maidstone Central' }]);
    expect(db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual([
      'council.democracy-site',
    ]);
  });

  it('changes nothing when the site cannot be read', async () => {
    const outcome = await readCouncillorsIntoImport(
      db,
      ReadCouncillorsFormSchema.parse({ council: 'kent', site: SITE }),
      { adminId, now },
      async () => ({ kind: 'problem', problem: 'timeout', message: 'The site did not answer' }),
    );
    expect(outcome).toEqual({
      kind: 'problem',
      problem: 'timeout',
      message: 'The site did not answer',
    });
    expect(db.prepare('SELECT count(*) FROM target_imports').pluck().get()).toBe(0);
    expect(findImportCouncil(db, 'kent')!.democracySite).toBeNull();
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  });
});

describe('applying an import', () => {
  it('adds the councillors as verified ward councillors, checked today against the site', async () => {
    const id = await read(KENT_NOW);
    expect(apply(id)).toEqual({
      kind: 'applied',
      council: 'kent',
      councilId: kent.id,
      added: 3,
      returned: 0,
      changed: 0,
      retired: 0,
      unchanged: 0,
    });
    expect(wardCouncillors()).toEqual([
      {
        id: '1',
        name: 'Member 1',
        email: 'member1@kent.example',
        party: 'Labour',
        ward: 'Maidstone Central',
        code: 'E58000699',
        state: 'verified',
        source: SITE,
        checked: '2026-12-01',
        retiredAt: null,
      },
      expect.objectContaining({ id: '2', party: null, ward: 'Maidstone Rural East', code: null }),
      expect.objectContaining({ id: '3', email: null, state: 'verified' }),
    ]);
    const audit = db
      .prepare("SELECT detail FROM audit_log WHERE action = 'targets.imported'")
      .pluck()
      .get();
    expect(JSON.parse(audit as string)).toEqual({
      council: kent.id,
      import: id,
      added: 3,
      returned: 0,
      changed: 0,
      retired: 0,
      unchanged: 0,
      unpairedWards: 1,
      nothingChanged: false,
    });
  });

  it('refuses an import already applied, more than an hour old, or overtaken by a later one', async () => {
    const first = await read(KENT_NOW);
    apply(first);
    expect(apply(first)).toEqual({ kind: 'refused', message: 'These changes have been applied.' });

    const old = await read(KENT_NOW);
    expect(apply(old, 61)).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/more than an hour old/),
    });

    const earlier = await read(KENT_NOW);
    const later = await read(KENT_NOW);
    apply(later);
    expect(apply(earlier)).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^A later reading/),
    });
    expect(viewImport(db, kent, earlier, now)!.closed).toMatch(/^A later reading/);
  });

  it('retires a councillor gone from the site, keeping the row, and brings them back if they return', async () => {
    apply(await read(KENT_NOW));
    const before = db
      .prepare("SELECT id FROM council_targets WHERE external_id = '2'")
      .pluck()
      .get();

    const without = await read([KENT_NOW[0]!, KENT_NOW[2]!], 10);
    expect(viewImport(db, kent, without, now)!.preview.gone.map((t) => t.externalId)).toEqual([
      '2',
    ]);
    expect(apply(without, 10)).toMatchObject({ retired: 1, unchanged: 2 });
    expect(wardCouncillors().find((c) => c.id === '2')).toMatchObject({
      state: 'retired',
      retiredAt: '2026-12-01T10:10:00.000Z',
    });

    const back = await read(KENT_NOW, 20);
    expect(viewImport(db, kent, back, now)!.preview.added[0]!.returning).toMatchObject({
      externalId: '2',
    });
    expect(apply(back, 20)).toMatchObject({ added: 0, returned: 1 });
    expect(db.prepare("SELECT id FROM council_targets WHERE external_id = '2'").pluck().get()).toBe(
      before,
    );
    expect(wardCouncillors().find((c) => c.id === '2')).toMatchObject({
      state: 'verified',
      retiredAt: null,
    });
  });

  it('says when nothing has changed, and still marks everyone checked', async () => {
    apply(await read(KENT_NOW));
    const again = await read(KENT_NOW, 60 * 24 * 30);
    const later = new Date(now.getTime() + 60 * 24 * 30 * 60_000);
    expect(changesAnything(viewImport(db, kent, again, later)!.preview)).toBe(false);
    expect(apply(again, 60 * 24 * 30)).toMatchObject({ unchanged: 3, added: 0, changed: 0 });
    expect(wardCouncillors().map((c) => c.checked)).toEqual([
      '2026-12-31',
      '2026-12-31',
      '2026-12-31',
    ]);
  });

  it('lets two councillors swap addresses, and keeps one the lead member has', async () => {
    apply(await read(KENT_NOW));
    const swapped = await read([
      councillor('1', { email: 'member2@kent.example' }),
      councillor('2', {
        email: 'member1@kent.example',
        wardName: 'Maidstone Rural East',
        party: null,
      }),
      councillor('3', { email: 'lead-member@kent.example' }),
    ]);
    expect(apply(swapped)).toMatchObject({ kind: 'applied', changed: 2, unchanged: 1 });
    expect(wardCouncillors().map((c) => [c.id, c.email])).toEqual([
      ['1', 'member2@kent.example'],
      ['2', 'member1@kent.example'],
      ['3', null],
    ]);
  });

  it('forgets imports never applied after a day, and keeps applied ones', async () => {
    apply(await read(KENT_NOW));
    await read(KENT_NOW);
    expect(deleteUnappliedImports(db, new Date(now.getTime() + 86_400_000 + 1))).toBe(1);
    expect(db.prepare('SELECT count(*) FROM target_imports').pluck().get()).toBe(1);
  });
});
