import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';

/** Reads or changes the test server's database directly, for what no page shows. */
export function withDatabase<T>(
  use: (db: Database.Database) => T,
  databasePath = process.env.E2E_DATABASE_PATH!,
): T {
  const db = new Database(databasePath);
  try {
    db.pragma('busy_timeout = 5000');
    return use(db);
  } finally {
    db.close();
  }
}

/** The one value a query selects (a count, most often), from the test server's database. */
export function readValue<T = number>(sql: string, ...params: (string | number)[]): T {
  return withDatabase(
    (db) =>
      db
        .prepare(sql)
        .pluck()
        .get(...params) as T,
  );
}

/** The one column a query selects, from every row it finds. */
export function readColumn<T = string>(sql: string, ...params: (string | number)[]): T[] {
  return withDatabase(
    (db) =>
      db
        .prepare(sql)
        .pluck()
        .all(...params) as T[],
  );
}

/** Runs one of the operators' scripts (`scripts/<name>.ts`) against the test server's database. */
export function runScript(name: string, ...args: string[]): string {
  return runScriptOn(process.env.E2E_DATABASE_PATH!, name, ...args);
}

/** The same, against the database of a server a test started for itself. */
export function runScriptOn(databasePath: string, name: string, ...args: string[]): string {
  return execFileSync(process.execPath, [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  });
}
