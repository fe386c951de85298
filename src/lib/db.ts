import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readEnv } from './env.ts';

/**
 * The one place that opens the site's database for use. Everything else asks `getDb()` for the
 * shared connection; only backups (src/lib/backup.ts) open a file of their own, read-only, to copy it.
 *
 * better-sqlite3 is synchronous and the site is one process, so one connection serves every
 * request: no pool, no lock juggling, and each statement finishes before the next request runs.
 */
export type Db = Database.Database;

/** Raised when the database cannot be opened or migrated; the message is one line for operators. */
export class DatabaseUnavailableError extends Error {}

/** Migrations and seed files are read from the project root, where npm runs every script. */
export const MIGRATIONS_DIR = resolve('db/migrations');

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files in version order; a gap or duplicate number is a bug in the tree. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match) throw new Error(`Migration file ${file} is not named NNNN_name.sql`);
      return {
        version: Number(match[1]),
        name: match[2]!,
        sql: readFileSync(join(dir, file), 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migrations must be numbered 0001, 0002, … without gaps; found ${migration.version}`,
      );
    }
  });
  return migrations;
}

/**
 * Applies every migration not yet recorded, all in one immediate transaction, so a failure
 * leaves the schema as it was and two processes starting at once cannot both apply one.
 * Returns the names of the migrations it applied (none when the schema is current).
 */
export function migrate(db: Db, migrations: Migration[] = readMigrations()): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT`);
  const apply = db.transaction(() => {
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .pluck()
        .all()
        .map((version) => Number(version)),
    );
    const newest = Math.max(0, ...applied);
    if (newest > migrations.length) {
      throw new DatabaseUnavailableError(
        `The database has migration ${newest} but this code only knows ${migrations.length}; run a newer release`,
      );
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
    }
    return pending.map(
      (migration) => `${String(migration.version).padStart(4, '0')}_${migration.name}`,
    );
  });
  return apply.immediate();
}

const FILESYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'a parent directory does not exist and cannot be created',
  ENOTDIR: 'part of the path is a file, not a directory',
  // A recursive mkdir reports a file standing where a directory should be as EEXIST.
  EEXIST: 'part of the path is a file, not a directory',
  SQLITE_CANTOPEN: 'the file cannot be opened or created there',
  SQLITE_READONLY: 'the file or its directory is read-only',
  SQLITE_NOTADB: 'the file is not a SQLite database',
  SQLITE_CORRUPT: 'the database file is damaged',
};

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && FILESYSTEM_REASONS[code]) return FILESYSTEM_REASONS[code];
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * Opens (creating if needed) and migrates the database at `path`. `:memory:` gives a private
 * database for tests.
 *
 * `synchronous = FULL` makes every commit reach the disk before we tell anyone it is saved: a
 * supporter's pledge must survive a power cut, not only a crashed process.
 *
 * These pragmas suit Litestream (src/lib/replication), checked against its tips page and the v0.3.13
 * source: it needs WAL (set here; it would set it itself); it takes short write locks when it
 * checkpoints, which `busy_timeout = 5000` waits for (the value its tips recommend); FULL costs
 * it nothing. Nothing in the site runs `wal_checkpoint` or `VACUUM`, and the backup command
 * (src/lib/backup.ts) only reads. The one checkpointing writer besides Litestream is SQLite's own
 * auto-checkpoint (1000 pages, passive); while Litestream runs, the replication supervisor turns
 * it off on this connection (`wal_autocheckpoint = 0`, as the tips advise for busy sites) and
 * back on if Litestream stops, so the WAL never grows unchecked. Closing the database on
 * shutdown does not checkpoint while Litestream still has it open, and Litestream is stopped only
 * after that close, so its last upload carries the last write.
 *
 * `cache_size` 2 MB and `mmap_size` 0, SQLite's defaults, set here because they were chosen:
 * measured with `npx node scripts/bench/pragmas.ts` at 1,000,000 supporters (a 460 MB file),
 * twice, on a 2-core machine shared with other work, against 16 and 64 MiB of cache and 256 MiB
 * and 1 GiB mapped. No setting was faster beyond the noise between the two runs: a pledge's write
 * p50 0.4–0.6 ms, the council list with a council page p50 0.4–0.8 ms, an export-like scan of
 * 400,000 rows 1.1–1.4 s, in every column; the operating system's page cache already holds the
 * file. Memory was not noise: resident 134 MiB after the scan with the defaults, 157 with 16 MiB
 * of cache, 213 with 64, and 409–412 with 256 MiB mapped (every page a scan touches is mapped
 * into this process), 579 with 1 GiB, against the 200 MB an export may add.
 */
export function openDatabase(path: string, migrations?: Migration[]): Db {
  const inMemory = path === ':memory:';
  const where = inMemory ? path : resolve(path);
  let db: Db | undefined;
  try {
    if (!inMemory) mkdirSync(dirname(where), { recursive: true });
    db = new Database(where);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -2000');
    db.pragma('mmap_size = 0');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof DatabaseUnavailableError) throw error;
    throw new DatabaseUnavailableError(`Cannot open the database at ${where}: ${describe(error)}`, {
      cause: error,
    });
  }
}

/*
 * The shared connection lives on globalThis because the start script and the built server are two
 * copies of this module in one process (one plain, one bundled by Vite); both must use one handle.
 */
const SHARED = Symbol.for('make-runaways-safe.db');
type WithSharedDb = typeof globalThis & { [SHARED]?: Db };

/** The process-wide connection, opened on first use from `DATABASE_PATH`. */
export function getDb(): Db {
  const holder = globalThis as WithSharedDb;
  holder[SHARED] ??= openDatabase(readEnv().DATABASE_PATH);
  return holder[SHARED];
}

/** Closes the shared connection (graceful shutdown, tests). Safe to call twice. */
export function closeDb(): void {
  const holder = globalThis as WithSharedDb;
  holder[SHARED]?.close();
  delete holder[SHARED];
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for this SQL on this connection, prepared once and reused. Hot reads call
 * this on every request; preparing each time cost about a tenth of a council page's time.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
