import { existsSync, readFileSync } from 'node:fs';
import { closeDb, getDb } from '../src/lib/db.ts';
import { statement } from '../src/lib/db.ts';
import {
  checkTargetsCsv,
  importTargetRows,
  TARGET_CSV_COLUMNS,
} from '../src/lib/lobby/targets-csv.ts';
import { fail } from './fail.ts';

/**
 * `npm run targets:import <file.csv>`: makes the targets of every council in the file the file's
 * (those it no longer lists are retired). The whole file is checked first; one bad row and nothing
 * changes, with every problem listed by line. Rows are imported unverified unless they say
 * `verified` with the page they were checked against and the day.
 */
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(
    `Usage: npm run targets:import <file.csv>   (columns: ${TARGET_CSV_COLUMNS.join(',')})`,
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
  const councils = importTargetRows(db, check.rows, new Date());
  console.log(`Imported ${check.rows.length} targets for ${check.councils} councils from ${file}.`);
  // Letters are written in the server (their emails are built there): a campaigner sends these.
  const held = statement(
    db,
    `SELECT c.slug, count(*) AS held FROM letters AS l JOIN councils AS c ON c.id = l.council_id
     WHERE l.state = 'held' AND l.council_id IN (SELECT value FROM json_each(?)) GROUP BY c.id`,
  ).all(JSON.stringify(councils)) as { slug: string; held: number }[];
  for (const { slug, held: count } of held) {
    console.log(`${count} letters are held for ${slug}: send them from /admin/targets/${slug}.`);
  }
  closeDb();
} catch (error) {
  fail(error);
}
