import { cachedFor } from '../cache.ts';
import { getDb } from '../db.ts';
import {
  councilPagesBase,
  lastUpdated,
  openDataCsv,
  openDataDocument,
  toOpenData,
} from './open-data.ts';
import { progressByCouncil } from '../signing/assessment.ts';
import { listCouncils } from '../councils/queries.ts';

/** Open data may be this old; its Cache-Control already lets clients keep it for a minute. */
const OPEN_DATA_TTL_MS = 5_000;

type Format = 'json' | 'csv';

function build(format: Format, site: URL): string {
  const db = getDb();
  const base = councilPagesBase(site);
  const progress = progressByCouncil(db);
  const councils = listCouncils(db).map((council) =>
    toOpenData(council, base, progress.get(council.id)),
  );
  return format === 'json'
    ? JSON.stringify(openDataDocument(councils, lastUpdated(db)), null, 2)
    : openDataCsv(councils);
}

const readers = new Map<string, () => string>();

/**
 * The councils file as JSON or CSV, built at most once every 5 seconds however many people
 * download it. `site` is the site's public address, for the links to council pages.
 */
export function councilsFile(format: Format, site: URL): string {
  const key = `${format} ${site.href}`;
  let read = readers.get(key);
  if (!read) readers.set(key, (read = cachedFor(OPEN_DATA_TTL_MS, () => build(format, site))));
  return read();
}
