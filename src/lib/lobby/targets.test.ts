import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../testing.ts';
import { checkTargetsCsv, listTargets, replaceTargets } from './targets.ts';

const HEADER = 'gss_code,name,role,email,source,last_checked_on';
const kentId = (db: Db) =>
  db.prepare("SELECT id FROM councils WHERE slug = 'kent'").pluck().get() as number;

describe('the seed', () => {
  it('gives every council a placeholder on a reserved domain that reaches nobody', () => {
    const db = openSeededDatabase();
    const emails = db.prepare('SELECT email FROM council_targets').pluck().all() as string[];
    expect(emails).toHaveLength(175);
    for (const email of emails) expect(email).toMatch(/\.example$/);
  });
});

describe('importing targets', () => {
  const good = [
    HEADER,
    'E10000016,Cllr Sue Chandler,lead_member,Sue.Chandler@kent.gov.uk,https://www.kent.gov.uk/councillors,2026-11-20',
    "E10000016,Director of children's services,director,dcs@kent.gov.uk,Kent website,",
  ].join('\n');

  it("replaces a council's targets in one go, leaving other councils alone", () => {
    const db = openSeededDatabase();
    const check = checkTargetsCsv(db, good);
    expect(check).toMatchObject({ ok: true, councils: 1 });
    if (!check.ok) return;
    replaceTargets(db, check.rows);
    expect(listTargets(db, kentId(db)).map((t) => [t.role, t.email])).toEqual([
      ['lead_member', 'sue.chandler@kent.gov.uk'],
      ['director', 'dcs@kent.gov.uk'],
    ]);
    expect(db.prepare('SELECT count(*) FROM council_targets').pluck().get()).toBe(176);
  });

  it('rejects a file with any bad row, listing every problem by line, and changes nothing', () => {
    const db = openSeededDatabase();
    const before = db.prepare('SELECT * FROM council_targets ORDER BY id').all();
    const check = checkTargetsCsv(
      db,
      [
        HEADER,
        'E10000016,Cllr Sue Chandler,lead_member,sue@kent.gov.uk,Kent website,',
        'E99999999,Someone,lead_member,someone@example.org,Somewhere,',
        'E10000016,Another,lead_member,another@kent.gov.uk,Kent website,',
        'W06000015,"Cllr\nInjected",lead_member,x@cardiff.gov.uk,Cardiff website,',
        'W06000015,Cllr Ash,councillor,not-an-email,Cardiff website,24/11/2026',
        'W06000015,too,few',
      ].join('\n'),
    );
    expect(check).toEqual({
      ok: false,
      problems: [
        'row 3: no council has the code E99999999',
        'row 4: E10000016 has more than one lead_member',
        'row 5: name must be one line of text',
        'row 6: role must be lead_member or director; email is not an email address; last_checked_on must be a date like 2026-11-24, or empty',
        'row 7: 3 fields where the header has 6',
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
