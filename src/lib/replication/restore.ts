import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { BackupError, refuseIfInUse, restoreDatabase } from '../backup.ts';
import { litestreamBinary } from './binary.ts';
import { litestreamConfig, replicationFiles, type ReplicationSettings } from './config.ts';

/**
 * The reason Litestream gave for failing: its last log line (on stdout, JSON as the generated
 * configuration asks), or the error itself when it printed nothing.
 */
function litestreamSaid(error: unknown): string {
  const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
  const last = `${stdout}\n${stderr}`.trim().split('\n').at(-1) ?? '';
  try {
    const line = JSON.parse(last) as { error?: string; msg?: string };
    return line.error ?? line.msg ?? last;
  } catch {
    return last || String(error);
  }
}

/** An ISO 8601 time in UTC, as Litestream's -timestamp takes it. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * Restores the database from its Litestream replica: the latest state, or the state at
 * `timestamp`. Litestream writes the copy to a file beside the database, which then takes the path
 * every restore takes (restoreDatabase: integrity check, staged, renamed over the database, its
 * WAL files removed).
 */
export async function restoreFromReplica(
  settings: ReplicationSettings,
  timestamp?: string,
): Promise<void> {
  if (timestamp !== undefined && (!TIMESTAMP.test(timestamp) || isNaN(Date.parse(timestamp)))) {
    throw new BackupError(`--timestamp ${timestamp} is not a UTC time like 2026-12-02T08:00:00Z`);
  }
  const files = replicationFiles(settings.databasePath);
  refuseIfInUse(files.database);
  const binary = litestreamBinary();
  mkdirSync(dirname(files.database), { recursive: true });
  writeFileSync(files.config, litestreamConfig(settings));
  const copy = `${files.database}.from-replica`;
  rmSync(copy, { force: true });
  const args = ['restore', '-config', files.config, '-no-expand-env', '-o', copy];
  if (timestamp) args.push('-timestamp', timestamp);
  try {
    await promisify(execFile)(binary, [...args, files.database], { encoding: 'utf8' });
    await restoreDatabase(copy, files.database);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `Litestream could not restore from the replica: ${litestreamSaid(error)}`,
    );
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}.tmp`, { force: true });
  }
}
