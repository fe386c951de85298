import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const HEADER = 'gss_code,name,role,email,source,last_checked_on';

/** Runs the import as an operator would, on a fresh database. */
function importFile(contents: string) {
  const dir = mkdtempSync(join(tmpdir(), 'mrs-targets-'));
  const databasePath = join(dir, 'campaign.db');
  spawnSync(process.execPath, ['scripts/db-seed.ts'], {
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
  const file = join(dir, 'targets.csv');
  writeFileSync(file, contents);
  const result = spawnSync(process.execPath, ['scripts/targets-import.ts', file], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  });
  const db = new Database(databasePath, { readonly: true });
  const kent = db
    .prepare(
      `SELECT t.email || ' ' || t.state FROM council_targets t JOIN councils c ON c.id = t.council_id
       WHERE c.slug = 'kent' ORDER BY t.email`,
    )
    .pluck()
    .all();
  db.close();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, kent };
}

describe('npm run targets:import', () => {
  it('replaces the targets of the councils in a good file, retiring those it no longer lists', () => {
    const { status, stdout, kent } = importFile(
      `${HEADER}\nE10000016,Cllr Sue Chandler,lead_member,sue@kent.gov.uk,Kent website,2026-11-20\n`,
    );
    expect(status).toBe(0);
    expect(stdout).toContain('Imported 1 targets for 1 councils');
    expect(kent).toEqual(['lead-member@kent.example retired', 'sue@kent.gov.uk unverified']);
  });

  it('imports a row as checked when it says so, with the page and the day', () => {
    const { status, kent } = importFile(
      `${HEADER},ward_code,ward_name,state\nE10000016,Cllr Sue Chandler,lead_member,sue@kent.gov.uk,https://www.kent.gov.uk/councillors,2026-11-20,,,verified\n`,
    );
    expect(status).toBe(0);
    expect(kent).toContain('sue@kent.gov.uk verified');
  });

  it('rejects a file with mixed rows, naming each bad row, and changes nothing', () => {
    const { status, stderr, kent } = importFile(
      `${HEADER}\nE10000016,Cllr Sue Chandler,lead_member,sue@kent.gov.uk,Kent website,\nE10000016,Cllr Two,director,nope,Kent website,\n`,
    );
    expect(status).toBe(1);
    expect(stderr).toContain('nothing was changed');
    expect(stderr).toContain('row 3: email is not an email address');
    expect(kent).toEqual(['lead-member@kent.example unverified']);
  });
});
