import { existsSync, readFileSync } from 'node:fs';
import { closeDb, getDb } from '../src/lib/db.ts';
import { checkTargetsCsv, replaceTargets } from '../src/lib/lobby/targets.ts';
import { fail } from './fail.ts';

/**
 * `npm run targets:import <file.csv>`: replaces the targets of every council in the file. The
 * whole file is checked first; one bad row and nothing changes, with every problem listed by line.
 */
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(
    'Usage: npm run targets:import <file.csv>   (columns: gss_code,name,role,email,source,last_checked_on)',
  );
  process.exit(2);
}
try {
  const db = getDb();
  const check = checkTargetsCsv(db, readFileSync(file, 'utf8'));
  if (!check.ok) {
    console.error(`Rejected ${file}; nothing was changed:`);
    for (const problem of check.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  replaceTargets(db, check.rows);
  console.log(`Imported ${check.rows.length} targets for ${check.councils} councils from ${file}.`);
  closeDb();
} catch (error) {
  fail(error);
}
