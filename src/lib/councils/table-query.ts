import { z } from 'zod';
import { COUNCIL_TYPES, NATIONS, type CouncilSummary } from './queries.ts';
import { MAP_LAYERS } from './map-layers.ts';
import { REGIONS } from './regions.ts';
import { COUNCIL_STATUSES } from './status.ts';
import { messages } from '../i18n/catalogue.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locales.ts';
import { councilName } from './names.ts';

export const TABLE_SORTS = ['name', 'region', 'type', 'status', 'signed'] as const;
export type TableSort = (typeof TABLE_SORTS)[number];

/** The longest council name anyone searches for, here and in every box that finds a council. */
export const COUNCIL_SEARCH_MAX = 80;

/**
 * The councils table's filters, sort and search, all in the query string so the table works as
 * plain links and a GET form. An empty value means "any".
 */
export const TableQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(COUNCIL_SEARCH_MAX, messages('en').councils.table.searchTooLong(COUNCIL_SEARCH_MAX))
    .default(''),
  nation: z.enum(NATIONS).optional(),
  region: z.enum(REGIONS).optional(),
  type: z.enum(COUNCIL_TYPES).optional(),
  status: z.enum(COUNCIL_STATUSES).optional(),
  sort: z.enum(TABLE_SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  /** What the map beside the table shows; kept here so sorting and filtering keep it. */
  layer: z.enum(MAP_LAYERS).default('status'),
});

export type TableQuery = z.infer<typeof TableQuerySchema>;

/**
 * Reads the table's query string. A value that is not one of the choices (an old link, a typing
 * slip) is ignored and named in `problems`, so the page can say so instead of failing.
 */
export function parseTableQuery(
  params: URLSearchParams,
  locale: Locale = 'en',
): {
  query: TableQuery;
  problems: string[];
} {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(TableQuerySchema.shape)) {
    const value = params.get(name)?.trim();
    if (value) raw[name] = value;
  }
  const problems: string[] = [];
  const words = messages(locale).councils.table;
  for (const [name, field] of Object.entries(TableQuerySchema.shape)) {
    if (raw[name] === undefined) continue;
    const parsed = field.safeParse(raw[name]);
    if (!parsed.success) {
      problems.push(
        name === 'q'
          ? words.searchTooLong(COUNCIL_SEARCH_MAX)
          : name === 'layer'
            ? words.unknownLayer(raw[name])
            : words.unknownChoice(raw[name], name),
      );
      delete raw[name];
    }
  }
  return { query: TableQuerySchema.parse(raw), problems };
}

/** Folds case and accents, and treats "&" and "and" alike, so "st helens" finds "St. Helens". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every name a council goes by, English and Welsh: "Caerdydd" finds Cardiff. */
const namesOf = (c: CouncilSummary) =>
  [c.shortName, c.officialName, c.welshShortName ?? '', c.welshName ?? ''].filter(Boolean);

/**
 * Councils a person may mean by a name: the one whose name it is exactly, or else every council
 * whose name contains it. "Kent" is Kent, not Kent and Medway's neighbours.
 */
export function councilsNamed(councils: readonly CouncilSummary[], text: string): CouncilSummary[] {
  const needle = fold(text.replace(/\bcouncil\b/gi, ''));
  if (!needle) return [];
  const exact = councils.filter((c) => namesOf(c).some((name) => fold(name) === needle));
  return exact.length > 0
    ? exact
    : councils.filter((c) => fold(namesOf(c).join(' ')).includes(needle));
}

const STATUS_ORDER = Object.fromEntries(COUNCIL_STATUSES.map((s, i) => [s, i]));

/** The councils the query asks for, in its order; ties fall back to name. */
export function applyTableQuery(
  councils: readonly CouncilSummary[],
  query: TableQuery,
  locale: Locale = 'en',
): CouncilSummary[] {
  const needle = fold(query.q);
  const rows = councils.filter(
    (c) =>
      (!query.nation || c.nation === query.nation) &&
      (!query.region || c.region === query.region) &&
      (!query.type || c.type === query.type) &&
      (!query.status || c.status === query.status) &&
      (!needle || fold(namesOf(c).join(' ')).includes(needle)),
  );
  // By the names the reader sees: on a Welsh page, Caerdydd sits among the Cs.
  const byName = (a: CouncilSummary, b: CouncilSummary) =>
    councilName(a, locale).localeCompare(councilName(b, locale), LANGUAGE_TAG[locale]);
  const compare: Record<TableSort, (a: CouncilSummary, b: CouncilSummary) => number> = {
    name: byName,
    region: (a, b) => a.region.localeCompare(b.region, 'en-GB'),
    type: (a, b) => a.type.localeCompare(b.type, 'en-GB'),
    status: (a, b) => STATUS_ORDER[b.status]! - STATUS_ORDER[a.status]!,
    // Councils that have not signed have no date and go last either way.
    signed: (a, b) =>
      (a.status === 'signed' ? 0 : 1) - (b.status === 'signed' ? 0 : 1) ||
      (a.statusSince ?? '').localeCompare(b.statusSince ?? ''),
  };
  const sign = query.dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * compare[query.sort](a, b) || byName(a, b));
}

/** The query string for a query, leaving out what is already the default. */
export function tableQueryString(query: Partial<TableQuery>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    const isDefault =
      (name === 'sort' && value === 'name') ||
      (name === 'dir' && value === 'asc') ||
      (name === 'layer' && value === 'status');
    if (isDefault) continue;
    params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
