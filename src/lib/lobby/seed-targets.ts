import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statement, type Db } from '../db.ts';
import { checkTargetsCsv, importTargetRows } from './targets-csv.ts';

/**
 * Loads db/seed/targets.csv for councils that have no targets yet, so an imported real contact is
 * never replaced by a placeholder. The seed's addresses are on the reserved `.example` domain:
 * nobody real can ever receive a letter sent to one.
 */
export function seedTargets(db: Db, seedDir: string): number {
  const check = checkTargetsCsv(db, readFileSync(join(seedDir, 'targets.csv'), 'utf8'));
  if (!check.ok) throw new Error(`db/seed/targets.csv: ${check.problems[0]}`);
  const hasTargets = statement(
    db,
    `SELECT 1 FROM council_targets AS t JOIN councils AS c ON c.id = t.council_id WHERE c.gss_code = ?`,
  ).pluck();
  const missing = check.rows.filter((row) => hasTargets.get(row.gss_code) === undefined);
  importTargetRows(db, missing, new Date());
  return missing.length;
}
