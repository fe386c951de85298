import { join } from 'node:path';
import { z } from 'zod';
import { readCsvFile } from '../csv.ts';
import { statement, type Db } from '../db.ts';
import { addOfflineEntry, OFFLINE_ENTRY_MAX } from './offline-supporters.ts';

const OfflineRowSchema = z.object({
  counted_on: z.iso.date(),
  count: z.coerce.number().int().min(1).max(OFFLINE_ENTRY_MAX),
  source: z.string().trim().min(3).max(300),
  source_url: z.url({ protocol: /^https$/ }).or(z.literal('').transform(() => null)),
  gss_code: z
    .string()
    .regex(/^[EW]\d{8}$/)
    .or(z.literal('').transform(() => null)),
  note: z
    .string()
    .trim()
    .transform((note) => note || null),
});

/**
 * Loads the supporters the charity published before this site (db/seed/offline-supporters.csv)
 * as offline entries, with the counters. An entry is known by its day and source: one already
 * there is not added again, even after a campaigner has corrected it, since entries are never
 * deleted. Returns how many were added.
 */
export function seedOfflineSupporters(db: Db, seedDir: string, now = new Date()): number {
  const rows = readCsvFile(join(seedDir, 'offline-supporters.csv'), OfflineRowSchema);
  const recorded = statement(
    db,
    'SELECT 1 FROM offline_supporters WHERE counted_on = ? AND source = ?',
  ).pluck();
  const councilId = statement(db, 'SELECT id FROM councils WHERE gss_code = ?').pluck();
  return db.transaction(() => {
    let added = 0;
    for (const row of rows) {
      if (recorded.get(row.counted_on, row.source) !== undefined) continue;
      const council = row.gss_code === null ? null : (councilId.get(row.gss_code) as number);
      if (council === undefined)
        throw new Error(`Offline supporters for unknown council ${row.gss_code}`);
      addOfflineEntry(
        db,
        {
          countedOn: row.counted_on,
          count: row.count,
          source: row.source,
          sourceUrl: row.source_url,
          councilId: council,
          note: row.note,
          corrects: null,
        },
        null,
        now,
      );
      added += 1;
    }
    return added;
  })();
}
