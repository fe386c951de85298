import { restoreDatabase, BackupError } from '../src/lib/backup.ts';
import { readEnv } from '../src/lib/env.ts';
import { fail } from './fail.ts';

/**
 * `npm run db:restore -- <backup file>`: puts a backup in place of the database at DATABASE_PATH.
 * Stop the site first (the README's deployment notes say how), then start it again.
 */
try {
  const backup = process.argv[2];
  if (!backup) throw new BackupError('Name the backup to restore: npm run db:restore -- <file>');
  const { DATABASE_PATH } = readEnv();
  await restoreDatabase(backup, DATABASE_PATH);
  console.log(`Restored ${backup} to ${DATABASE_PATH} (integrity check ok). Start the site again.`);
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
  fail(error);
}
