import { closeDb, getDb } from '../src/lib/db.ts';
import { readEnv } from '../src/lib/env.ts';
import { fail } from './fail.ts';

try {
  // Opening the database applies any pending migrations, in one transaction.
  const applied = getDb()
    .prepare("SELECT printf('%04d_%s (%s)', version, name, applied_at) FROM schema_migrations")
    .pluck()
    .all();
  console.log(`Database ${readEnv().DATABASE_PATH} has migrations:\n  ${applied.join('\n  ')}`);
  closeDb();
} catch (error) {
  fail(error);
}
