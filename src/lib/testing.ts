import { openDatabase, type Db } from './db.ts';
import { seedDatabase } from './seed.ts';

/** For tests: a private in-memory database with every migration applied and the seed loaded. */
export function openSeededDatabase(): Db {
  const db = openDatabase(':memory:');
  seedDatabase(db);
  return db;
}
