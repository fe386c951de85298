import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Thrown when a backup or restore cannot go ahead; the message is one line for operators. */
export class BackupError extends Error {}

/** `PRAGMA integrity_check` on a database file: 'ok', or the first problem SQLite names. */
export function integrityOf(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/**
 * Copies the live database to `destination` with SQLite's online backup API, while the site keeps
 * serving. The copy is made in one step, inside one read transaction: in WAL mode that never
 * blocks the site's writes, and it is a consistent snapshot holding every write committed before
 * it began (a copy made in many small steps restarts whenever the site writes, and under load may
 * never finish). The copy is checked before this returns.
 */
export async function backupDatabase(
  databasePath: string,
  destination: string,
): Promise<{ bytes: number; integrity: string }> {
  if (!existsSync(databasePath)) throw new BackupError(`There is no database at ${databasePath}`);
  if (existsSync(destination)) {
    throw new BackupError(`${destination} already exists; choose a new name`);
  }
  mkdirSync(dirname(destination), { recursive: true });
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(destination, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    source.close();
  }
  const integrity = integrityOf(destination);
  if (integrity !== 'ok') {
    throw new BackupError(`The copy at ${destination} failed its check: ${integrity}`);
  }
  return { bytes: statSync(destination).size, integrity };
}

/**
 * Refuses to touch a database something still has open. In WAL mode every open connection holds
 * a shared lock on the file, so an exclusive lock that cannot be had at once means the site, or
 * the Litestream beside it, is running.
 */
export function refuseIfInUse(databasePath: string): void {
  if (!existsSync(databasePath)) return;
  const db = new Database(databasePath, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    // Anything else (a damaged file, say) is what a restore is for: let it go ahead.
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') return;
    throw new BackupError(
      `${databasePath} is in use: the site (or its Litestream) seems to be running; stop it first`,
    );
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database at `databasePath`. The site must be stopped first. The
 * backup is checked before anything is touched, copied beside the database, and renamed over it
 * in one step, so a failure part-way leaves the old database as it was; the old database's WAL
 * files are removed, since they belong to the old file and would be replayed into the new one,
 * and so is Litestream's record of it (its tips: a recreated database needs a fresh one).
 */
export async function restoreDatabase(backupPath: string, databasePath: string): Promise<void> {
  if (!existsSync(backupPath)) throw new BackupError(`There is no backup at ${backupPath}`);
  const integrity = integrityOf(backupPath);
  if (integrity !== 'ok') throw new BackupError(`The backup failed its check: ${integrity}`);
  refuseIfInUse(databasePath);
  mkdirSync(dirname(databasePath), { recursive: true });
  const staging = `${databasePath}.restoring`;
  rmSync(staging, { force: true });
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(staging, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    backup.close();
  }
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });
  rmSync(join(dirname(databasePath), `.${basename(databasePath)}-litestream`), {
    recursive: true,
    force: true,
  });
  renameSync(staging, databasePath);
}
