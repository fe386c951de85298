import { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { readAll, readOne } from '../readers/reader.ts';
import { anonymiseSupporter } from './anonymise.ts';
import { parseNetwork } from '../http/network.ts';
import { COUNTED_PLEDGE, uncountConfirmed } from './counts.ts';
import { inChunks } from '../chunks.ts';
import { deletePledgeEmails } from './retention.ts';
import { recordAudit } from '../audit/audit.ts';

const optional = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A moment typed in a date-and-time box (UTC), as an ISO timestamp. */
const Moment = z.preprocess(
  optional,
  z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/, 'Give a date and time, like 2026-11-25T20:15')
    .transform((value) => `${value}:00.000Z`)
    .optional(),
);

/**
 * Which pledges look fake: by the network they came from, their email domain, their postcode (or
 * its district) and when they were made. Every filter given must match; at least one is needed.
 */
export const InvalidationFilterFields = z.object({
  network: z.preprocess(
    optional,
    z
      .string()
      .transform((value, ctx) => {
        const network = parseNetwork(value);
        if (!network) {
          ctx.addIssue({
            code: 'custom',
            message: 'Give one address, or a network like 203.0.113.0/24 or 2001:db8:1::/48',
          });
          return z.NEVER;
        }
        return network;
      })
      .optional(),
  ),
  domain: z.preprocess(
    (value) => optional(value)?.replace(/^@/, '').toLowerCase(),
    z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'Give a domain, like example.com')
      .optional(),
  ),
  postcode: z.preprocess(
    (value) => optional(value)?.toUpperCase().replace(/\s+/g, ''),
    z
      .string()
      .regex(/^[A-Z0-9]{2,7}$/, 'Give a postcode, like CT1 1AA, or a district, like CT1')
      .optional(),
  ),
  from: Moment,
  to: Moment,
});

/** True unless the filter would pick every pledge; refine both schemas with it. */
export const hasAFilter = (f: {
  [K in 'network' | 'domain' | 'postcode' | 'from' | 'to']?: string;
}) => Boolean(f.network || f.domain || f.postcode || f.from || f.to);
export const NO_FILTER = {
  path: ['network'],
  message: 'Give at least one of: a network, an email domain, a postcode, a time',
};

export const InvalidationFilterSchema = InvalidationFilterFields.refine(hasAFilter, NO_FILTER);
export type InvalidationFilter = z.infer<typeof InvalidationFilterSchema>;

type FilterName = 'network' | 'domain' | 'postcode' | 'from' | 'to';

/** Each filter's condition on a supporter row `s`, with its value as the one parameter. */
const CONDITIONS: Record<FilterName, (value: string) => string> = {
  network: () => 's.source_network = ?',
  domain: () => "s.email_key LIKE '%@' || ?",
  // A whole postcode, or every postcode in a district (CT1 1AA is in CT1, not CT11).
  postcode: (postcode) =>
    postcode.length >= 5 ? "replace(s.postcode, ' ', '') = ?" : "s.postcode LIKE ? || ' %'",
  from: () => 's.created_at >= ?',
  to: () => 's.created_at < ?',
};
const FILTER_NAMES = Object.keys(CONDITIONS) as FilterName[];

/** The SQL that picks the filter's pledges (not those already erased or invalidated). */
function matching(filter: InvalidationFilter): { where: string; params: string[] } {
  const where = ['s.erased_at IS NULL', 's.invalidated_at IS NULL'];
  const params: string[] = [];
  for (const name of FILTER_NAMES) {
    const value = filter[name];
    if (!value) continue;
    where.push(CONDITIONS[name](value));
    params.push(value);
  }
  return { where: where.join(' AND '), params };
}

export interface MatchCount {
  total: number;
  confirmed: number;
}

function matchCountQuery(filter: InvalidationFilter) {
  const { where, params } = matching(filter);
  return {
    sql: `SELECT count(*) AS total, count(*) FILTER (WHERE ${COUNTED_PLEDGE}) AS confirmed
          FROM supporters AS s WHERE ${where}`,
    params,
  };
}

/** How many pledges the filter picks, and how many of those are counted in the public totals. */
export function countMatching(db: Db, filter: InvalidationFilter): MatchCount {
  const { sql, params } = matchCountQuery(filter);
  return statement(db, sql).get(...params) as MatchCount;
}

/**
 * The same count for the campaigner's preview, on a reader thread: at a million supporters it
 * scans them all (about 200 ms, measured), which the request thread must not spend.
 */
export async function previewMatching(db: Db, filter: InvalidationFilter): Promise<MatchCount> {
  const { sql, params } = matchCountQuery(filter);
  return (await readOne<MatchCount>(db, sql, params))!;
}

export type InvalidationOutcome =
  { kind: 'invalidated'; count: number } | { kind: 'changed'; count: MatchCount };

