import { z } from 'zod';
import { COUNCIL_DATA_CREDIT } from '../../config.ts';
import { formatCsv } from '../csv.ts';
import { DATE_PRECISIONS } from '../format.ts';
import { statement, type Db } from '../db.ts';
import { COUNCIL_TYPES, NATIONS, type CouncilSummary } from '../councils/queries.ts';
import { CHARTER_STEPS, type CharterStep } from '../charter/steps.ts';
import type { CouncilProgress } from '../signing/assessment.ts';
import { REGIONS } from '../councils/regions.ts';
import { COUNCIL_STATUSES } from '../councils/status.ts';

const isoDay = z.iso.date();

/**
 * One council as published in open data. The JSON Schema at /data/councils.schema.json is made
 * from this, so the documentation cannot drift from what is served.
 */
export const OpenDataCouncilSchema = z.object({
  gss_code: z
    .string()
    .regex(/^[EW]\d{8}$/)
    .describe('ONS GSS code of the local authority'),
  slug: z.string().describe('Our identifier, used in page addresses'),
  official_name: z.string(),
  short_name: z.string(),
  welsh_name: z
    .string()
    .nullable()
    .describe('The council’s own Welsh name ("Cyngor Caerdydd"); null for councils in England'),
  welsh_short_name: z
    .string()
    .nullable()
    .describe('Its short Welsh name ("Caerdydd"); null for councils in England'),
  nation: z.enum(NATIONS),
  region: z.enum(REGIONS),
  type: z.enum(COUNCIL_TYPES),
  latitude: z.number().describe('Centroid, WGS84 degrees'),
  longitude: z.number().describe('Centroid, WGS84 degrees'),
  website_domain: z.string().nullable(),
  status: z.enum(COUNCIL_STATUSES).describe('Where the council stands on the charter'),
  status_since: isoDay
    .nullable()
    .describe(
      'When it reached that status, known only as precisely as status_since_precision says',
    ),
  status_since_precision: z
    .enum(DATE_PRECISIONS)
    .nullable()
    .describe(
      'How precisely status_since (and signed_on) is known: day, month, year, or by (only that it had happened by that date)',
    ),
  signed_on: isoDay
    .nullable()
    .describe('When it signed, if it is signed now (see status_since_precision)'),
  supporters: z
    .number()
    .int()
    .min(0)
    .describe(
      'Supporters in the council area: supporters_online and supporters_offline together. Supporters whose area we do not know (they gave no postcode, or were recorded offline for no one council) count in no council’s figure, only in the national total',
    ),
  supporters_online: z
    .number()
    .int()
    .min(0)
    .describe(
      'Supporters who joined on this site, confirmed by email, with a postcode in the area',
    ),
  supporters_offline: z
    .number()
    .int()
    .min(0)
    .describe(
      'Supporters who signed up offline (on paper, say) for this council, as recorded by the campaign team',
    ),
  letters: z.number().int().min(0).describe('Letters sent to its councillors'),
  checked_on: isoDay.nullable().describe('When a campaigner last checked this record'),
  url: z.url().describe("The council's page on this site"),
  welsh_url: z
    .url()
    .nullable()
    .describe("The council's page in Welsh on this site; null for councils in England"),
  assessed_on: isoDay
    .nullable()
    .describe('When the council last changed its self-assessment against the planning guide'),
  ...progressColumns(),
});

/**
 * Per step of the charter, how many of the planning guide's actions the council rates as in place
 * and in progress (null before its first self-assessment). Flat columns, so the CSV has them too.
 */
function progressColumns() {
  const count = (rating: string, step: CharterStep) =>
    z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe(`Planning-guide actions for the ${step} step the council rates as ${rating}`);
  return Object.fromEntries(
    CHARTER_STEPS.flatMap((step) => [
      [`${step}_in_place`, count('in place', step)],
      [`${step}_in_progress`, count('in progress', step)],
    ]),
  ) as Record<`${CharterStep}_in_place` | `${CharterStep}_in_progress`, ReturnType<typeof count>>;
}

export const OpenDataDocumentSchema = z.object({
  licence: z.string(),
  attribution: z.string(),
  last_updated: z.iso.datetime().describe('When any council in the file last changed'),
  count: z.number().int(),
  councils: z.array(OpenDataCouncilSchema),
});

export type OpenDataCouncil = z.infer<typeof OpenDataCouncilSchema>;

export const OPEN_DATA_LICENCE =
  'Creative Commons Attribution 4.0 (CC BY 4.0): credit "Make Runaways Safe", and for council ' +
  'names, codes and locations the attribution below.';

/** Where council pages live on this site, e.g. `https://example.org/councils/`. */
export const councilPagesBase = (site: URL): string => new URL('/councils/', site).href;

/** A council as open data; `pagesBase` comes from `councilPagesBase`, worked out once per file. */
export function toOpenData(
  council: CouncilSummary,
  pagesBase: string,
  progress: CouncilProgress | undefined,
): OpenDataCouncil {
  const steps = Object.fromEntries(
    CHARTER_STEPS.flatMap((step) => {
      const counts = progress?.steps.find((s) => s.step === step);
      return [
        [`${step}_in_place`, counts?.inPlace ?? null],
        [`${step}_in_progress`, counts?.inProgress ?? null],
      ];
    }),
  );
  return {
    gss_code: council.gssCode,
    slug: council.slug,
    official_name: council.officialName,
    short_name: council.shortName,
    welsh_name: council.welshName,
    welsh_short_name: council.welshShortName,
    nation: council.nation,
    region: council.region,
    type: council.type,
    latitude: council.latitude,
    longitude: council.longitude,
    website_domain: council.websiteDomain,
    status: council.status,
    status_since: council.statusSince,
    status_since_precision: council.statusPrecision,
    signed_on: council.status === 'signed' ? council.statusSince : null,
    supporters: council.supporters,
    supporters_online: council.supportersOnline,
    supporters_offline: council.supportersOffline,
    letters: council.letters,
    checked_on: council.checkedOn,
    url: pagesBase + council.slug,
    welsh_url: council.welshSlug
      ? new URL(`/cy/cynghorau/${council.welshSlug}`, pagesBase).href
      : null,
    assessed_on: progress ? progress.updatedAt.slice(0, 10) : null,
    ...steps,
    // The step columns are made from CHARTER_STEPS, so TypeScript sees them only as a record.
  } as OpenDataCouncil;
}

/**
 * When anything published about councils last changed: a council edited, a status recorded, a
 * self-assessment saved.
 */
export function lastUpdated(db: Db): string {
  const latest = statement(
    db,
    `SELECT max(t) FROM (
         SELECT max(updated_at) AS t FROM councils
         UNION ALL SELECT max(recorded_at) FROM council_status_events
         UNION ALL SELECT max(updated_at) FROM assessment_ratings)`,
  )
    .pluck()
    .get() as string;
  return new Date(latest).toISOString();
}

export function openDataDocument(councils: OpenDataCouncil[], updated: string) {
  return {
    licence: OPEN_DATA_LICENCE,
    attribution: COUNCIL_DATA_CREDIT,
    last_updated: updated,
    count: councils.length,
    councils,
  } satisfies z.infer<typeof OpenDataDocumentSchema>;
}

const CSV_COLUMNS = Object.keys(OpenDataCouncilSchema.shape) as (keyof OpenDataCouncil)[];

/** The same records as CSV: one header row, then one row per council. */
export function openDataCsv(councils: readonly OpenDataCouncil[]): string {
  return formatCsv([CSV_COLUMNS, ...councils.map((c) => CSV_COLUMNS.map((column) => c[column]))]);
}
