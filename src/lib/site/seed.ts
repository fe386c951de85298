import { resolve } from 'node:path';
import { seedCouncils, type CouncilSeedResult } from '../councils/seed.ts';
import type { Db } from '../db.ts';
import { seedTargets } from '../lobby/seed-targets.ts';
import { seedOfflineSupporters } from '../pledges/seed-offline-supporters.ts';

/** Seed data lives beside the migrations, read from the project root like them. */
export const SEED_DIR = resolve('db/seed');

export interface SeedResult {
  councils: CouncilSeedResult;
  /** Unchecked targets (on a reserved domain) added for councils that had none. */
  targetsAdded: number;
  /** Published figures of supporters from before this site, added as offline entries. */
  offlineEntriesAdded: number;
}

/** Loads every seed file. Idempotent: running it again changes nothing that is already there. */
export function seedDatabase(db: Db, seedDir: string = SEED_DIR): SeedResult {
  const councils = seedCouncils(db, seedDir);
  return {
    councils,
    targetsAdded: seedTargets(db, seedDir),
    offlineEntriesAdded: seedOfflineSupporters(db, seedDir),
  };
}
