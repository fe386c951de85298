import { cachedFor } from '../cache.ts';
import { countCouncilsByStatus, type CouncilCounts } from '../councils/counts.ts';
import { listCouncils, type CouncilSummary } from '../councils/queries.ts';
import { listSignatories, type Signatory } from '../councils/signatories.ts';
import { getDb } from '../db.ts';
import { countSupporters, type SupporterCount } from '../pledges/counts.ts';
import { log } from '../log.ts';

/** How long the campaign's public numbers may be out of date; a few seconds nobody will notice. */
export const LIVE_NUMBERS_TTL_MS = 5_000;

const readCouncilCounts = cachedFor(LIVE_NUMBERS_TTL_MS, () => countCouncilsByStatus(getDb()));
const readSignatories = cachedFor(LIVE_NUMBERS_TTL_MS, () => listSignatories(getDb()));
const readCouncils = cachedFor(LIVE_NUMBERS_TTL_MS, () => listCouncils(getDb()));

/**
 * Runs a live read for a page; when the database cannot answer, the page still renders with its
 * fallback (undefined here), and the reason is logged for the operator.
 */
export function orFallback<T>(what: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    log.error({ what, error: (error as Error).message }, 'could not read live numbers');
    return undefined;
  }
}

export const liveCouncilCounts = (): CouncilCounts | undefined =>
  orFallback('council counts', readCouncilCounts);

export const liveSignatories = (): Signatory[] | undefined =>
  orFallback('signatory councils', readSignatories);

/** Every council and where it stands, for the home page's small map. */
export const liveCouncils = (): CouncilSummary[] | undefined =>
  orFallback('the council list', readCouncils);

/** Supporters, online and offline: one indexed read of the counters, so it is never cached. */
export const liveSupporters = (): SupporterCount | undefined =>
  orFallback('the supporter count', () => countSupporters(getDb()));
