import { parseArgs } from 'node:util';
import { restoreDatabase, BackupError } from '../src/lib/backup.ts';
import { readEnv } from '../src/lib/env.ts';
import { replicationSettings } from '../src/lib/replication/config.ts';
import { restoreFromReplica } from '../src/lib/replication/restore.ts';
import { fail } from './fail.ts';

/**
 * `npm run db:restore -- <backup file>`: puts a backup in place of the database at DATABASE_PATH.
 * `npm run db:restore -- --from-replica [--timestamp 2026-12-02T08:00:00Z]`: the latest state, or
 * the state at that time, from the Litestream replica at LITESTREAM_REPLICA_URL.
 * Stop the site first (the README's deployment notes say how), then start it again.
 */
try {
  const { values, positionals } = parseArgs({
    options: { 'from-replica': { type: 'boolean' }, timestamp: { type: 'string' } },
    allowPositionals: true,
  });
  const env = readEnv();
  const [backup] = positionals;
  if (values['from-replica']) {
    if (backup) throw new BackupError(`Restore from the replica or from ${backup}, not both`);
    const settings = replicationSettings(env);
    if (!settings) {
      throw new BackupError(
        'LITESTREAM_REPLICA_URL is not set: there is no replica to restore from',
      );
    }
    await restoreFromReplica(settings, values.timestamp);
    console.log(
      `Restored ${env.DATABASE_PATH} from the replica (${values.timestamp ?? 'latest state'}, integrity check ok). Start the site again.`,
    );
  } else {
    if (values.timestamp) throw new BackupError('--timestamp goes with --from-replica');
    if (!backup) {
      throw new BackupError(
        'Name the backup to restore: npm run db:restore -- <file>, or -- --from-replica',
      );
    }
    await restoreDatabase(backup, env.DATABASE_PATH);
    console.log(
      `Restored ${backup} to ${env.DATABASE_PATH} (integrity check ok). Start the site again.`,
    );
  }
} catch (error) {
  // A mistyped option is the operator's to fix too: one line, no stack.
  const badOption = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (error instanceof BackupError || badOption) {
    console.error(`Error: ${(error as Error).message}`);
    process.exit(1);
  }
  fail(error);
}
