import { join } from 'node:path';
import { z } from 'zod';
import { readCsvFile } from '../csv.ts';
import { DATE_PRECISIONS } from '../format.ts';
import type { Db } from '../db.ts';
import { COUNCIL_TYPES, NATIONS } from './queries.ts';
import { WebsiteDomainSchema } from './record.ts';
import { REGIONS } from './regions.ts';

const CouncilRowSchema = z.object({
  gss_code: z.string().regex(/^[EW]\d{8}$/, 'GSS code must be E or W and eight digits'),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lower-case words and hyphens'),
  official_name: z.string().trim().min(1),
  short_name: z.string().trim().min(1),
  nation: z.enum(NATIONS),
  region: z.enum(REGIONS),
  type: z.enum(COUNCIL_TYPES),
  latitude: z.coerce.number().min(49.8).max(60.9),
  longitude: z.coerce.number().min(-8.7).max(1.8),
  website_domain: WebsiteDomainSchema.or(z.literal('').transform(() => null)),
});

const WelshNamesRowSchema = z.object({
  gss_code: z.string().regex(/^W\d{8}$/, 'Welsh names are for councils in Wales (W codes)'),
  welsh_slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lower-case words and hyphens'),
  welsh_short_name: z.string().trim().min(2),
  welsh_name: z.string().trim().min(2),
});

const StatusEventRowSchema = z.object({
  gss_code: z.string().regex(/^[EW]\d{8}$/),
  status: z.enum(['pledged', 'signed']),
  occurred_on: z.iso.date(),
  precision: z.enum(DATE_PRECISIONS),
  source: z.string().trim().min(1),
  note: z
    .string()
    .trim()
    .transform((note) => note || null),
});

export interface CouncilSeedResult {
  councils: number;
  statusEventsAdded: number;
}

/**
 * Loads the councils and their known history from `db/seed/`. Safe to run on every start:
 * reference fields (names, region, type, centroid) follow the dataset, a campaigner's edit of the
 * website domain is kept, and a status event already recorded (the same kind from the same
 * source) is not added again.
 */
/**
 * The day the seed dataset was compiled and checked against its sources (see db/seed/README.md).
 * Councils whose record a campaigner has never checked since show this date.
 */
export const SEED_CHECKED_ON = '2026-11-24';

export function seedCouncils(db: Db, seedDir: string): CouncilSeedResult {
  const councils = readCsvFile(join(seedDir, 'councils.csv'), CouncilRowSchema);
  const events = readCsvFile(join(seedDir, 'council-status-events.csv'), StatusEventRowSchema);
  const welshNames = readCsvFile(join(seedDir, 'welsh-council-names.csv'), WelshNamesRowSchema);
  const inWales = councils.filter((council) => council.nation === 'Wales').map((c) => c.gss_code);
  const named = new Set(welshNames.map((row) => row.gss_code));
  const unnamed = inWales.filter((code) => !named.delete(code));
  if (unnamed.length > 0 || named.size > 0) {
    throw new Error(
      `welsh-council-names.csv must name each council in Wales once: missing ${unnamed.join(', ') || 'none'}, not in Wales ${[...named].join(', ') || 'none'}`,
    );
  }

  const upsertCouncil = db.prepare(`
    INSERT INTO councils (gss_code, slug, official_name, short_name, nation, region, type,
                          latitude, longitude, website_domain)
    VALUES (@gss_code, @slug, @official_name, @short_name, @nation, @region, @type,
            @latitude, @longitude, @website_domain)
    ON CONFLICT (gss_code) DO UPDATE SET
      slug = excluded.slug, official_name = excluded.official_name,
      short_name = excluded.short_name, nation = excluded.nation, region = excluded.region,
      type = excluded.type, latitude = excluded.latitude, longitude = excluded.longitude,
      website_domain = COALESCE(councils.website_domain, excluded.website_domain),
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE councils.slug IS NOT excluded.slug OR councils.official_name IS NOT excluded.official_name
      OR councils.short_name IS NOT excluded.short_name OR councils.nation IS NOT excluded.nation
      OR councils.region IS NOT excluded.region OR councils.type IS NOT excluded.type
      OR councils.latitude IS NOT excluded.latitude OR councils.longitude IS NOT excluded.longitude
      OR (councils.website_domain IS NULL AND excluded.website_domain IS NOT NULL)`);
  const setWelshNames = db.prepare(`
    UPDATE councils SET welsh_slug = @welsh_slug, welsh_short_name = @welsh_short_name,
      welsh_name = @welsh_name, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE gss_code = @gss_code AND (welsh_slug IS NOT @welsh_slug
      OR welsh_short_name IS NOT @welsh_short_name OR welsh_name IS NOT @welsh_name)`);
  const markUnchecked = db.prepare('UPDATE councils SET checked_on = ? WHERE checked_on IS NULL');
  const councilId = db.prepare('SELECT id FROM councils WHERE gss_code = ?').pluck();
  const hasEvent = db
    .prepare('SELECT 1 FROM council_status_events WHERE council_id = ? AND kind = ? AND source = ?')
    .pluck();
  const addEvent = db.prepare(`
    INSERT INTO council_status_events (council_id, kind, status, occurred_on, precision, source, note)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);

  return db.transaction((): CouncilSeedResult => {
    for (const council of councils) upsertCouncil.run(council);
    for (const names of welshNames) setWelshNames.run(names);
    markUnchecked.run(SEED_CHECKED_ON);
    let statusEventsAdded = 0;
    for (const event of events) {
      const id = councilId.get(event.gss_code);
      if (id === undefined) throw new Error(`Status event for unknown council ${event.gss_code}`);
      // Added once: a campaigner's later record (a withdrawal, a correction) is never undone.
      if (hasEvent.get(id, event.status, event.source) !== undefined) continue;
      addEvent.run(
        id,
        event.status,
        event.status,
        event.occurred_on,
        event.precision,
        event.source,
        event.note,
      );
      statusEventsAdded += 1;
    }
    return { councils: councils.length, statusEventsAdded };
  })();
}
