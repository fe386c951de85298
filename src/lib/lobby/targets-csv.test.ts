import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { checkTargetsCsv, importTargetRows, TARGET_CSV_COLUMNS } from './targets-csv.ts';
import { councilTargets, writableTargets } from './targets.ts';

const OLD_HEADER = 'gss_code,name,role,email,source,last_checked_on';
const HEADER = TARGET_CSV_COLUMNS.join(',');
const now = new Date('2026-11-24T10:00:00Z');
const kentId = (db: Db) =>
  db.prepare("SELECT id FROM councils WHERE slug = 'kent'").pluck().get() as number;

function load(db: Db, text: string) {
  const check = checkTargetsCsv(db, text);
  if (!check.ok) throw new Error(check.problems.join('\n'));
  return importTargetRows(db, check.rows, now);
}

describe('the seed', () => {
  it('gives every council an unchecked row on a reserved domain, which no letter goes to', () => {
    const db = openSeededDatabase();
    const rows = db.prepare('SELECT email, state FROM council_targets').all() as {
      email: string;
      state: string;
    }[];
    expect(rows).toHaveLength(175);
    for (const row of rows) {
      expect(row.email).toMatch(/\.example$/);
      expect(row.state).toBe('unverified');
    }
    expect(writableTargets(db, kentId(db))).toEqual([]);
  });
});

describe('importing targets', () => {
  it('imports unchecked unless a row says verified, with the page and the day it was checked', () => {
    const db = openSeededDatabase();
    load(
      db,
      [
        HEADER,
        'E10000016,Cllr Sue Chandler,lead_member,Sue.Chandler@kent.gov.uk,https://www.kent.gov.uk/councillors,2026-11-20,,,verified',
        "E10000016,Director of children's services,director,dcs@kent.gov.uk,Kent website,,,,",
        'E10000016,Cllr Mo Ward,ward_councillor,mo@kent.gov.uk,https://democracy.kent.gov.uk,2026-11-20,E58000699,Maidstone Central,verified',
      ].join('\n'),
    );
    expect(
      councilTargets(db, kentId(db)).map((t) => [t.role, t.email, t.state, t.wardCode]),
    ).toEqual([
      ['lead_member', 'sue.chandler@kent.gov.uk', 'verified', null],
      ['director', 'dcs@kent.gov.uk', 'unverified', null],
      ['ward_councillor', 'mo@kent.gov.uk', 'verified', 'E58000699'],
      // The seed's row, no longer in the file: retired, not deleted.
      ['lead_member', 'lead-member@kent.example', 'retired', null],
    ]);
    expect(writableTargets(db, kentId(db)).map((t) => t.name)).toEqual([
      'Cllr Mo Ward',
      'Cllr Sue Chandler',
    ]);
  });

  it('keeps reading files in the older six-column form, as unchecked', () => {
    const db = openSeededDatabase();
    load(
      db,
      `${OLD_HEADER}\nE10000016,Cllr Sue Chandler,lead_member,sue@kent.gov.uk,Kent website,`,
    );
    expect(councilTargets(db, kentId(db))[0]).toMatchObject({
      email: 'sue@kent.gov.uk',
      state: 'unverified',
    });
  });

  it('rejects a file with any bad row, listing every problem by line, and changes nothing', () => {
    const db = openSeededDatabase();
    db.prepare(
      "INSERT INTO council_wards (gss_code, council_id, name) SELECT 'E05000984', id, 'Central' FROM councils WHERE slug = 'barnsley'",
    ).run();
    const before = db.prepare('SELECT * FROM council_targets ORDER BY id').all();
    const check = checkTargetsCsv(
      db,
      [
        HEADER,
        'E10000016,Cllr Sue Chandler,lead_member,sue@kent.gov.uk,Kent website,,,,',
        'E99999999,Someone,lead_member,someone@example.org,Somewhere,,,,',
        'E10000016,Another,lead_member,another@kent.gov.uk,Kent website,,,,',
        'W06000015,"Cllr\nInjected",lead_member,x@cardiff.gov.uk,Cardiff website,,,,',
        'W06000015,Cllr Ash,councillor,not-an-email,Cardiff website,24/11/2026,,,',
        'W06000015,too,few',
        'E10000016,Cllr Said So,lead_member,said@kent.gov.uk,Kent website,,,,verified',
        'E10000016,Cllr No Ward,ward_councillor,noward@kent.gov.uk,Kent website,,,,',
        'E10000016,Cllr Wrong Ward,ward_councillor,wrong@kent.gov.uk,Kent website,,E05000984,Central,',
      ].join('\n'),
    );
    expect(check).toEqual({
      ok: false,
      problems: [
        'row 3: no council has the code E99999999',
        'row 4: E10000016 has more than one lead_member',
        'row 5: name must be one line of text',
        'row 6: role must be lead_member, director or ward_councillor; email is not an email address; last_checked_on must be a date like 2026-11-24, or empty',
        'row 7: 3 fields where the header has 9',
        'row 8: a verified row needs the web page it was checked against as its source and the day in last_checked_on',
        'row 9: a ward_councillor needs a ward_name',
        'row 10: E05000984 is a ward of E08000016, not of E10000016',
      ],
    });
    expect(db.prepare('SELECT * FROM council_targets ORDER BY id').all()).toEqual(before);
  });

  it('refuses a file with the wrong header', () => {
    const db = openSeededDatabase();
    expect(checkTargetsCsv(db, 'council,name\nKent,Sue')).toEqual({
      ok: false,
      problems: [`row 1: the header must be ${HEADER}`],
    });
  });
});
