import { resolve } from 'node:path';
import { seedCouncils, type CouncilSeedResult } from './councils/seed.ts';
import type { Db } from './db.ts';

/** Seed data lives beside the migrations, read from the project root like them. */
export const SEED_DIR = resolve('db/seed');

export interface SeedResult {
  councils: CouncilSeedResult;
}

/** Loads every seed file. Idempotent: running it again changes nothing that is already there. */
export function seedDatabase(db: Db, seedDir: string = SEED_DIR): SeedResult {
  return { councils: seedCouncils(db, seedDir) };
}
