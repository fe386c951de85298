import { closeDb, getDb } from '../src/lib/db.ts';
import { seedDatabase } from '../src/lib/site/seed.ts';
import { fail } from './fail.ts';

try {
  const { councils, targetsAdded, offlineEntriesAdded } = seedDatabase(getDb());
  console.log(
    `Seeded ${councils.councils} councils; ${councils.statusEventsAdded} new status events; ` +
      `${targetsAdded} unchecked targets for councils that had none; ` +
      `${offlineEntriesAdded} new entries of supporters recorded offline.`,
  );
  closeDb();
} catch (error) {
  fail(error);
}
