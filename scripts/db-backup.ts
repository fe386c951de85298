import { join, dirname } from 'node:path';
import { backupDatabase, BackupError } from '../src/lib/backup.ts';
import { readEnv } from '../src/lib/env.ts';
import { fail } from './fail.ts';

/**
 * `npm run db:backup [-- <file>]`: a consistent copy of the live database, taken while the site
 * runs, checked with SQLite's integrity check. Without a file name the copy goes to
 * `backups/campaign-<time>.db` beside the database.
 */
try {
  const { DATABASE_PATH } = readEnv();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const destination =
    process.argv[2] ?? join(dirname(DATABASE_PATH), 'backups', `campaign-${stamp}.db`);
  const started = performance.now();
  const { bytes } = await backupDatabase(DATABASE_PATH, destination);
  console.log(
    `Backed up ${DATABASE_PATH} to ${destination}: ${(bytes / 1024).toFixed(0)} KiB in ` +
      `${Math.round(performance.now() - started)} ms, integrity check ok`,
  );
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
  fail(error);
}