/**
 * Invalidates the filter's pledges, if there are still exactly as many as the campaigner was
 * shown: their personal details are removed as on erasure, and every email about them, sent or
 * waiting; they stop counting. Only pledges that existed when they were counted are touched (a
 * flood still arriving is not swept up unseen).
 *
 * In chunks of bounded time (inChunks), so pledges and pages are answered while 100,000 fakes go:
 * each chunk takes its pledges out of the public counters in its own transaction, so the figures
 * are right after every chunk. The audit record is written first, with the count decided on; the
 * rows record the rest (invalidated_at). A job stopped half way (a crash, a deploy) leaves the
 * rest matching the filter and counted, as before: the preview shows how many remain, and the
 * campaigner invalidates those.
 */
export async function invalidatePledges(
  db: Db,
  filter: InvalidationFilter,
  expected: number,
  userId: number,
  now: Date,
): Promise<InvalidationOutcome> {
  const started = db
    .transaction(() => {
      const count = countMatching(db, filter);
      if (count.total !== expected) return { kind: 'changed', count } as const;
      const upTo = statement(db, 'SELECT coalesce(max(id), 0) FROM supporters').pluck().get();
      recordAudit(
        db,
        userId,
        'pledges.invalidate',
        {
          count: count.total,
          confirmed: count.confirmed,
          ...Object.fromEntries(FILTER_NAMES.map((name) => [name, filter[name] ?? null])),
        },
        now,
      );
      return { kind: 'started', upTo: upTo as number } as const;
    })
    .immediate();
  if (started.kind === 'changed') return started;
  // Each chunk goes on from the last pledge the one before it invalidated, so none scans again
  // the rows already done.
  let after = 0;
  const invalidate = db.transaction((limit: number) => {
    const done = invalidateChunk(db, filter, { after, upTo: started.upTo }, limit, now);
    after = done.at(-1) ?? after;
    return done.length;
  });
  const count = await inChunks((limit) => invalidate.immediate(limit));
  return { kind: 'invalidated', count };
}

/**
 * Invalidates up to `limit` of the filter's pledges with ids in (after, upTo], first first, taking
 * them out of the counters. Returns their ids.
 */
function invalidateChunk(
  db: Db,
  filter: InvalidationFilter,
  { after, upTo }: { after: number; upTo: number },
  limit: number,
  now: Date,
): number[] {
  const { where, params } = matching(filter);
  const pledges = statement(
    db,
    `SELECT s.id, s.council_id AS councilId, (${COUNTED_PLEDGE}) AS counted
     FROM supporters AS s WHERE ${where} AND s.id > ? AND s.id <= ? ORDER BY s.id LIMIT ?`,
  ).all(...params, after, upTo, limit) as {
    id: number;
    councilId: number | null;
    counted: number;
  }[];
  for (const pledge of pledges) {
    deletePledgeEmails(db, pledge);
    anonymiseSupporter(db, pledge.id, 'invalidated', now);
  }
  uncountConfirmed(
    db,
    pledges.filter((pledge) => pledge.counted).map((pledge) => pledge.councilId),
  );
  return pledges.map((pledge) => pledge.id);
}

export interface Surge {
  kind: 'network' | 'domain';
  value: string;
  lastHour: number;
  /** Its share of all pledges in the last hour, and in the week before. */
  share: number;
  usualShare: number;
}

/** A network or domain with at least this many pledges in an hour is worth a look… */
export const SURGE_MINIMUM = 20;
/** …when its share of pledges is this many times its share in the week before. */
export const SURGE_FACTOR = 5;

/**
 * Networks and email domains that suddenly account for many pledges: in the last hour at least
 * SURGE_MINIMUM of them, and a share of all pledges SURGE_FACTOR times what it was in the week
 * before (a popular webmail domain on a busy night is not a surge; a new one is).
 *
 * It reads every pledge of the last eight days (40 ms at a million supporters a year, and more
 * in the very surge it looks for), so it runs on a reader thread, not the one serving the public.
 */
export async function findSurges(db: Db, now: Date): Promise<Surge[]> {
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const weekAgo = new Date(now.getTime() - 8 * 86_400_000).toISOString();
  const tallies = await Promise.all(
    (
      [
        ['network', 's.source_network'],
        ['domain', "substr(s.email_key, instr(s.email_key, '@') + 1)"],
      ] as const
    ).map(async ([kind, column]) => {
      const rows = await readAll<Omit<Surge, 'kind'>>(
        db,
        `WITH recent AS (
           SELECT ${column} AS value, s.created_at >= ? AS last_hour
           FROM supporters AS s
           WHERE s.created_at >= ? AND s.erased_at IS NULL AND ${column} IS NOT NULL)
         SELECT value, sum(last_hour) AS lastHour,
                sum(last_hour) * 1.0 / (SELECT max(1, sum(last_hour)) FROM recent) AS share,
                (count(*) - sum(last_hour)) * 1.0
                  / (SELECT max(1, count(*) - sum(last_hour)) FROM recent) AS usualShare
         FROM recent GROUP BY value HAVING sum(last_hour) >= ?
         ORDER BY lastHour DESC LIMIT 10`,
        [hourAgo, weekAgo, SURGE_MINIMUM],
      );
      return rows
        .filter((row) => row.share >= SURGE_FACTOR * row.usualShare)
        .map((row): Surge => ({ kind, ...row }));
    }),
  );
  return tallies.flat();
}
