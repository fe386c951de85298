import { mkdirSync, mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, migrate, openDatabase, readMigrations, type Db } from './db.ts';

const opened: Db[] = [];
function track(db: Db): Db {
  opened.push(db);
  return db;
}
afterEach(() => opened.splice(0).forEach((db) => db.open && db.close()));

const scratch = () => mkdtempSync(join(tmpdir(), 'mrs-db-'));

describe('migrations', () => {
  it('records each migration once, however often they run', () => {
    const db = track(openDatabase(':memory:'));
    const recorded = () => db.prepare('SELECT version, name FROM schema_migrations').all();
    const before = recorded();
    expect(before.length).toBe(readMigrations().length);
    expect(migrate(db)).toEqual([]);
    expect(migrate(db)).toEqual([]);
    expect(recorded()).toEqual(before);
  });

  it('survives reopening a file database without applying anything again', () => {
    const path = join(scratch(), 'campaign.db');
    openDatabase(path).close();
    const db = track(openDatabase(path));
    expect(migrate(db)).toEqual([]);
  });

  it('applies nothing when one migration in a batch fails', () => {
    const db = track(openDatabase(':memory:', []));
    const broken = [
      { version: 1, name: 'good', sql: 'CREATE TABLE good (id INTEGER PRIMARY KEY)' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE broken (' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 'good'").all();
    expect(tables).toEqual([]);
  });

  it('refuses a database made by newer code', () => {
    const db = track(openDatabase(':memory:'));
    expect(() => migrate(db, [])).toThrow(/run a newer release/);
  });

  it('refuses migration files with a gap in their numbers', () => {
    const dir = scratch();
    writeFileSync(join(dir, '0001_first.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '0003_third.sql'), 'SELECT 1;');
    expect(() => readMigrations(dir)).toThrow(/without gaps/);
  });

  it('refuses a migration file that is not named NNNN_name.sql', () => {
    const dir = scratch();
    writeFileSync(join(dir, '1_first.sql'), 'SELECT 1;');
    expect(() => readMigrations(dir)).toThrow(/not named NNNN_name.sql/);
  });
});

describe('openDatabase', () => {
  it('creates the directory and turns on WAL, foreign keys and a busy timeout', () => {
    const path = join(scratch(), 'nested', 'deeper', 'campaign.db');
    const db = track(openDatabase(path));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  it.each([
    [
      'a directory that cannot be created because a file is in the way',
      (dir: string) => {
        writeFileSync(join(dir, 'file'), '');
        return join(dir, 'file', 'campaign.db');
      },
      /part of the path is a file/,
    ],
    [
      'a path that is a directory',
      (dir: string) => {
        mkdirSync(join(dir, 'campaign.db'));
        return join(dir, 'campaign.db');
      },
      /cannot be opened or created there/,
    ],
    [
      'a file that is not a database',
      (dir: string) => {
        writeFileSync(join(dir, 'campaign.db'), 'x'.repeat(4096));
        return join(dir, 'campaign.db');
      },
      /not a SQLite database/,
    ],
  ])('explains %s in one line', (_case, makePath, reason) => {
    const path = makePath(scratch());
    const error = (() => {
      try {
        openDatabase(path);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const message = (error as Error).message;
    expect(message).toMatch(reason);
    expect(message).toContain(path);
    expect(message).not.toContain('\n');
  });

  // Root ignores file permissions, so this can only be seen as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('explains a read-only directory in one line', () => {
    const dir = scratch();
    chmodSync(dir, 0o555);
    expect(() => openDatabase(join(dir, 'campaign.db'))).toThrow(
      /Cannot open the database at .*: (permission denied|the file cannot be opened)/,
    );
  });
});
