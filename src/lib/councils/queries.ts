import { statement, type Db } from '../db.ts';
import type { DatePrecision } from '../format.ts';
import { councilHistory, currentSigning, type CouncilEvent, type Signing } from './history.ts';
import type { Region } from './regions.ts';
import { COUNCIL_SLUG } from './slug.ts';
import type { CouncilStatus } from './status.ts';

export const COUNCIL_TYPES = [
  'county',
  'unitary',
  'metropolitan borough',
  'London borough',
  'city corporation',
  'Welsh unitary',
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];
export const NATIONS = ['England', 'Wales'] as const;
export type Nation = (typeof NATIONS)[number];

/** Everything public about a council, as pages and open data show it. */
export interface CouncilSummary {
  id: number;
  gssCode: string;
  slug: string;
  officialName: string;
  shortName: string;
  /** A council in Wales's own Welsh names ("Cyngor Caerdydd", "Caerdydd") and the Welsh
   * address of its page (/cy/cynghorau/caerdydd); null for councils in England. */
  welshName: string | null;
  welshShortName: string | null;
  welshSlug: string | null;
  nation: Nation;
  region: Region;
  type: CouncilType;
  latitude: number;
  longitude: number;
  websiteDomain: string | null;
  status: CouncilStatus;
  /** When the council reached its current status; null when nothing has been recorded. */
  statusSince: string | null;
  /** How precisely `statusSince` is known. */
  statusPrecision: DatePrecision | null;
  /** Supporters in the area: joined here with a postcode in it, or recorded offline for it. */
  supporters: number;
  supportersOnline: number;
  supportersOffline: number;
  letters: number;
  checkedOn: string | null;
  updatedAt: string;
}

const SUMMARY_COLUMNS = `
  c.id, c.gss_code AS gssCode, c.slug, c.official_name AS officialName, c.short_name AS shortName,
  c.welsh_name AS welshName, c.welsh_short_name AS welshShortName, c.welsh_slug AS welshSlug,
  c.nation, c.region, c.type, c.latitude, c.longitude, c.website_domain AS websiteDomain,
  s.status, s.status_since AS statusSince, s.status_precision AS statusPrecision,
  sup.supporters, sup.supporters_online AS supportersOnline,
  sup.supporters_offline AS supportersOffline, sup.letters,
  c.checked_on AS checkedOn, c.updated_at AS updatedAt`;
const SUMMARY_FROM = `
  FROM councils AS c
  JOIN council_status AS s ON s.council_id = c.id
  JOIN council_support AS sup ON sup.council_id = c.id`;

/** All 175 councils, by short name. */
export function listCouncils(db: Db): CouncilSummary[] {
  return statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ORDER BY c.short_name`,
  ).all() as CouncilSummary[];
}

export interface CouncilDetail extends CouncilSummary {
  /** The council's status history, oldest first. */
  history: CouncilEvent[];
  /** The signing it stands by, when it is signed now. */
  signing: Signing | undefined;
}

/**
 * One council with its history, or undefined when no council has that slug (its English one, or
 * with `welsh_slug` the Welsh one of /cy/cynghorau/caerdydd). Anything that is
 * not shaped like a slug (a query string may hold anything) is turned away before the query.
 */
export function findCouncil(
  db: Db,
  slug: string | null | undefined,
  by: 'slug' | 'welsh_slug' = 'slug',
): CouncilDetail | undefined {
  if (!slug || !COUNCIL_SLUG.test(slug)) return undefined;
  const council = statement(db, `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.${by} = ?`).get(
    slug,
  ) as Omit<CouncilDetail, 'history' | 'signing'> | undefined;
  if (!council) return undefined;
  const history = councilHistory(db, council.id);
  return { ...council, history, signing: currentSigning(history) };
}

/** The councils nearest a council on the ground, nearest first. */
export function nearestCouncils(
  council: Pick<CouncilSummary, 'slug' | 'latitude' | 'longitude'>,
  all: readonly CouncilSummary[],
  count = 6,
): CouncilSummary[] {
  const km = (other: CouncilSummary) =>
    Math.hypot(
      (other.longitude - council.longitude) * 111 * Math.cos((council.latitude * Math.PI) / 180),
      (other.latitude - council.latitude) * 111,
    );
  return all
    .filter((other) => other.slug !== council.slug)
    .map((other) => ({ other, distance: km(other) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ other }) => other);
}
